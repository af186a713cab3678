import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { languageCodes, sourceLanguage } from "@velkomst/i18n";
import { StringEnum } from "@velkomst/validation";
import { municipalityNumberSchema } from "../municipalities/municipality-schemas.ts";
import { publicAccess } from "../platform/access.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import { contentPaths } from "./content-paths.ts";
import type { ReaderPage } from "./content-reader.ts";

const originSchema = Type.Object(
  { kind: StringEnum(["national", "region", "municipality"] as const), name: Type.Optional(Type.String({ description: "The municipality or region, for local pages" })) },
  { description: "Who the page comes from: the national baseline, or a local page of the municipality or its region" },
);

const pageSummarySchema = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  origin: originSchema,
  language: StringEnum(languageCodes, { description: "The language of the text (bokmål when the translation is missing)" }),
  fallback: Type.Boolean({ description: "Shown in bokmål because there is no published translation" }),
  outdated: Type.Boolean({ description: "A translation made from an older bokmål text than the one published now" }),
  machineTranslated: Type.Boolean(),
  steps: Type.Array(Type.String(), { description: "Canonical plan step ids the page explains" }),
  publishedAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]),
  url: Type.String({ description: "The page on this site" }),
});

const pageSchema = Type.Composite([
  pageSummarySchema,
  Type.Object({
    html: Type.String({ description: "The body as sanitised HTML (h2, h3, p, lists, strong, em, http(s)/mailto links)" }),
    sources: Type.Array(
      Type.Object({ title: Type.String(), url: Type.String(), checked: Type.Optional(Type.String({ format: "date", description: "the day a fact on the page was last checked against this source" })) }),
    ),
  }),
]);

const params = Type.Object({ number: municipalityNumberSchema });
const querystring = Type.Object({ lang: Type.Optional(StringEnum(languageCodes, { description: "Reader's language; default nb" })) });

/** Read-only JSON of the welcome content as a reader of one municipality sees it, for municipal websites and apps. */
export const contentApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { content, config } = api.services;

  const summary = (page: ReaderPage, number: string) => ({
    slug: page.slug,
    title: page.title,
    summary: page.summary,
    origin: page.origin.kind === "national" ? { kind: page.origin.kind } : { kind: page.origin.kind, name: page.origin.name },
    language: page.lang,
    fallback: page.fallback,
    outdated: page.outdated,
    machineTranslated: page.machineTranslated,
    steps: [...page.steps],
    publishedAt: page.publishedAt ? page.publishedAt.toISOString() : null,
    url: `${config.publicUrl}${contentPaths.page(page.requested, number, page.slug)}`,
  });

  api.get(
    "/content/municipalities/:number/pages",
    {
      config: { access: publicAccess },
      schema: { tags: ["content"], summary: "The information pages for a municipality: local where there is one, national otherwise", params, querystring, response: { 200: Type.Array(pageSummarySchema) } },
    },
    async (request) => {
      const pages = await content.reader.listPages(request.params.number, request.query.lang ?? sourceLanguage);
      if (!pages) throw new NotFoundError("municipality", request.params.number);
      return pages.map((page) => summary(page, request.params.number));
    },
  );

  api.get(
    "/content/municipalities/:number/pages/:slug",
    {
      config: { access: publicAccess },
      schema: {
        tags: ["content"],
        summary: "One information page with its sanitised body",
        params: Type.Object({ number: municipalityNumberSchema, slug: Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength: 80 }) }),
        querystring,
        response: { 200: pageSchema },
      },
    },
    async (request) => {
      const page = await content.reader.getPage(request.params.number, request.params.slug, request.query.lang ?? sourceLanguage);
      if (!page) throw new NotFoundError("page", request.params.slug);
      return { ...summary(page, request.params.number), html: page.html, sources: [...page.sources] };
    },
  );
};

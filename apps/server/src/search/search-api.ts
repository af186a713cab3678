import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { languageCodes } from "@velkomst/i18n";
import { StringEnum } from "@velkomst/validation";
import { municipalityNumberSchema } from "../municipalities/municipality-schemas.ts";
import { publicAccess } from "../platform/access.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import { searchPaths } from "./search-paths.ts";
import { maxQueryLength, searchDocuments } from "./search-query.ts";

const searchHitSchema = Type.Object({
  kind: StringEnum(["page", "service", "event"], { description: "a content page, a service in the directory, or an event" }),
  key: Type.String({ description: "the page's slug, or the service's or event's id" }),
  language: StringEnum(languageCodes, { description: "the language of title and snippet: the one asked for, or nb (bokmål) when the thing is not translated or matched only in bokmål" }),
  scope: StringEnum(["national", "region", "municipality"], { description: "national, or local to a region or the municipality" }),
  title: Type.String(),
  snippet: Type.Array(Type.Object({ text: Type.String(), match: Type.Boolean() }), { description: "text around the matches; parts with match: true are the words that matched" }),
  url: Type.String({ description: "the page in the language asked for, e.g. /nb/kommune/5014/info/health" }),
});

export const searchResultSchema = Type.Object({
  query: Type.String(),
  language: StringEnum(languageCodes),
  municipality: municipalityNumberSchema,
  total: Type.Integer({ minimum: 0, description: "how many things matched; hits holds the best `limit` of them" }),
  suggestion: Type.Optional(Type.String({ description: "the query with unknown words replaced by the nearest known words" })),
  hits: Type.Array(searchHitSchema),
});

/** `GET /api/v1/municipalities/:number/search`: what a reader in the municipality can find. */
export const searchApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, municipalities } = api.services;

  api.get(
    "/municipalities/:number/search",
    {
      config: { access: publicAccess },
      schema: {
        tags: ["search"],
        summary: "Search the information pages, services and events a reader in the municipality sees, in their language; forgives typos and æ/ø/å typed as ae/o/a",
        params: Type.Object({ number: municipalityNumberSchema }),
        querystring: Type.Object({
          q: Type.String({ minLength: 1, maxLength: maxQueryLength, description: "the words to search for" }),
          lang: Type.Optional(StringEnum(languageCodes, { default: "nb", description: "the reader's language; bokmål documents are searched too" })),
          // Query strings are text and the API's validator does not coerce: a whole number 1–50 as digits.
          limit: Type.Optional(Type.String({ pattern: "^(?:[1-9]|[1-4][0-9]|50)$", default: "20", description: "how many hits, 1–50" })),
        }),
        response: { 200: searchResultSchema },
      },
    },
    async (request) => {
      const { number } = request.params;
      const { q, lang = "nb", limit = "20" } = request.query;
      const municipality = await municipalities.findMunicipality(number);
      if (!municipality) throw new NotFoundError("municipality", number);
      const result = await searchDocuments(db, { query: q, language: lang, municipalityNumber: number, limit: Number(limit) });
      return {
        query: q,
        language: lang,
        municipality: number,
        total: result.total,
        ...(result.suggestion ? { suggestion: result.suggestion } : {}),
        hits: result.hits.map(({ path, ...hit }) => ({ ...hit, url: searchPaths.hit(lang, number, path) })),
      };
    },
  );
};

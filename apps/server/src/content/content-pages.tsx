import type { FastifyPluginAsync } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { languageParam } from "../web/language-param.ts";
import { publicAccess } from "../platform/access.ts";
import { sendPage } from "../web/render-page.tsx";
import { baselineContent } from "./baseline-content.ts";
import { contentTexts } from "./content-texts.ts";
import { ContentListPage, ContentNotFoundPage, ContentPage } from "./content-views.tsx";

/** The welcome-content pages (national baseline and local pages) are registered here. */
export const contentPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { municipalities } = app.services;
  // Read and validate every baseline file when the app starts, so a broken file stops the start, not a reader.
  const content = baselineContent();

  const findMunicipality = (number: string) => (/^\d{4}$/.test(number) ? municipalities.findMunicipality(number) : Promise.resolve(undefined));

  app.get(
    "/:lang/kommune/:number/info",
    { config: { access: publicAccess }, schema: { params: Type.Object({ lang: languageParam, number: Type.String() }) } },
    async (request, reply) => {
      const t = contentTexts(request.language);
      const municipality = await findMunicipality(request.params.number);
      if (!municipality) {
        return sendPage(request, reply, <ContentNotFoundPage number={request.params.number} />, { title: t("notFound.title"), status: 404 });
      }
      const pages = content.listPages(request.params.lang);
      return sendPage(request, reply, <ContentListPage municipality={municipality} pages={pages} />, {
        title: t("list.documentTitle", { municipality: municipality.name }),
      });
    },
  );

  app.get(
    "/:lang/kommune/:number/info/:slug",
    { config: { access: publicAccess }, schema: { params: Type.Object({ lang: languageParam, number: Type.String(), slug: Type.String({ maxLength: 100 }) }) } },
    async (request, reply) => {
      const t = contentTexts(request.language);
      const municipality = await findMunicipality(request.params.number);
      const entry = municipality ? content.getPage(request.params.slug, request.params.lang) : undefined;
      if (!municipality || !entry) {
        return sendPage(request, reply, <ContentNotFoundPage municipality={municipality} number={request.params.number} />, { title: t("notFound.title"), status: 404 });
      }
      return sendPage(request, reply, <ContentPage municipality={municipality} entry={entry} />, { title: entry.page.title });
    },
  );
};

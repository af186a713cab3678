import type { FastifyPluginAsync } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { publicAccess } from "../platform/access.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { maxQueryLength, searchDocuments } from "./search-query.ts";
import { searchTexts } from "./search-texts.ts";
import { SearchNotFoundPage, SearchPage } from "./search-views.tsx";
import { isolated } from "../web/bidi.ts";
import { pageStylesheets } from "../web/page-stylesheets.ts";

/** `GET /:lang/kommune/:number/sok?q=`: search for readers, a plain GET form that needs no script. */
export const searchPages: FastifyPluginAsync = async (plain) => {
  pageStylesheets(plain, "search.css");
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, municipalities } = app.services;

  app.get(
    "/:lang/kommune/:number/sok",
    {
      config: { access: publicAccess },
      schema: {
        params: Type.Object({ lang: languageParam, number: Type.String() }),
        // Any q is taken: one that is too long is answered on the page, next to the box.
        querystring: Type.Object({ q: Type.Optional(Type.String()) }),
      },
    },
    async (request, reply) => {
      const { lang, number } = request.params;
      const t = searchTexts(lang);
      const municipality = /^\d{4}$/.test(number) ? await municipalities.findMunicipality(number) : undefined;
      if (!municipality) return sendPage(request, reply, <SearchNotFoundPage number={number} lang={lang} />, { title: t("notFound.title"), status: 404 });
      const query = (request.query.q ?? "").trim();
      if (query.length > maxQueryLength) {
        const error = t("page.tooLong", { limit: maxQueryLength });
        return sendPage(request, reply, <SearchPage municipality={municipality} query={query.slice(0, maxQueryLength)} error={error} />, {
          title: t("page.title", { municipality: municipality.name }),
          status: 400,
        });
      }
      if (query === "") {
        return sendPage(request, reply, <SearchPage municipality={municipality} query="" />, { title: t("page.title", { municipality: municipality.name }) });
      }
      const result = await searchDocuments(db, { query, language: lang, municipalityNumber: municipality.number });
      // The count is in the document title too, so it is the first thing a screen reader says.
      return sendPage(request, reply, <SearchPage municipality={municipality} query={query} result={result} />, {
        title: t("page.resultsTitle", { count: result.total, query: isolated(query, lang), municipality: municipality.name }),
      });
    },
  );
};

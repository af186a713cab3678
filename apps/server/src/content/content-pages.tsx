import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Language } from "@velkomst/i18n";
import { languageParam } from "../web/language-param.ts";
import { publicAccess } from "../platform/access.ts";
import { formFields } from "../web/form-validation.ts";
import { sendPage } from "../web/render-page.tsx";
import { commentLimit } from "./content-feedback.ts";
import { contentPaths } from "./content-paths.ts";
import { contentTexts } from "./content-texts.ts";
import { ContentListPage, ContentNotFoundPage, ContentPage, type FeedbackState } from "./content-views.tsx";
import { pageStylesheets } from "../web/page-stylesheets.ts";

const pageParams = Type.Object({ lang: languageParam, number: Type.String(), slug: Type.String({ maxLength: 100 }) });

/** The welcome-content pages a newcomer reads: the municipality's local pages where there are any, the national baseline otherwise. */
export const contentPages: FastifyPluginAsync = async (plain) => {
  pageStylesheets(plain, "content.css");
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { municipalities, content } = app.services;

  const findMunicipality = (number: string) => (/^\d{4}$/.test(number) ? municipalities.findMunicipality(number) : Promise.resolve(undefined));

  async function renderPage(request: FastifyRequest, reply: FastifyReply, params: { lang: Language; number: string; slug: string }, feedback: FeedbackState = {}, status?: number) {
    const t = contentTexts(request.language);
    const municipality = await findMunicipality(params.number);
    const page = municipality ? await content.reader.getPage(municipality.number, params.slug, params.lang) : undefined;
    if (!municipality || !page) {
      return sendPage(request, reply, <ContentNotFoundPage municipality={municipality} number={params.number} />, { title: t("notFound.title"), status: 404 });
    }
    return sendPage(request, reply, <ContentPage municipality={municipality} page={page} feedback={feedback} />, { title: page.title, status });
  }

  app.get(
    "/:lang/kommune/:number/info",
    { config: { access: publicAccess }, schema: { params: Type.Object({ lang: languageParam, number: Type.String() }) } },
    async (request, reply) => {
      const t = contentTexts(request.language);
      const municipality = await findMunicipality(request.params.number);
      const pages = municipality ? await content.reader.listPages(municipality.number, request.params.lang) : undefined;
      if (!municipality || !pages) {
        return sendPage(request, reply, <ContentNotFoundPage number={request.params.number} />, { title: t("notFound.title"), status: 404 });
      }
      return sendPage(request, reply, <ContentListPage municipality={municipality} pages={pages} />, {
        title: t("list.documentTitle", { municipality: municipality.name }),
      });
    },
  );

  app.get(
    "/:lang/kommune/:number/info/:slug",
    { config: { access: publicAccess }, schema: { params: pageParams, querystring: Type.Object({ tilbakemelding: Type.Optional(Type.String()) }) } },
    async (request, reply) => renderPage(request, reply, request.params, { sent: request.query.tilbakemelding === "takk" }),
  );

  // Feedback: CSRF-protected, no account and nothing personal asked; one answer per reader, page and day.
  app.post(
    "/:lang/kommune/:number/info/:slug/tilbakemelding",
    { config: { access: publicAccess }, schema: { params: pageParams }, preValidation: app.csrfProtection },
    async (request, reply) => {
      const { lang, number, slug } = request.params;
      const form = formFields(request.body);
      const useful = form.nyttig === "ja" ? true : form.nyttig === "nei" ? false : undefined;
      const comment = (form.kommentar ?? "").trim();
      const values = { useful: form.nyttig, comment: form.kommentar };
      if (useful === undefined) return renderPage(request, reply, request.params, { ...values, error: "chooseOne" }, 400);
      if (comment.length > commentLimit) return renderPage(request, reply, request.params, { ...values, error: "tooLong" }, 400);
      const municipality = await findMunicipality(number);
      const page = municipality ? await content.reader.getPage(municipality.number, slug, lang) : undefined;
      if (!municipality || !page) return renderPage(request, reply, request.params);
      const outcome = await content.feedback.record({ pageId: page.pageId, municipalityNumber: municipality.number, language: lang, useful, comment, ip: request.ip });
      if (outcome === "too-many") return renderPage(request, reply, request.params, { ...values, error: "tooMany" }, 429);
      return reply.redirect(`${contentPaths.page(lang, number, slug)}?tilbakemelding=takk#tilbakemelding`, 303);
    },
  );
};

import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Language } from "@velkomst/i18n";
import { evaluatePlan } from "@velkomst/rules";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { languageParam } from "../municipalities/municipality-pages.tsx";
import { publicAccess } from "../platform/access.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { formFields } from "../web/form-validation.ts";
import { sendPage } from "../web/render-page.tsx";
import { planToICalendar } from "./plan-calendar.ts";
import { parseAnswers, type AnswerError } from "./plan-form.ts";
import { PlanQuestionnairePage } from "./plan-questionnaire.tsx";
import { PlanResultPage } from "./plan-result.tsx";
import { planTexts } from "./plan-texts.ts";
import { todayInNorway } from "./today.ts";

const langParams = Type.Object({ lang: languageParam });

function translateErrors(errors: Record<string, AnswerError>, lang: Language): FormErrors {
  const p = planTexts(lang);
  return { fields: Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, p(`errors.${error.code}`, error.values)])) };
}

/** The "Min plan" pages: questionnaire, plan and calendar file. Nothing is stored; the answers live in the address. */
export const planPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { municipalities } = app.services;

  async function questionnaire(request: FastifyRequest, reply: FastifyReply, lang: Language, answers: Record<string, string>, errors: FormErrors, status = 200) {
    const list = await municipalities.listMunicipalities();
    return sendPage(
      request,
      reply,
      <PlanQuestionnairePage answers={answers} errors={errors} municipalities={list} municipalityLabel={uiTranslator(lang)("landing.municipalityLabel")} />,
      { title: planTexts(lang)("questionnaire.title"), status },
    );
  }

  app.get("/:lang/min-plan", { config: { access: publicAccess }, schema: { params: langParams } }, async (request, reply) =>
    questionnaire(request, reply, request.params.lang, formFields(request.query), { fields: {} }),
  );

  app.get("/:lang/min-plan/resultat", { config: { access: publicAccess }, schema: { params: langParams } }, async (request, reply) => {
    const { lang } = request.params;
    const answers = formFields(request.query);
    const parsed = parseAnswers(answers, lang, todayInNorway());
    if (!parsed.ok) return questionnaire(request, reply, lang, answers, translateErrors(parsed.errors, lang), 400);
    const plan = evaluatePlan(parsed.profile);
    return sendPage(request, reply, <PlanResultPage plan={plan} profile={parsed.profile} answers={answers} />, { title: planTexts(lang)("result.title"), scripts: ["/assets/plan-progress.js"] });
  });

  app.get("/:lang/min-plan/kalender.ics", { config: { access: publicAccess }, schema: { params: langParams } }, async (request, reply) => {
    const { lang } = request.params;
    const parsed = parseAnswers(formFields(request.query), lang, todayInNorway());
    if (!parsed.ok) {
      const messages = translateErrors(parsed.errors, lang).fields;
      return reply.status(400).type("text/plain; charset=utf-8").send(Object.entries(messages).map(([field, message]) => `${field}: ${message}`).join("\n"));
    }
    const plan = evaluatePlan(parsed.profile);
    return reply
      .type("text/calendar; charset=utf-8")
      .header("content-disposition", 'attachment; filename="min-plan.ics"')
      .header("cache-control", "private, max-age=300")
      .send(planToICalendar(plan, { name: planTexts(lang)("calendarName") }));
  });
};

import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import { StringEnum } from "@velkomst/validation";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Language } from "@velkomst/i18n";
import { evaluatePlan, type Plan } from "@velkomst/rules";
import { languageParam } from "../web/language-param.ts";
import { publicAccess } from "../platform/access.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { formFields } from "../web/form-validation.ts";
import { sendPage } from "../web/render-page.tsx";
import { planToICalendar } from "./plan-calendar.ts";
import { planToPdf } from "./plan-pdf.ts";
import { checkAnswers, parseAnswers, planSteps, type AnswerError } from "./plan-form.ts";
import { answersQuery, planPaths } from "./plan-paths.ts";
import { PlanQuestionnairePage } from "./plan-questionnaire.tsx";
import { saveStateFor } from "../newcomers/save-state.ts";
import { PlanResultPage, type LocalHelp } from "./plan-result.tsx";
import { servicesForSteps } from "./step-services.ts";
import { fromStepField, PlanIntroPage, PlanStepPage } from "./plan-steps.tsx";
import { planTexts } from "./plan-texts.ts";
import { pageStylesheets } from "../web/page-stylesheets.ts";

const langParams = Type.Object({ lang: languageParam });
/** "1" … the number of steps; anything else is a page that does not exist. */
const stepNumberParam = StringEnum(planSteps.map((_, index) => String(index + 1)));

function translateErrors(errors: Record<string, AnswerError>, lang: Language): FormErrors {
  const p = planTexts(lang);
  return { fields: Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, p(`errors.${error.code}`, error.values)])) };
}

/** The "Min plan" pages: introduction, questionnaire (step by step or on one page), plan and calendar file. Nothing is stored; the answers live in the address. */
export const planPages: FastifyPluginAsync = async (plain) => {
  pageStylesheets(plain, "plan.css");
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { municipalities, content, directory, clock } = app.services;

  /** The chosen municipality's pages and services for the plan's steps (none when no municipality was chosen). */
  async function localHelpFor(municipality: string | undefined, lang: Language, plan: Plan): Promise<LocalHelp | undefined> {
    if (!municipality) return undefined;
    const [pages, services] = await Promise.all([content.reader.pagesForSteps(municipality, lang), directory.listForMunicipality(municipality)]);
    return { municipality, pages, services: servicesForSteps(plan.steps.map((step) => step.id), services) };
  }

  async function questionnaire(request: FastifyRequest, reply: FastifyReply, lang: Language, answers: Record<string, string>, errors: FormErrors, status = 200) {
    const list = await municipalities.listMunicipalities();
    return sendPage(request, reply, <PlanQuestionnairePage answers={answers} errors={errors} municipalities={list} />, {
      title: planTexts(lang)("questionnaire.title"),
      status,
    });
  }

  async function stepScreen(request: FastifyRequest, reply: FastifyReply, lang: Language, number: number, answers: Record<string, string>, errors: FormErrors, status = 200) {
    const list = await municipalities.listMunicipalities();
    const p = planTexts(lang);
    return sendPage(request, reply, <PlanStepPage number={number} answers={answers} errors={errors} municipalities={list} />, {
      title: `${p("steps.progress", { number, total: planSteps.length })} – ${p("questionnaire.title")}`,
      status,
    });
  }

  /** The first step, up to (not including) `before`, whose answers have a problem, with the problems. */
  function firstStepWithErrors(answers: Record<string, string>, before: number): { number: number; errors: Record<string, AnswerError> } | undefined {
    const today = clock.today();
    for (let number = 1; number < before; number++) {
      const errors = checkAnswers(planSteps[number - 1]!.fields, answers, today);
      if (Object.keys(errors).length > 0) return { number, errors };
    }
    return undefined;
  }

  app.get("/:lang/min-plan", { config: { access: publicAccess }, schema: { params: langParams } }, async (request, reply) => {
    const { lang } = request.params;
    return sendPage(request, reply, <PlanIntroPage answers={formFields(request.query)} />, { title: planTexts(lang)("questionnaire.title") });
  });

  app.get("/:lang/min-plan/alle", { config: { access: publicAccess }, schema: { params: langParams } }, async (request, reply) =>
    questionnaire(request, reply, request.params.lang, formFields(request.query), { fields: {} }),
  );

  // Step n is reached by submitting step n − 1, so the answers before it are checked here: the first
  // step with a problem is shown again (400), with the message by its field.
  app.get(
    "/:lang/min-plan/steg/:n",
    { config: { access: publicAccess }, schema: { params: Type.Object({ lang: languageParam, n: stepNumberParam }) } },
    async (request, reply) => {
      const { lang } = request.params;
      const n = Number(request.params.n);
      const answers = formFields(request.query);
      const failed = firstStepWithErrors(answers, n);
      if (failed) return stepScreen(request, reply, lang, failed.number, answers, translateErrors(failed.errors, lang), 400);
      return stepScreen(request, reply, lang, n, answers, { fields: {} });
    },
  );

  app.get("/:lang/min-plan/resultat", { config: { access: publicAccess }, schema: { params: langParams } }, async (request, reply) => {
    const { lang } = request.params;
    const answers = formFields(request.query);
    const fromSteps = fromStepField in answers;
    const parsed = parseAnswers(answers, lang, clock.today());
    if (!parsed.ok) {
      // From the last step: show the step the problem belongs to; anything else, every question on one page.
      const step = fromSteps ? planSteps.findIndex((s) => s.fields.some((field) => field in parsed.errors)) + 1 : 0;
      if (step > 0) {
        const ownErrors = Object.fromEntries(Object.entries(parsed.errors).filter(([field]) => (planSteps[step - 1]!.fields as readonly string[]).includes(field)));
        return stepScreen(request, reply, lang, step, answers, translateErrors(ownErrors, lang), 400);
      }
      return questionnaire(request, reply, lang, answers, translateErrors(parsed.errors, lang), 400);
    }
    // The plan's own address carries only the answers, the same as the link to share.
    if (fromSteps) return reply.redirect(`${planPaths.result(lang)}${answersQuery(answers)}`, 303);
    const plan = evaluatePlan(parsed.profile, { today: clock.today() });
    const saveState = await saveStateFor(request, answers, app.services.savedPlans);
    const local = await localHelpFor(parsed.profile.municipality, lang, plan);
    return sendPage(request, reply, <PlanResultPage plan={plan} profile={parsed.profile} answers={answers} saveState={saveState} local={local} />, { title: planTexts(lang)("result.title"), scripts: ["/assets/plan-progress.js"], personal: true, offline: true });
  });

  /** A file made from the answers in the query: the plan, or 400 with one line per problem. */
  function planFile(lang: Language, query: unknown, reply: FastifyReply) {
    const answers = formFields(query);
    const parsed = parseAnswers(answers, lang, clock.today());
    if (!parsed.ok) {
      const messages = translateErrors(parsed.errors, lang).fields;
      reply.status(400).type("text/plain; charset=utf-8").send(Object.entries(messages).map(([field, message]) => `${field}: ${message}`).join("\n"));
      return undefined;
    }
    return { lang, answers, profile: parsed.profile };
  }

  app.get("/:lang/min-plan/kalender.ics", { config: { access: publicAccess }, schema: { params: langParams } }, async (request, reply) => {
    const parsed = planFile(request.params.lang, request.query, reply);
    if (!parsed) return reply;
    const { lang } = parsed;
    const plan = evaluatePlan(parsed.profile, { today: clock.today() });
    return reply
      .type("text/calendar; charset=utf-8")
      .header("content-disposition", 'attachment; filename="min-plan.ics"')
      .header("cache-control", "private, no-store")
      .send(planToICalendar(plan, { now: clock.now(), name: planTexts(lang)("calendarName") }));
  });

  app.get("/:lang/min-plan/plan.pdf", { config: { access: publicAccess }, schema: { params: langParams } }, async (request, reply) => {
    const parsed = planFile(request.params.lang, request.query, reply);
    if (!parsed) return reply;
    const { lang, answers, profile } = parsed;
    const municipality = profile.municipality ? await municipalities.findMunicipality(profile.municipality) : undefined;
    const { publicUrl } = app.services.config;
    const plan = evaluatePlan(profile, { today: clock.today() });
    const pdf = await planToPdf({
      plan,
      local: await localHelpFor(profile.municipality, lang, plan),
      profile,
      lang,
      municipalityName: municipality?.name,
      // The same link to share as the plan page's: only the answers.
      shareUrl: `${publicUrl}${planPaths.result(lang)}${answersQuery(answers)}`,
      publicUrl,
      generatedOn: clock.today(),
      now: clock.now(),
    });
    return reply
      .type("application/pdf")
      .header("content-disposition", 'attachment; filename="min-plan.pdf"')
      .header("cache-control", "private, no-store")
      .send(pdf);
  });
};

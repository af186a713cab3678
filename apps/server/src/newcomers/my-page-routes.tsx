import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import { createValidator } from "@velkomst/validation";
import { evaluatePlan } from "@velkomst/rules";
import type { Language } from "@velkomst/i18n";
import { clearSessionCookie } from "../auth/session-api.ts";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { publicAccess, rolesAllowed } from "../platform/access.ts";
import { InvalidInputError } from "../platform/domain-errors.ts";
import { parseAnswers } from "../plans/plan-form.ts";
import { answersQuery, givenAnswers, planPaths } from "../plans/plan-paths.ts";
import { emailSchema } from "../staff/staff-schemas.ts";
import { formFields, noErrors, translateFieldErrors } from "../web/form-validation.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { languageParam } from "../web/language-param.ts";
import { MessagePage } from "../web/pages/message-page.tsx";
import { paths } from "../web/paths.ts";
import { sendPage } from "../web/render-page.tsx";
import { SavePlanPage } from "./save-plan-page.tsx";
import { MyPage, RegisterPage } from "./my-page.tsx";
import { TooManyRegistrationsError } from "./newcomer-accounts.ts";
import { newcomerPaths } from "./newcomer-paths.ts";
import { newcomerTexts } from "./newcomer-texts.ts";
import { pageStylesheets } from "../web/page-stylesheets.ts";
import { planRequestSection } from "../plan-requests/plan-request-pages.tsx";

const langParams = Type.Object({ lang: languageParam });
const newcomersOnly = rolesAllowed("newcomer");
const validateEmail = createValidator(Type.Object({ email: emailSchema }));
const notices = { "plan-slettet": "myPage.planDeleted", "plan-lagret": "save.saved" } as const;

/** Values of a form field that may repeat (checkboxes): one string, several, or none. */
function repeated(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}

/** "Min side": a newcomer's saved plan and progress, their data and the way to erase it. */
export const myPageRoutes: FastifyPluginAsync = async (app) => {
  pageStylesheets(app, "plan.css");
  const { savedPlans, newcomers, clock } = app.services;
  const csrf = app.csrfProtection;

  async function renderMyPage(request: FastifyRequest, reply: FastifyReply, options: { notice?: string; errors?: FormErrors; status?: number } = {}) {
    const lang = request.language;
    const saved = await savedPlans.find(request.viewer!.id);
    const parsed = saved ? parseAnswers(saved.answers, lang, clock.today()) : undefined;
    const plan = parsed?.ok ? evaluatePlan(parsed.profile, { today: clock.today() }) : undefined;
    const planRequest = plan && saved ? await planRequestSection(app.services.db, request.viewer!.id, saved.answers) : undefined;
    return sendPage(request, reply, <MyPage plan={plan} saved={plan ? saved : undefined} notice={options.notice} errors={options.errors ?? noErrors} planRequest={planRequest} />, {
      title: newcomerTexts(lang)("myPage.title"),
      status: options.status,
    });
  }

  app.get("/:lang/min-side", { config: { access: newcomersOnly }, schema: { params: langParams } }, async (request, reply) => {
    const key = (request.query as Record<string, unknown>).melding;
    const notice = typeof key === "string" && key in notices ? newcomerTexts(request.language)(notices[key as keyof typeof notices]) : undefined;
    return renderMyPage(request, reply, { notice });
  });

  app.get("/:lang/min-side/ny-konto", { config: { access: publicAccess }, schema: { params: langParams } }, async (request, reply) => {
    const n = newcomerTexts(request.language);
    const message = request.viewer ? { text: n("register.alreadySignedIn"), color: "success" as const } : undefined;
    return sendPage(request, reply, <RegisterPage email="" errors={noErrors} message={message} />, { title: n("register.title") });
  });

  app.post("/:lang/min-side/ny-konto", { config: { access: publicAccess }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const lang = request.language;
    const n = newcomerTexts(lang);
    const email = formFields(request.body).email?.trim() ?? "";
    const input = validateEmail({ email });
    if (!input.ok) return sendPage(request, reply, <RegisterPage email={email} errors={translateFieldErrors(input.errors, uiTranslator(lang))} />, { title: n("register.title"), status: 400 });
    try {
      await newcomers.register(input.value.email, lang, request.ip);
    } catch (error) {
      if (!(error instanceof TooManyRegistrationsError)) throw error;
      return sendPage(request, reply, <RegisterPage email={email} errors={noErrors} message={{ text: n("register.tooMany"), color: "danger" }} />, { title: n("register.title"), status: 429 });
    }
    return sendPage(request, reply, <MessagePage title={n("register.title")} text={n("register.sent")} color="success" />, { title: n("register.title") });
  });

  app.post("/:lang/min-side/plan", { config: { access: newcomersOnly }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const lang = request.language;
    const form = formFields(request.body);
    const parsed = parseAnswers(form, lang, clock.today());
    if (!parsed.ok) return reply.redirect(`${planPaths.allQuestions(lang)}${answersQuery(form)}`, 303);
    const n = newcomerTexts(lang);
    if (form.samtykke !== "ja") {
      return sendPage(request, reply, <SavePlanPage answers={form} consentError={n("save.consentRequired")} />, { title: n("save.title"), status: 400 });
    }
    const answers = Object.fromEntries(givenAnswers(form));
    await savedPlans.save(request.viewer!.id, answers, evaluatePlan(parsed.profile, { today: clock.today() }).steps.map((step) => step.id));
    return reply.redirect(`${planPaths.result(lang)}${answersQuery(answers)}`, 303);
  });

  app.post("/:lang/min-side/fremdrift", { config: { access: newcomersOnly }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const lang = request.language;
    const saved = await savedPlans.find(request.viewer!.id);
    const parsed = saved ? parseAnswers(saved.answers, lang, clock.today()) : undefined;
    if (!saved || !parsed?.ok) return reply.redirect(newcomerPaths.myPage(lang), 303);
    const stepIds = new Set<string>(evaluatePlan(parsed.profile, { today: clock.today() }).steps.map((step) => step.id));
    const ticked = repeated((request.body as Record<string, unknown> | undefined)?.ferdig);
    const unknown = ticked.filter((id) => !stepIds.has(id));
    if (unknown.length > 0) {
      throw new InvalidInputError(unknown.map((id) => ({ path: "ferdig", code: "enum", message: `"${id}" is not a step of your plan` })));
    }
    await savedPlans.setDone(request.viewer!.id, [...new Set(ticked)]);
    return reply.redirect(`${planPaths.result(lang)}${answersQuery(saved.answers)}#plan-steps-heading`, 303);
  });

  app.post("/:lang/min-side/slett-plan", { config: { access: newcomersOnly }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    await savedPlans.remove(request.viewer!.id);
    return reply.redirect(`${newcomerPaths.myPage(request.language)}?melding=plan-slettet`, 303);
  });

  app.get("/:lang/min-side/mine-data.json", { config: { access: newcomersOnly }, schema: { params: langParams } }, async (request, reply) => {
    const data = await newcomers.exportData(request.viewer!.id);
    return reply.header("content-disposition", 'attachment; filename="velkomst-mine-data.json"').header("cache-control", "no-store").type("application/json; charset=utf-8").send(JSON.stringify(data, null, 2));
  });

  app.post("/:lang/min-side/slett-konto", { config: { access: newcomersOnly }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const lang: Language = request.language;
    const n = newcomerTexts(lang);
    if (formFields(request.body).bekreft !== "ja") return renderMyPage(request, reply, { errors: { fields: { bekreft: n("myPage.confirmRequired") } }, status: 400 });
    await newcomers.deleteAccount(request.viewer!.id, request.ip);
    clearSessionCookie(request, reply);
    return sendPage(request, reply, <MessagePage title={n("deleted.title")} text={n("deleted.text")} color="success" link={{ href: paths.landing(lang), label: n("deleted.home") }} />, { title: n("deleted.title") });
  });
};

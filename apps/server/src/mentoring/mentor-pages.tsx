import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { StringEnum } from "@velkomst/validation";
import { rolesAllowed } from "../platform/access.ts";
import { InvalidInputError } from "../platform/domain-errors.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { noErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { mentorRoles, municipalitiesCovered } from "./mentoring-access.ts";
import { domainErrorsToForm, problemsToErrors } from "./mentoring-errors.ts";
import { emptyForm, parseFeedback, parseMeeting, parseMentorSignup, readForm, type FormValues } from "./mentoring-forms.ts";
import { mentoringPaths } from "./mentoring-paths.ts";
import { openCohortsFor, signUpAsMentor, type Cohort } from "./mentoring-repository.ts";
import { mentoringTexts } from "./mentoring-texts.ts";
import { logMeeting, mentorshipsOf, ownPair, saveFeedback } from "./mentor-meetings.ts";
import { FeedbackPage, LogMeetingPage, MentorHomePage, MentorSignupPage } from "./mentor-views.tsx";
import { NotFoundError } from "../platform/domain-errors.ts";

const notices = ["signed-up", "meeting-logged", "feedback-given"] as const;
const noticeKeys = { "signed-up": "mentor.signedUp", "meeting-logged": "mentor.meetingLogged", "feedback-given": "mentor.feedbackThanks" } as const;

/** The volunteer mentor's pages: their own cohorts and mentee, signing up with the terms, logging meetings, the closing questions. */
export const mentorPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { services } = app;
  const access = rolesAllowed(...mentorRoles);
  const csrf = app.csrfProtection;
  const langParams = Type.Object({ lang: languageParam });
  const cohortParams = Type.Object({ lang: languageParam, cohortId: Type.String({ maxLength: 40 }) });
  const pairParams = Type.Object({ lang: languageParam, pairId: Type.String({ maxLength: 40 }) });

  app.get("/:lang/frivillig/mentor", { config: { access }, schema: { params: langParams, querystring: Type.Object({ melding: Type.Optional(StringEnum(notices)) }) } }, async (request, reply) => {
    const t = mentoringTexts(request.language);
    const [mentorships, openCohorts] = await Promise.all([mentorshipsOf(services, request.viewer!, request.ip), openCohortsFor(services, request.viewer!)]);
    const notice = request.query.melding && t(noticeKeys[request.query.melding]);
    return sendPage(request, reply, <MentorHomePage mentorships={mentorships} openCohorts={openCohorts} today={services.clock.today()} notice={notice} />, { title: t("mentor.title"), personal: true });
  });

  async function signupCohort(request: FastifyRequest, cohortId: string): Promise<Cohort> {
    const cohort = (await openCohortsFor(services, request.viewer!)).find((c) => c.id === cohortId);
    if (!cohort) throw new NotFoundError("cohort", cohortId);
    return cohort;
  }

  async function renderSignup(request: FastifyRequest, reply: FastifyReply, cohort: Cohort, values: FormValues, errors: FormErrors, status?: number) {
    const numbers = await municipalitiesCovered(services, request.viewer!, mentorRoles);
    const rows = numbers.length > 0 ? await services.db.selectFrom("municipalities").select(["number", "name"]).where("number", "in", numbers).orderBy("name").execute() : [];
    const municipalities = rows.map((m) => ({ value: m.number, label: m.name }));
    const withDefault = values.fields.municipality ? values : { ...values, fields: { ...values.fields, municipality: cohort.municipalityNumber } };
    return sendPage(request, reply, <MentorSignupPage cohort={cohort} values={withDefault} errors={errors} municipalities={municipalities} />, {
      title: mentoringTexts(request.language)("signup.title", { cohort: cohort.name }),
      status,
    });
  }

  app.get("/:lang/frivillig/mentor/:cohortId/bli-mentor", { config: { access }, schema: { params: cohortParams } }, async (request, reply) => {
    const cohort = await signupCohort(request, request.params.cohortId);
    return renderSignup(request, reply, cohort, emptyForm({ firstName: request.viewer!.name.split(" ")[0] ?? "" }), noErrors);
  });

  app.post("/:lang/frivillig/mentor/:cohortId/bli-mentor", { config: { access }, schema: { params: cohortParams }, preValidation: csrf }, async (request, reply) => {
    const lang = request.language;
    const cohort = await signupCohort(request, request.params.cohortId);
    const values = readForm(request.body);
    const parsed = parseMentorSignup(values, await municipalitiesCovered(services, request.viewer!, mentorRoles), cohort.policeCertificateRequired);
    if (!parsed.ok) return renderSignup(request, reply, cohort, values, problemsToErrors(parsed.problems, lang), 400);
    try {
      await signUpAsMentor(services, request.viewer!, cohort.id, parsed.input, request.ip);
    } catch (error) {
      if (error instanceof InvalidInputError) return renderSignup(request, reply, cohort, values, domainErrorsToForm(error.errors, lang), error.statusCode);
      throw error;
    }
    return reply.redirect(`${mentoringPaths.mentorHome(lang)}?melding=signed-up`, 303);
  });

  async function renderMeeting(request: FastifyRequest, reply: FastifyReply, pairId: string, values: FormValues, errors: FormErrors, status?: number) {
    const pair = await ownPair(services, request.viewer!, pairId);
    return sendPage(request, reply, <LogMeetingPage pairId={pair.pairId} menteeFirstName={pair.menteeFirstName} values={values} errors={errors} />, {
      title: mentoringTexts(request.language)("meeting.title", { name: pair.menteeFirstName }),
      status,
      personal: true,
    });
  }

  app.get("/:lang/frivillig/mentor/par/:pairId/mote", { config: { access }, schema: { params: pairParams } }, async (request, reply) =>
    renderMeeting(request, reply, request.params.pairId, emptyForm({ metOn: services.clock.today(), hours: "2" }), noErrors),
  );

  app.post("/:lang/frivillig/mentor/par/:pairId/mote", { config: { access }, schema: { params: pairParams }, preValidation: csrf }, async (request, reply) => {
    const lang = request.language;
    const values = readForm(request.body);
    const parsed = parseMeeting(values);
    if (!parsed.ok) return renderMeeting(request, reply, request.params.pairId, values, problemsToErrors(parsed.problems, lang), 400);
    try {
      await logMeeting(services, request.viewer!, request.params.pairId, parsed.input, request.ip);
    } catch (error) {
      if (error instanceof InvalidInputError) return renderMeeting(request, reply, request.params.pairId, values, domainErrorsToForm(error.errors, lang), error.statusCode);
      throw error;
    }
    return reply.redirect(`${mentoringPaths.mentorHome(lang)}?melding=meeting-logged`, 303);
  });

  async function renderFeedback(request: FastifyRequest, reply: FastifyReply, pairId: string, values: FormValues, errors: FormErrors, status?: number) {
    const pair = await ownPair(services, request.viewer!, pairId);
    const t = mentoringTexts(request.language);
    return sendPage(request, reply, <FeedbackPage title={t("feedbackForm.title")} action={mentoringPaths.mentorFeedback(request.language, pair.pairId)} values={values} errors={errors} />, { title: t("feedbackForm.title"), status });
  }

  app.get("/:lang/frivillig/mentor/par/:pairId/sporsmal", { config: { access }, schema: { params: pairParams } }, async (request, reply) =>
    renderFeedback(request, reply, request.params.pairId, emptyForm(), noErrors),
  );

  app.post("/:lang/frivillig/mentor/par/:pairId/sporsmal", { config: { access }, schema: { params: pairParams }, preValidation: csrf }, async (request, reply) => {
    const lang = request.language;
    const pair = await ownPair(services, request.viewer!, request.params.pairId);
    const values = readForm(request.body);
    const parsed = parseFeedback(values);
    if (!parsed.ok) return renderFeedback(request, reply, pair.pairId, values, problemsToErrors(parsed.problems, lang), 400);
    try {
      await saveFeedback(services, request.viewer!.id, pair.pairId, "mentor", parsed.input, request.ip);
    } catch (error) {
      if (error instanceof InvalidInputError) return renderFeedback(request, reply, pair.pairId, values, domainErrorsToForm(error.errors, lang), error.statusCode);
      throw error;
    }
    return reply.redirect(`${mentoringPaths.mentorHome(lang)}?melding=feedback-given`, 303);
  });
};

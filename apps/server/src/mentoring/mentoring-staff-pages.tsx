import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { StringEnum } from "@velkomst/validation";
import { addDays } from "../events/oslo-time.ts";
import { rolesAllowed } from "../platform/access.ts";
import { ForbiddenError, InvalidInputError } from "../platform/domain-errors.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { noErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { mentoringCoordinatorRoles, municipalitiesCovered } from "./mentoring-access.ts";
import { domainErrorsToForm, problemsToErrors } from "./mentoring-errors.ts";
import { emptyForm, pairChoices, parseCohort, parseFeedback, parseMentee, readForm, type FormValues } from "./mentoring-forms.ts";
import { mentoringPaths } from "./mentoring-paths.ts";
import { addMentee, cohortForCoordinator, cohortOverview, cohortsIn, confirmPairs, createCohort, currentProposal, recordPoliceCertificate, type Cohort } from "./mentoring-repository.ts";
import { createSeminars, seminarsOf } from "./mentoring-seminars.ts";
import { mentoringTexts } from "./mentoring-texts.ts";
import { feedbackSummary, pairInCohort, saveFeedback } from "./mentor-meetings.ts";
import { FeedbackPage } from "./mentor-views.tsx";
import { CohortListPage, CohortPage, NewMenteePage, ProposalPage } from "./mentoring-staff-views.tsx";

const notices = ["cohort-created", "mentee-added", "pairs-confirmed", "seminars-created", "certificate-recorded", "feedback-saved"] as const;
type Notice = (typeof notices)[number];
const noticeKeys = {
  "cohort-created": "staff.cohortCreated",
  "mentee-added": "staff.menteeAdded",
  "pairs-confirmed": "staff.pairsConfirmed",
  "seminars-created": "staff.seminarsCreated",
  "certificate-recorded": "staff.policeCertificateRecorded",
  "feedback-saved": "staff.feedbackSaved",
} as const satisfies Record<Notice, string>;

/** The coordinator's pages of the mentor programme: cohorts, mentees, the explained proposal, seminars and the closing questions. */
export const mentoringStaffPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { services } = app;
  const access = rolesAllowed(...mentoringCoordinatorRoles);
  const csrf = app.csrfProtection;
  const langParams = Type.Object({ lang: languageParam });
  const cohortParams = Type.Object({ lang: languageParam, cohortId: Type.String({ maxLength: 40 }) });
  const mentorParams = Type.Object({ lang: languageParam, cohortId: Type.String({ maxLength: 40 }), mentorId: Type.String({ maxLength: 40 }) });
  const pairParams = Type.Object({ lang: languageParam, cohortId: Type.String({ maxLength: 40 }), pairId: Type.String({ maxLength: 40 }) });
  const noticeQuery = Type.Object({ melding: Type.Optional(StringEnum(notices)), antall: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })) });

  async function municipalityOptions(request: FastifyRequest) {
    const numbers = await municipalitiesCovered(services, request.viewer!, mentoringCoordinatorRoles);
    const rows = numbers.length > 0 ? await services.db.selectFrom("municipalities").select(["number", "name"]).where("number", "in", numbers).orderBy("name").execute() : [];
    return rows.map((m) => ({ value: m.number, label: m.name }));
  }

  async function renderList(request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FormErrors, status?: number, notice?: string) {
    const options = await municipalityOptions(request);
    const cohorts = await cohortsIn(services.db, options.map((o) => o.value));
    return sendPage(request, reply, <CohortListPage cohorts={cohorts} municipalities={options} values={values} errors={errors} notice={notice} />, { title: mentoringTexts(request.language)("staff.title"), status });
  }

  app.get("/:lang/ansatt/mentorprogram", { config: { access }, schema: { params: langParams, querystring: noticeQuery } }, async (request, reply) => {
    const today = services.clock.today();
    const notice = request.query.melding && mentoringTexts(request.language)(noticeKeys[request.query.melding], { count: request.query.antall ?? 0 });
    return renderList(request, reply, emptyForm({ startsOn: today, endsOn: addDays(today, 242) }), noErrors, undefined, notice);
  });

  app.post("/:lang/ansatt/mentorprogram", { config: { access }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const lang = request.language;
    const values = readForm(request.body);
    const parsed = parseCohort(values, (await municipalityOptions(request)).map((o) => o.value));
    if (!parsed.ok) return renderList(request, reply, values, problemsToErrors(parsed.problems, lang), 400);
    try {
      const id = await createCohort(services, request.viewer!, parsed.input, request.ip);
      return reply.redirect(`${mentoringPaths.cohort(lang, id)}?melding=cohort-created`, 303);
    } catch (error) {
      if (error instanceof ForbiddenError) return renderList(request, reply, values, problemsToErrors({ municipality: "notYourScope" }, lang), 403);
      throw error;
    }
  });

  app.get("/:lang/ansatt/mentorprogram/:cohortId", { config: { access }, schema: { params: cohortParams, querystring: noticeQuery } }, async (request, reply) => {
    const overview = await cohortOverview(services, request.viewer!, request.params.cohortId, request.ip);
    const [seminars, feedback] = await Promise.all([seminarsOf(services, overview.cohort.id), feedbackSummary(services, overview.cohort.id)]);
    const notice = request.query.melding && mentoringTexts(request.language)(noticeKeys[request.query.melding], { count: request.query.antall ?? 0 });
    return sendPage(request, reply, <CohortPage overview={overview} seminars={seminars} feedback={feedback} today={services.clock.today()} notice={notice} />, { title: overview.cohort.name, personal: true });
  });

  async function renderMentee(request: FastifyRequest, reply: FastifyReply, cohort: Cohort, values: FormValues, errors: FormErrors, status?: number) {
    const withDefault = values.fields.municipality ? values : { ...values, fields: { ...values.fields, municipality: cohort.municipalityNumber } };
    return sendPage(request, reply, <NewMenteePage cohort={cohort} values={withDefault} errors={errors} municipalities={await municipalityOptions(request)} />, {
      title: mentoringTexts(request.language)("staff.addMentee"),
      status,
    });
  }

  app.get("/:lang/ansatt/mentorprogram/:cohortId/mentorpartnere", { config: { access }, schema: { params: cohortParams } }, async (request, reply) => {
    const cohort = await cohortForCoordinator(services, request.viewer!, request.params.cohortId);
    return renderMentee(request, reply, cohort, emptyForm({ consentGivenOn: services.clock.today() }), noErrors);
  });

  app.post("/:lang/ansatt/mentorprogram/:cohortId/mentorpartnere", { config: { access }, schema: { params: cohortParams }, preValidation: csrf }, async (request, reply) => {
    const lang = request.language;
    const cohort = await cohortForCoordinator(services, request.viewer!, request.params.cohortId);
    const values = readForm(request.body);
    const parsed = parseMentee(values, (await municipalityOptions(request)).map((o) => o.value), services.clock.today());
    if (!parsed.ok) return renderMentee(request, reply, cohort, values, problemsToErrors(parsed.problems, lang), 400);
    await addMentee(services, request.viewer!, cohort.id, parsed.input, request.ip);
    return reply.redirect(`${mentoringPaths.cohort(lang, cohort.id)}?melding=mentee-added`, 303);
  });

  async function renderProposal(request: FastifyRequest, reply: FastifyReply, errors: FormErrors, status?: number) {
    const { cohortId } = request.params as { cohortId: string };
    const view = await currentProposal(services, request.viewer!, cohortId, request.ip);
    return sendPage(request, reply, <ProposalPage view={view} errors={errors} />, { title: mentoringTexts(request.language)("proposal.title", { cohort: view.cohort.name }), status, personal: true });
  }

  app.get("/:lang/ansatt/mentorprogram/:cohortId/forslag", { config: { access }, schema: { params: cohortParams } }, async (request, reply) => renderProposal(request, reply, noErrors));

  app.post("/:lang/ansatt/mentorprogram/:cohortId/forslag", { config: { access }, schema: { params: cohortParams }, preValidation: csrf }, async (request, reply) => {
    const lang = request.language;
    try {
      const count = await confirmPairs(services, request.viewer!, request.params.cohortId, pairChoices(readForm(request.body)), request.ip);
      return reply.redirect(`${mentoringPaths.cohort(lang, request.params.cohortId)}?melding=pairs-confirmed&antall=${count}`, 303);
    } catch (error) {
      if (error instanceof InvalidInputError) return renderProposal(request, reply, domainErrorsToForm(error.errors, lang), error.statusCode);
      throw error;
    }
  });

  app.post("/:lang/ansatt/mentorprogram/:cohortId/samlinger", { config: { access }, schema: { params: cohortParams }, preValidation: csrf }, async (request, reply) => {
    await createSeminars(services, request.viewer!, request.params.cohortId, request.ip);
    return reply.redirect(`${mentoringPaths.cohort(request.language, request.params.cohortId)}?melding=seminars-created`, 303);
  });

  app.post("/:lang/ansatt/mentorprogram/:cohortId/politiattest/:mentorId", { config: { access }, schema: { params: mentorParams }, preValidation: csrf }, async (request, reply) => {
    await recordPoliceCertificate(services, request.viewer!, request.params.cohortId, request.params.mentorId, services.clock.today(), request.ip);
    return reply.redirect(`${mentoringPaths.cohort(request.language, request.params.cohortId)}?melding=certificate-recorded`, 303);
  });

  async function renderMenteeFeedback(request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FormErrors, status?: number) {
    const { cohortId, pairId } = request.params as { cohortId: string; pairId: string };
    const cohort = await cohortForCoordinator(services, request.viewer!, cohortId);
    const pair = await pairInCohort(services, cohort.id, pairId);
    const title = mentoringTexts(request.language)("feedbackForm.menteeTitle", { name: pair.menteeFirstName });
    return sendPage(request, reply, <FeedbackPage title={title} action={mentoringPaths.menteeFeedback(request.language, cohort.id, pairId)} values={values} errors={errors} />, { title, status });
  }

  app.get("/:lang/ansatt/mentorprogram/:cohortId/par/:pairId/sporsmal", { config: { access }, schema: { params: pairParams } }, async (request, reply) => renderMenteeFeedback(request, reply, emptyForm(), noErrors));

  app.post("/:lang/ansatt/mentorprogram/:cohortId/par/:pairId/sporsmal", { config: { access }, schema: { params: pairParams }, preValidation: csrf }, async (request, reply) => {
    const lang = request.language;
    const cohort = await cohortForCoordinator(services, request.viewer!, request.params.cohortId);
    await pairInCohort(services, cohort.id, request.params.pairId);
    const values = readForm(request.body);
    const parsed = parseFeedback(values);
    if (!parsed.ok) return renderMenteeFeedback(request, reply, values, problemsToErrors(parsed.problems, lang), 400);
    try {
      await saveFeedback(services, request.viewer!.id, request.params.pairId, "mentee", parsed.input, request.ip);
    } catch (error) {
      if (error instanceof InvalidInputError) return renderMenteeFeedback(request, reply, values, domainErrorsToForm(error.errors, lang), error.statusCode);
      throw error;
    }
    return reply.redirect(`${mentoringPaths.cohort(lang, cohort.id)}?melding=feedback-saved`, 303);
  });
};

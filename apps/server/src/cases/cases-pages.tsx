import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { checkFullTime, isIsoDate } from "@velkomst/rules";
import { createValidator, parseDateInput, type FieldError } from "@velkomst/validation";
import { recordAudit } from "../audit/audit-log.ts";
import { rolesAllowed } from "../platform/access.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { formFields, noErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { pageStylesheets } from "../web/page-stylesheets.ts";
import { sendPage } from "../web/render-page.tsx";
import { accessLogRoles, caseActor, caseworkRoles, type CaseActor } from "./case-access.ts";
import { AccessLogPage, AttendancePage, DecisionsPage, ExitPage, PlanPage, RecordOverview, type ConsentFormView } from "./case-record-views.tsx";
import { casesFieldErrors } from "./cases-form-errors.ts";
import { casesPaths } from "./cases-paths.ts";
import { casesTexts } from "./cases-texts.ts";
import { CreateParticipantPage, ParticipantListPage, phases, ReportPage, SettledMembersPage, type CreateValues } from "./cases-views.tsx";
import { createConsentRepository } from "./consent-repository.ts";
import { createHealthNotes, type HealthNote } from "./health-notes.ts";
import { createParticipantInvitations } from "./participant-invitations.ts";
import { nationalReport, reportCsv, reportErrors } from "./national-report.ts";
import { createParticipantRepository } from "./participant-repository.ts";
import { consentBody, participantBody, type ParticipantInput } from "./participant-schemas.ts";
import { participantErrors } from "./participant-validation.ts";
import { parseDecisionForm, parseExitForm, parsePlanForm, parseWeekForm, type Parsed } from "./programme-input.ts";
import { createProgrammeRepository } from "./programme-repository.ts";
import type { Phase } from "./programme-status.ts";
import type { CaseAccessAction } from "./cases-tables.ts";
import { settledMembers } from "./settled-members.ts";
import type { Transaction } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import { createPlanRequests } from "../plan-requests/plan-request-repository.ts";

const casework = rolesAllowed(...caseworkRoles);
const langParams = Type.Object({ lang: languageParam });
const idParams = Type.Object({ lang: languageParam, id: Type.String({ format: "uuid" }) });
const consentParams = Type.Object({ lang: languageParam, id: Type.String({ format: "uuid" }), consentId: Type.String({ format: "uuid" }) });
const savedQuery = Type.Object({ lagret: Type.Optional(Type.String({ maxLength: 4 })) });
const validateParticipantBody = createValidator(participantBody);
const validateConsentBody = createValidator(consentBody);

const list = (text: string | undefined) => (text ?? "").split(/[,\s]+/).map((item) => item.trim()).filter(Boolean);

/** A date field as typed (31.03.2026 or ISO) in ISO; what cannot be read stays as typed, so the schema's error names the field. */
const typedDate = (text: string) => parseDateInput(text.trim()) ?? text.trim();

/** The create form's fields as the API's body, so both check the same way. */
function participantFromForm(values: CreateValues): unknown {
  const optional = (key: string, value: string) => (value.trim() ? { [key]: value.trim() } : {});
  return {
    municipality: values.municipality,
    name: values.name,
    birthDate: typedDate(values.birthDate),
    ...optional("identityNumber", values.identityNumber.replace(/\s/g, "")),
    ...(values.residenceBasis ? { residenceBasis: values.residenceBasis } : {}),
    ...optional("settlementDate", typedDate(values.settlementDate)),
    ...optional("arrivalDate", typedDate(values.arrivalDate)),
    ...(values.education ? { education: values.education } : {}),
    languages: list(values.languages),
    ...optional("interpreterLanguage", values.interpreterLanguage),
    childrenBirthDates: list(values.childrenBirthDates).map(typedDate),
    livesWithParents: values.livesWithParents === "yes",
  };
}

/**
 * The programme adviser's pages under /:lang/ansatt/deltakere (issue 13): list, registration (also
 * from a settled household), the record with its plan, decisions, attendance and benefit, exit and
 * access log, and the national report. Every page that shows a participant writes the access log.
 */
export const casesPages: FastifyPluginAsync = async (plain) => {
  pageStylesheets(plain, "cases.css");
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, users, clock } = app.services;
  const participants = createParticipantRepository(db, clock);
  const consents = createConsentRepository(db, clock, participants.logAccess);
  const programme = createProgrammeRepository(db, clock, participants.logAccess);
  const healthNotes = createHealthNotes(db, clock, participants.logAccess);
  const invitations = createParticipantInvitations(db, clock, participants.logAccess);
  const planRequests = createPlanRequests(db, clock);
  const csrf = app.csrfProtection;
  const actorOf = (request: FastifyRequest) => caseActor(request.viewer!, users);

  async function municipalityNames(actor: CaseActor): Promise<Map<string, string>> {
    const numbers = [...actor.municipalities];
    if (numbers.length === 0) return new Map();
    const rows = await db.selectFrom("municipalities").select(["number", "name"]).where("number", "in", numbers).orderBy("name").execute();
    return new Map(rows.map((row) => [row.number, row.name]));
  }

  /** 404 for a record the actor may not see, so a record elsewhere is not revealed (and nothing is logged). */
  async function accessible(id: string, actor: CaseActor, auditorToo = false): Promise<void> {
    const municipality = await participants.municipalityOf(id);
    if (municipality === undefined || !(actor.municipalities.has(municipality) || (auditorToo && actor.auditor))) throw new NotFoundError("participant", id);
  }

  /** The participant as a page shows them: checks access, then reads, logging the page's one row (`read`, or the section's own action). */
  async function opened(request: FastifyRequest, id: string, action?: CaseAccessAction, reason?: string) {
    const actor = await actorOf(request);
    await accessible(id, actor);
    const participant = await participants.read(id, actor, action, reason);
    return { actor, participant };
  }

  const saved = (request: FastifyRequest, query: { lagret?: string }) => (query.lagret !== undefined ? casesTexts(request.language)("record.saved") : undefined);

  app.get("/:lang/ansatt/deltakere", { config: { access: casework }, schema: { params: langParams, querystring: Type.Object({ navn: Type.Optional(Type.String({ maxLength: 100 })), fase: Type.Optional(Type.String({ maxLength: 20 })) }) } }, async (request, reply) => {
    const actor = await actorOf(request);
    const phase = phases.includes(request.query.fase as Phase) ? (request.query.fase as Phase) : undefined;
    const listed = await programme.list(actor, { name: request.query.navn, phase }, request.language);
    return sendPage(request, reply, <ParticipantListPage participants={listed} filter={{ name: request.query.navn ?? "", phase: phase ?? "" }} names={await municipalityNames(actor)} />, { title: casesTexts(request.language)("list.title") });
  });

  app.get("/:lang/ansatt/deltakere/fra-bosetting", { config: { access: casework }, schema: { params: langParams } }, async (request, reply) => {
    const actor = await actorOf(request);
    const members = await settledMembers(db, [...actor.municipalities], Number(clock.today().slice(0, 4)));
    await recordAudit(db, { actorUserId: actor.userId, action: "case.settled-members.listed", subjectType: "settlement_member", subjectId: "list", details: { count: members.length }, ip: request.ip });
    return sendPage(request, reply, <SettledMembersPage members={members} names={await municipalityNames(actor)} />, { title: casesTexts(request.language)("settlement.title") });
  });

  async function renderCreate(request: FastifyRequest, reply: FastifyReply, actor: CaseActor, values: CreateValues, errors = noErrors, status?: number) {
    const member = values.memberId ? (await settledMembers(db, [...actor.municipalities], Number(clock.today().slice(0, 4)), values.memberId))[0] : undefined;
    return sendPage(request, reply, <CreateParticipantPage values={values} errors={errors} names={await municipalityNames(actor)} member={member} />, { title: casesTexts(request.language)("create.title"), status });
  }

  const emptyCreate: CreateValues = { municipality: "", name: "", birthDate: "", identityNumber: "", residenceBasis: "", settlementDate: "", arrivalDate: "", education: "", languages: "", interpreterLanguage: "", childrenBirthDates: "", livesWithParents: "no", memberId: "", requestId: "" };

  app.get("/:lang/ansatt/deltakere/ny", { config: { access: casework }, schema: { params: langParams, querystring: Type.Object({ medlem: Type.Optional(Type.String({ format: "uuid" })) }) } }, async (request, reply) => {
    const actor = await actorOf(request);
    const values = { ...emptyCreate, municipality: [...actor.municipalities][0] ?? "" };
    if (request.query.medlem) {
      const member = (await settledMembers(db, [...actor.municipalities], Number(clock.today().slice(0, 4)), request.query.medlem))[0];
      if (!member) throw new NotFoundError("settlement member", request.query.medlem);
      Object.assign(values, { memberId: member.memberId, municipality: member.municipality, name: member.name, residenceBasis: member.residenceBasis, settlementDate: member.settledOn, education: member.education ?? "", languages: member.languages.join(", ") });
    }
    return renderCreate(request, reply, actor, values);
  });

  app.post("/:lang/ansatt/deltakere/ny", { config: { access: casework }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const actor = await actorOf(request);
    const c = casesTexts(request.language);
    const form = formFields(request.body);
    const values = Object.fromEntries(Object.keys(emptyCreate).map((key) => [key, form[key] ?? ""])) as unknown as CreateValues;
    const checked = validateParticipantBody(participantFromForm(values));
    const problems: FieldError[] = checked.ok ? participantErrors(checked.value, clock.today()) : [...checked.errors];
    if (!actor.municipalities.has(values.municipality)) problems.push({ path: "municipality", code: "municipality", message: "a municipality you work for" });
    const member = values.memberId ? (await settledMembers(db, [...actor.municipalities], Number(clock.today().slice(0, 4)), values.memberId))[0] : undefined;
    if (values.memberId && (!member || member.municipality !== values.municipality)) problems.push({ path: "name", code: "alreadyRegistered", message: "the household member is already registered or not settled here" });
    if (problems.length > 0 || !checked.ok) return renderCreate(request, reply, actor, values, casesFieldErrors(problems, c), 400);
    try {
      const fromRequest = values.requestId ? { source: "saved-plan" as const, within: (trx: Transaction<DatabaseSchema>, id: string) => planRequests.use(trx, values.requestId, id, values.municipality, actor) } : undefined;
      const origin = member ? { source: "settlement" as const, memberId: member.memberId, ...(member.skills ? { skills: member.skills } : {}) } : fromRequest;
      const id = await participants.create(checked.value as ParticipantInput, actor, origin);
      return reply.redirect(`${casesPaths.record(request.language, id)}?lagret=1`, 303);
    } catch (error) {
      if (error instanceof InvalidInputError) return renderCreate(request, reply, actor, values, casesFieldErrors(error.errors, c), error.statusCode);
      throw error;
    }
  });

  app.get(
    "/:lang/ansatt/deltakere/rapport",
    { config: { access: casework }, schema: { params: langParams, querystring: Type.Object({ fra: Type.Optional(Type.String({ maxLength: 20 })), til: Type.Optional(Type.String({ maxLength: 20 })), format: Type.Optional(Type.String({ maxLength: 4 })), "last-ned": Type.Optional(Type.String({ maxLength: 1 })) }) } },
    async (request, reply) => {
      const actor = await actorOf(request);
      const c = casesTexts(request.language);
      const today = clock.today();
      const values = { fra: typedDate(request.query.fra ?? `${today.slice(0, 4)}-01-01`), til: typedDate(request.query.til ?? today), format: request.query.format ?? "csv" };
      if (request.query["last-ned"] === undefined) return sendPage(request, reply, <ReportPage values={values} errors={noErrors} />, { title: c("report.title") });
      const problems = reportErrors(values);
      if (problems.length > 0) return sendPage(request, reply, <ReportPage values={values} errors={casesFieldErrors(problems, c)} />, { title: c("report.title"), status: 400 });
      const report = await nationalReport(db, participants.logAccess, actor, { from: values.fra, to: values.til }, request.language);
      const name = `introduksjonsprogram-${values.fra}-${values.til}`;
      reply.header("cache-control", "private, no-store");
      if (values.format === "json") return reply.type("application/json; charset=utf-8").header("content-disposition", `attachment; filename="${name}.json"`).send(report);
      return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="${name}.csv"`).send(reportCsv(report));
    },
  );

  type OverviewExtra = {
    identityNumber?: string | null;
    errors?: typeof noErrors;
    reason?: string;
    status?: number;
    healthNotes?: HealthNote[];
    healthErrors?: typeof noErrors;
    healthValues?: { healthReason?: string; note?: string };
    newCode?: { code: string; expiresAt: Date };
    consentForm?: ConsentFormView;
  };

  async function renderOverview(request: FastifyRequest, reply: FastifyReply, id: string, extra: OverviewExtra = {}) {
    const { actor, participant } = await opened(request, id);
    const file = await programme.caseFile(db, participant.id, request.language);
    const consentList = await consents.listWithLoggedRead(participant.id);
    const health = { count: await healthNotes.count(participant.id), revealed: extra.healthNotes, errors: extra.healthErrors ?? noErrors, values: extra.healthValues ?? {} };
    const selfService = { ...(await invitations.status(participant.id)), newCode: extra.newCode };
    return sendPage(
      request,
      reply,
      <RecordOverview
        participant={participant}
        status={file.status}
        consents={consentList}
        names={await municipalityNames(actor)}
        identityNumber={extra.identityNumber}
        skills={file.skills}
        errors={extra.errors ?? noErrors}
        reason={extra.reason ?? ""}
        health={health}
        selfService={selfService}
        consentForm={extra.consentForm ?? { values: {}, errors: noErrors }}
      />,
      { title: participant.name, status: extra.status },
    );
  }

  app.get("/:lang/ansatt/deltakere/:id", { config: { access: casework }, schema: { params: idParams, querystring: savedQuery } }, async (request, reply) => renderOverview(request, reply, request.params.id));

  app.post("/:lang/ansatt/deltakere/:id/fodselsnummer", { config: { access: casework }, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => {
    const actor = await actorOf(request);
    await accessible(request.params.id, actor);
    const reason = (formFields(request.body).reason ?? "").trim();
    if (reason.length < 3 || reason.length > 500) {
      return renderOverview(request, reply, request.params.id, { errors: { fields: { reason: casesTexts(request.language)("errors.reason") } }, reason, status: 400 });
    }
    const identityNumber = await participants.revealIdentityNumber(request.params.id, actor, reason);
    return renderOverview(request, reply, request.params.id, { identityNumber });
  });

  app.post("/:lang/ansatt/deltakere/:id/helsenotater/vis", { config: { access: casework }, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => {
    const actor = await actorOf(request);
    await accessible(request.params.id, actor);
    const healthReason = (formFields(request.body).healthReason ?? "").trim();
    if (healthReason.length < 3 || healthReason.length > 500) {
      return renderOverview(request, reply, request.params.id, { healthErrors: { fields: { healthReason: casesTexts(request.language)("errors.reason") } }, healthValues: { healthReason }, status: 400 });
    }
    const notes = await healthNotes.reveal(request.params.id, actor, healthReason);
    return renderOverview(request, reply, request.params.id, { healthNotes: notes });
  });

  app.post("/:lang/ansatt/deltakere/:id/helsenotater", { config: { access: casework }, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => {
    const actor = await actorOf(request);
    await accessible(request.params.id, actor);
    const note = (formFields(request.body).note ?? "").trim();
    if (note.length < 3 || note.length > 2000) {
      return renderOverview(request, reply, request.params.id, { healthErrors: { fields: { note: casesTexts(request.language)("errors.note") } }, healthValues: { note }, status: 400 });
    }
    await healthNotes.write(request.params.id, note, actor);
    return reply.redirect(`${casesPaths.record(request.language, request.params.id)}?lagret=1#health`, 303);
  });

  app.post("/:lang/ansatt/deltakere/:id/invitasjon", { config: { access: casework }, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => {
    const actor = await actorOf(request);
    await accessible(request.params.id, actor);
    const newCode = await invitations.create(request.params.id, actor);
    // The code is shown in this answer only; the page is not cached.
    reply.header("cache-control", "private, no-store");
    return renderOverview(request, reply, request.params.id, { newCode });
  });

  // A consent given on paper: the same checks as the API's body, and not dated after today.
  app.post("/:lang/ansatt/deltakere/:id/samtykker", { config: { access: casework }, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => {
    const actor = await actorOf(request);
    await accessible(request.params.id, actor);
    const form = formFields(request.body);
    const values = { recipient: form.recipient ?? "", purpose: form.purpose ?? "", givenOn: form.givenOn ?? "" };
    const checked = validateConsentBody({ recipient: values.recipient, purpose: values.purpose.trim(), givenOn: typedDate(values.givenOn) });
    const problems: FieldError[] = checked.ok ? [] : [...checked.errors];
    if (checked.ok && checked.value.givenOn > clock.today()) problems.push({ path: "givenOn", code: "afterToday", message: "must not be after today" });
    if (!checked.ok || problems.length > 0) {
      return renderOverview(request, reply, request.params.id, { consentForm: { values, errors: casesFieldErrors(problems, casesTexts(request.language)) }, status: 400 });
    }
    await consents.record(request.params.id, checked.value, actor);
    return reply.redirect(`${casesPaths.record(request.language, request.params.id)}?lagret=1#consents`, 303);
  });

  app.post("/:lang/ansatt/deltakere/:id/samtykker/:consentId/trekk", { config: { access: casework }, schema: { params: consentParams }, preValidation: csrf }, async (request, reply) => {
    const actor = await actorOf(request);
    await accessible(request.params.id, actor);
    await consents.withdraw(request.params.id, request.params.consentId, actor);
    return reply.redirect(`${casesPaths.record(request.language, request.params.id)}?lagret=1`, 303);
  });

  /** A section's form: parse, and on success change and go back to the section; on a problem show the section again with the errors. */
  function sectionForm<T>(parse: (fields: Record<string, string>) => Parsed<T>, change: (id: string, input: T, actor: CaseActor) => Promise<unknown>, path: (lang: typeof languageParam.static, id: string) => string, render: Render) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const { lang, id } = request.params as { lang: typeof languageParam.static; id: string };
      const actor = await actorOf(request);
      await accessible(id, actor);
      const values = formFields(request.body);
      const parsed = parse(values);
      const c = casesTexts(request.language);
      if (!parsed.ok) return render(request, reply, id, { values, errors: casesFieldErrors(parsed.errors, c), status: 400 });
      try {
        await change(id, parsed.value, actor);
      } catch (error) {
        if (error instanceof InvalidInputError) return render(request, reply, id, { values, errors: casesFieldErrors(error.errors, c), status: error.statusCode });
        throw error;
      }
      return reply.redirect(`${path(lang, id)}?lagret=1`, 303);
    };
  }

  type RenderExtra = { values?: Record<string, string>; errors?: typeof noErrors; status?: number; notice?: string; month?: string };
  type Render = (request: FastifyRequest, reply: FastifyReply, id: string, extra?: RenderExtra) => Promise<FastifyReply>;

  const renderPlan: Render = async (request, reply, id, extra = {}) => {
    const { participant } = await opened(request, id);
    const file = await programme.caseFile(db, participant.id, request.language);
    const current = file.plan[0];
    const fullTime = current && file.status.rules ? checkFullTime(current.elements.map((e) => e.minutesPerWeek / 60), clock.today(), file.status.rules.determinations.fullTime.value.required, { ownActivity: current.ownActivity }) : null;
    return sendPage(request, reply, <PlanPage participant={participant} status={file.status} plan={file.plan} fullTime={fullTime} values={extra.values ?? {}} errors={extra.errors ?? noErrors} notice={extra.notice} />, {
      title: `${casesTexts(request.language)("plan.heading")} – ${participant.name}`,
      status: extra.status,
    });
  };

  const renderDecisions: Render = async (request, reply, id, extra = {}) => {
    const { participant } = await opened(request, id);
    const file = await programme.caseFile(db, participant.id, request.language);
    return sendPage(request, reply, <DecisionsPage participant={participant} status={file.status} decisions={file.decisions} values={extra.values ?? {}} errors={extra.errors ?? noErrors} notice={extra.notice} />, {
      title: `${casesTexts(request.language)("decision.heading")} – ${participant.name}`,
      status: extra.status,
    });
  };

  const renderAttendance: Render = async (request, reply, id, extra = {}) => {
    const month = extra.month ?? clock.today().slice(0, 7);
    const { participant } = await opened(request, id, "read-benefit", month);
    const file = await programme.caseFile(db, participant.id, request.language);
    const benefit = await programme.benefitMonth(participant.id, month, request.language);
    const basicAmount = file.status.rules?.determinations.introductionBenefit.value.basicAmount ?? null;
    return sendPage(
      request,
      reply,
      <AttendancePage participant={participant} weeks={file.attendance} absences={file.absences} month={month} benefit={benefit} basicAmount={basicAmount} values={extra.values ?? {}} errors={extra.errors ?? noErrors} notice={extra.notice} />,
      { title: `${casesTexts(request.language)("nav.attendance")} – ${participant.name}`, status: extra.status },
    );
  };

  const renderExit: Render = async (request, reply, id, extra = {}) => {
    const { participant } = await opened(request, id);
    const file = await programme.caseFile(db, participant.id, request.language);
    return sendPage(request, reply, <ExitPage participant={participant} exit={file.exit} values={extra.values ?? {}} errors={extra.errors ?? noErrors} notice={extra.notice} />, {
      title: `${casesTexts(request.language)("exit.heading")} – ${participant.name}`,
      status: extra.status,
    });
  };

  app.get("/:lang/ansatt/deltakere/:id/plan", { config: { access: casework }, schema: { params: idParams, querystring: savedQuery } }, (request, reply) => renderPlan(request, reply, request.params.id, { notice: saved(request, request.query) }));
  app.post("/:lang/ansatt/deltakere/:id/plan", { config: { access: casework }, schema: { params: idParams }, preValidation: csrf }, sectionForm(parsePlanForm, programme.revisePlan, casesPaths.plan, renderPlan));

  app.get("/:lang/ansatt/deltakere/:id/vedtak", { config: { access: casework }, schema: { params: idParams, querystring: savedQuery } }, (request, reply) => renderDecisions(request, reply, request.params.id, { notice: saved(request, request.query) }));
  app.post("/:lang/ansatt/deltakere/:id/vedtak", { config: { access: casework }, schema: { params: idParams }, preValidation: csrf }, sectionForm(parseDecisionForm, programme.recordDecision, casesPaths.decisions, renderDecisions));

  app.get(
    "/:lang/ansatt/deltakere/:id/oppmote",
    { config: { access: casework }, schema: { params: idParams, querystring: Type.Object({ lagret: Type.Optional(Type.String({ maxLength: 4 })), maned: Type.Optional(Type.String({ maxLength: 7 })) }) } },
    (request, reply) => {
      const month = request.query.maned && isIsoDate(`${request.query.maned}-01`) ? request.query.maned : undefined;
      return renderAttendance(request, reply, request.params.id, { notice: saved(request, request.query), ...(month ? { month } : {}) });
    },
  );
  app.post("/:lang/ansatt/deltakere/:id/oppmote", { config: { access: casework }, schema: { params: idParams }, preValidation: csrf }, sectionForm(parseWeekForm, programme.recordWeek, (lang, id) => casesPaths.attendance(lang, id), renderAttendance));

  app.get("/:lang/ansatt/deltakere/:id/avslutning", { config: { access: casework }, schema: { params: idParams, querystring: savedQuery } }, (request, reply) => renderExit(request, reply, request.params.id, { notice: saved(request, request.query) }));
  app.post("/:lang/ansatt/deltakere/:id/avslutning", { config: { access: casework }, schema: { params: idParams }, preValidation: csrf }, sectionForm(parseExitForm, programme.recordExit, casesPaths.exit, renderExit));

  app.get("/:lang/ansatt/deltakere/:id/tilgangslogg", { config: { access: rolesAllowed(...accessLogRoles) }, schema: { params: idParams } }, async (request, reply) => {
    const actor = await actorOf(request);
    await accessible(request.params.id, actor, true);
    // The auditor reads the log without reading the record; the log's own reading is logged.
    const entries = await participants.accessLog(request.params.id, actor);
    const participant = await db
      .selectFrom("case_participants")
      .innerJoin("municipalities", "municipalities.number", "case_participants.municipality_number")
      .select(["case_participants.id", "case_participants.name", "municipalities.name as municipalityName"])
      .where("case_participants.id", "=", request.params.id)
      .executeTakeFirstOrThrow();
    return sendPage(request, reply, <AccessLogPage participant={participant} municipalityName={participant.municipalityName} entries={entries} />, { title: `${casesTexts(request.language)("accessLog.heading")} – ${participant.name}` });
  });
};

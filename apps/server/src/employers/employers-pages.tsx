import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import multipart from "@fastify/multipart";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { isLanguage, type Language } from "@velkomst/i18n";
import { checkOrganisationNumber, parseDateInput } from "@velkomst/validation";
import { recordAudit } from "../audit/audit-log.ts";
import { rolesAllowed, publicAccess } from "../platform/access.ts";
import { InvalidInputError } from "../platform/domain-errors.ts";
import { normaliseEmail } from "../staff/user-repository.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { formFields, noErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { MessagePage } from "../web/pages/message-page.tsx";
import { sendPage } from "../web/render-page.tsx";
import { approverRoles, employerStaffRoles, ownMunicipalities } from "./employers-access.ts";
import { employersPaths } from "./employers-paths.ts";
import { OrganisationTakenError, type Employer, type ReportResult } from "./employers-repository.ts";
import { employersTexts, type EmployersTranslator } from "./employers-texts.ts";
import { EmployerHomePage, ImportPage, LetterPage, NotLinkedPage, SignUpPage, StaffEmployersPage, StaffNoticesPage, WorkerFormPage, signUpWorkplaceFields } from "./employers-views.tsx";
import { checkWorkerCsv } from "./worker-csv.ts";
import { checkWorker, emailPattern, workerColumns, type WorkerProblem } from "./worker-input.ts";
import { expectedText } from "./worker-problems.ts";
import { nextWelcomeMeeting, prefilledPlanPath, type WelcomeMeeting } from "./worker-welcome.ts";
import { outreachPages } from "./outreach-pages.tsx";
import { createWorkerConsents } from "./worker-consents.ts";
import { issueWorkerLink } from "./worker-links.ts";
import { workerPages } from "./worker-pages.tsx";

const employerOnly = rolesAllowed("employer");
const employerStaff = rolesAllowed(...employerStaffRoles);
const approvers = rolesAllowed(...approverRoles);
const letterReaders = rolesAllowed("employer", ...employerStaffRoles);

const langParams = Type.Object({ lang: languageParam });
const idParams = Type.Object({ lang: languageParam, id: Type.String({ format: "uuid" }) });
/** An uploaded list is small text; anything bigger is refused before it is read. */
const maxUploadBytes = 512 * 1024;


/** The sign-up form's problems, each saying what was expected. */
function checkSignUp(values: Record<string, string>, e: EmployersTranslator): { errors: FormErrors; organisationNumber: string; workplaces: string[] } {
  const fields: Record<string, string> = {};
  const organisation = checkOrganisationNumber(values.orgnr ?? "");
  if (!organisation.valid) fields.orgnr = organisation.reason === "format" ? e("expected.organisationNumber") : e("expected.organisationNumberCheck");
  const name = (values.navn ?? "").trim();
  if (name.length < 2 || name.length > 200) fields.navn = e("expected.orgName");
  const workplaces = [...new Set(signUpWorkplaceFields.map((field) => (values[field] ?? "").trim()).filter(Boolean))];
  if (workplaces.length === 0 || workplaces.some((number) => !/^\d{4}$/.test(number))) fields.kommune1 = e("expected.workplaces");
  const contactName = (values.kontaktnavn ?? "").trim();
  if (contactName.length < 2 || contactName.length > 200) fields.kontaktnavn = e("expected.contactName");
  const email = (values.kontaktepost ?? "").trim();
  if (!emailPattern.test(email) || email.length > 254) fields.kontaktepost = e("expected.contactEmail");
  const phone = (values.kontakttelefon ?? "").replace(/[\s\u00a0-]/g, "");
  if (phone && !/^\+?\d{8,15}$/.test(phone)) fields.kontakttelefon = e("expected.contactPhone");
  return { errors: { fields }, organisationNumber: organisation.valid ? organisation.number : "", workplaces };
}

/** A worker's problems in the reader's language, keyed by form field. */
function workerErrors(problems: Partial<Record<string, WorkerProblem>>, lang: Language, employer: Employer): FormErrors {
  const workplaces = employer.workplaces.map((w) => w.municipalityNumber);
  const fields: Record<string, string> = {};
  for (const column of workerColumns) {
    const problem = problems[column];
    // The form's date is typed the Norwegian way (the CSV keeps ISO dates).
    if (problem) fields[column] = problem === "startDate" ? employersTexts(lang)("expected.startDateTyped") : expectedText(problem, lang, workplaces);
  }
  return { fields };
}

/** Back to the employer's page, saying how many workers were reported and how many had been before. */
function reportedRedirect(reply: FastifyReply, lang: Language, result: ReportResult) {
  const before = result.alreadyReported > 0 ? `&tidligere=${result.alreadyReported}` : "";
  return reply.redirect(`${employersPaths.home(lang)}?meldt=${result.ids.length}${before}`, 303);
}

/** One line per meeting: two workplaces in one region share the region's meetings. */
function uniqueMeetings(meetings: ReadonlyArray<WelcomeMeeting | undefined>): WelcomeMeeting[] {
  const seen = new Map<string, WelcomeMeeting>();
  for (const meeting of meetings) if (meeting) seen.set(`${meeting.startsAt.toISOString()}/${meeting.title}`, meeting);
  return [...seen.values()];
}

/** The employer front door (issue 18): sign-up, the employer's own pages, and the municipality's lists. */
export const employersPages: FastifyPluginAsync = async (plain) => {
  // Only this plugin takes files here: one CSV list, its fields as plain values (so `_csrf` is in `body._csrf`).
  await plain.register(multipart, { attachFieldsToBody: "keyValues", limits: { fileSize: maxUploadBytes, files: 1, fields: 5, parts: 6 } });
  await plain.register(outreachPages);
  await plain.register(workerPages);
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { employers, clock, municipalities, config } = app.services;
  const csrf = app.csrfProtection;
  const consents = createWorkerConsents(app.services.db, clock);

  async function municipalityOptions() {
    return (await municipalities.listMunicipalities()).map((m) => ({ number: m.number, name: m.name })).sort((a, b) => a.name.localeCompare(b.name, "nb"));
  }

  /** The viewer's approved employer, or the page saying they have none (and undefined). */
  async function employerOrNotice(request: FastifyRequest, reply: FastifyReply): Promise<Employer | undefined> {
    const employer = await employers.employerOf(request.viewer!.id);
    if (!employer) await sendPage(request, reply, <NotLinkedPage />, { title: employersTexts(request.language)("home.title"), status: 404 });
    return employer;
  }

  app.get("/:lang/arbeidsgiver/registrer", { config: { access: publicAccess }, schema: { params: langParams } }, async (request, reply) =>
    sendPage(request, reply, <SignUpPage municipalities={await municipalityOptions()} values={{}} errors={noErrors} />, { title: employersTexts(request.params.lang)("signUp.title") }),
  );

  app.post("/:lang/arbeidsgiver/registrer", { config: { access: publicAccess }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const { lang } = request.params;
    const e = employersTexts(lang);
    const values = formFields(request.body);
    const checked = checkSignUp(values, e);
    const again = async (errors: FormErrors, status: number) =>
      sendPage(request, reply, <SignUpPage municipalities={await municipalityOptions()} values={values} errors={errors} />, { title: e("signUp.title"), status });
    if (Object.keys(checked.errors.fields).length > 0) return again(checked.errors, 400);
    try {
      await employers.signUp(
        {
          organisationNumber: checked.organisationNumber,
          name: (values.navn ?? "").trim(),
          contactName: (values.kontaktnavn ?? "").trim(),
          contactEmail: normaliseEmail(values.kontaktepost ?? ""),
          contactPhone: (values.kontakttelefon ?? "").trim() || null,
          workplaces: checked.workplaces,
          language: isLanguage(values.sprak ?? "") ? (values.sprak as Language) : lang,
        },
        request.ip,
      );
    } catch (error) {
      if (error instanceof OrganisationTakenError) return again({ fields: { orgnr: e("expected.organisationTaken") } }, 409);
      if (error instanceof InvalidInputError) return again({ fields: { kommune1: e("expected.workplaces") } }, 422);
      throw error;
    }
    return reply.redirect(employersPaths.signUpDone(lang), 303);
  });

  app.get("/:lang/arbeidsgiver/registrer/takk", { config: { access: publicAccess }, schema: { params: langParams } }, async (request, reply) => {
    const e = employersTexts(request.params.lang);
    return sendPage(request, reply, <MessagePage title={e("signUp.doneTitle")} text={e("signUp.doneText")} color="success" />, { title: e("signUp.doneTitle") });
  });

  app.get("/:lang/arbeidsgiver", { config: { access: employerOnly }, schema: { params: langParams, querystring: Type.Object({ meldt: Type.Optional(Type.String({ maxLength: 5 })), tidligere: Type.Optional(Type.String({ maxLength: 5 })), invitert: Type.Optional(Type.String({ maxLength: 1 })) }) } }, async (request, reply) => {
    const { lang } = request.params;
    const e = employersTexts(lang);
    const employer = await employerOrNotice(request, reply);
    if (!employer) return reply;
    const [notices, progress, colleagues, meetings] = await Promise.all([
      employers.noticesOfEmployer(request.viewer!, employer, request.ip),
      consents.progressForEmployer(employer.id, lang, request.viewer!.id, request.ip),
      employers.usersOf(employer.id),
      Promise.all(employer.workplaces.map((w) => nextWelcomeMeeting(app.services.db, w.municipalityNumber, clock.now(), lang))),
    ]);
    const count = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : 0);
    const reported = count(request.query.meldt);
    const before = count(request.query.tidligere);
    const notice =
      reported > 0 || before > 0
        ? [reported > 0 || before === 0 ? e("worker.imported", { count: reported }) : "", before > 0 ? e("worker.alreadyReported", { count: before }) : ""].filter(Boolean).join(" ")
        : request.query.invitert
          ? e("home.invited")
          : undefined;
    return sendPage(request, reply, <EmployerHomePage employer={employer} notices={notices} colleagues={colleagues} meetings={uniqueMeetings(meetings)} notice={notice} progress={progress} />, { title: employer.name });
  });

  app.post("/:lang/arbeidsgiver/brukere", { config: { access: employerOnly }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const { lang } = request.params;
    const employer = await employerOrNotice(request, reply);
    if (!employer) return reply;
    const values = formFields(request.body);
    const name = (values.navn ?? "").trim();
    const email = (values.epost ?? "").trim();
    if (name.length < 2 || name.length > 200 || !emailPattern.test(email)) {
      throw new InvalidInputError([{ path: "epost", code: "format.email", message: "a name and an e-mail address" }], 400);
    }
    await employers.inviteColleague(request.viewer!, employer, { name, email: normaliseEmail(email) }, lang, request.ip);
    return reply.redirect(`${employersPaths.home(lang)}?invitert=1`, 303);
  });

  app.get("/:lang/arbeidsgiver/arbeidstakere/ny", { config: { access: employerOnly }, schema: { params: langParams } }, async (request, reply) => {
    const employer = await employerOrNotice(request, reply);
    if (!employer) return reply;
    return sendPage(request, reply, <WorkerFormPage employer={employer} values={{}} errors={noErrors} />, { title: employersTexts(request.params.lang)("worker.title") });
  });

  app.post("/:lang/arbeidsgiver/arbeidstakere/ny", { config: { access: employerOnly }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const { lang } = request.params;
    const e = employersTexts(lang);
    const employer = await employerOrNotice(request, reply);
    if (!employer) return reply;
    const values = formFields(request.body);
    const typedStart = values.startdato ?? "";
    const check = checkWorker({ ...values, startdato: parseDateInput(typedStart) ?? typedStart }, employer.workplaces.map((w) => w.municipalityNumber), clock.today());
    if (!check.ok) return sendPage(request, reply, <WorkerFormPage employer={employer} values={values} errors={workerErrors(check.problems, lang, employer)} />, { title: e("worker.title"), status: 400 });
    return reportedRedirect(reply, lang, await employers.reportWorkers(request.viewer!, employer, [check.worker], request.ip));
  });

  app.get("/:lang/arbeidsgiver/arbeidstakere/import", { config: { access: employerOnly }, schema: { params: langParams } }, async (request, reply) => {
    const employer = await employerOrNotice(request, reply);
    if (!employer) return reply;
    return sendPage(request, reply, <ImportPage employer={employer} problems={[]} />, { title: employersTexts(request.params.lang)("import.title") });
  });

  app.post("/:lang/arbeidsgiver/arbeidstakere/import", { config: { access: employerOnly }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const { lang } = request.params;
    const e = employersTexts(lang);
    const employer = await employerOrNotice(request, reply);
    if (!employer) return reply;
    const file = (request.body as Record<string, unknown> | undefined)?.fil;
    if (!Buffer.isBuffer(file) || file.byteLength === 0) {
      return sendPage(request, reply, <ImportPage employer={employer} problems={[]} missingFile />, { title: e("import.title"), status: 400 });
    }
    const check = checkWorkerCsv(file.toString("utf8"), employer.workplaces.map((w) => w.municipalityNumber), clock.today());
    if (!check.ok) return sendPage(request, reply, <ImportPage employer={employer} problems={check.problems} />, { title: e("import.title"), status: 422 });
    return reportedRedirect(reply, lang, await employers.reportWorkers(request.viewer!, employer, check.workers, request.ip));
  });

  app.get("/:lang/arbeidsgiver/arbeidstakere/mal.csv", { config: { access: employerOnly }, schema: { params: langParams } }, async (_request, reply) => {
    const example = ["Ola Nordmann", "ola@example.com", "", "PL", "eea-worker", clock.today(), "6-12", "5014", "pl", "nei"];
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", 'attachment; filename="arbeidstakere.csv"')
      .send(`${workerColumns.join(";")}\n${example.join(";")}\n`);
  });

  app.get("/:lang/arbeidsgiver/arbeidstakere/:id/brev", { config: { access: letterReaders }, schema: { params: idParams } }, async (request, reply) => {
    const { lang, id } = request.params;
    const e = employersTexts(lang);
    const notice = await employers.noticeFor(request.viewer!, id, request.ip);
    if (!notice) return sendPage(request, reply, <MessagePage title={e("home.title")} text={e("home.notLinked")} color="info" />, { title: e("home.title"), status: 404 });
    const planUrl = `${config.publicUrl}${prefilledPlanPath(lang, notice)}`;
    // A printed letter cannot be taken back: each print gets its own link, kept only as a hash.
    const workerUrl = `${config.publicUrl}${employersPaths.workerPage(lang, await issueWorkerLink(app.services.db, notice.id, notice.startDate, clock.now()))}`;
    const meeting = await nextWelcomeMeeting(app.services.db, notice.municipalityNumber, clock.now(), lang);
    return sendPage(request, reply, <LetterPage notice={notice} planUrl={planUrl} workerUrl={workerUrl} meeting={meeting} meetingUrl={meeting && `${config.publicUrl}${meeting.path}`} />, {
      title: e("letter.title", { municipality: notice.municipalityName }),
      personal: true,
    });
  });

  async function staffEmployersPage(request: FastifyRequest, reply: FastifyReply, lang: Language, extra: { notice?: string; errors?: Record<string, string>; status?: number } = {}) {
    const viewer = request.viewer!;
    const list = await employers.forStaff(viewer, employerStaffRoles);
    const approverOf = await ownMunicipalities(app.services.db, viewer, approverRoles);
    const candidates = Object.fromEntries(await Promise.all(approverOf.map(async (number) => [number, await employers.contactCandidates(number)] as const)));
    await recordAudit(app.services.db, { actorUserId: viewer.id, action: "employer.list-read", subjectType: "employer", subjectId: "", details: { count: list.length }, ip: request.ip });
    return sendPage(request, reply, <StaffEmployersPage employers={list} approverOf={approverOf} candidates={candidates} notice={extra.notice} errors={extra.errors} />, {
      title: employersTexts(lang)("staff.employersTitle"),
      status: extra.status,
    });
  }

  app.get("/:lang/ansatt/arbeidsgivere", { config: { access: employerStaff }, schema: { params: langParams, querystring: Type.Object({ godkjent: Type.Optional(Type.String({ maxLength: 1 })) }) } }, async (request, reply) => {
    const { lang } = request.params;
    return staffEmployersPage(request, reply, lang, { notice: request.query.godkjent ? employersTexts(lang)("staff.approvedNotice") : undefined });
  });

  app.post("/:lang/ansatt/arbeidsgivere/:id/godkjenn", { config: { access: approvers }, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => {
    const { lang, id } = request.params;
    const values = formFields(request.body);
    try {
      await employers.approve(request.viewer!, id, values.kommune ?? "", values.kontakt ?? "", request.ip);
    } catch (error) {
      if (error instanceof InvalidInputError) return staffEmployersPage(request, reply, lang, { errors: { [id]: employersTexts(lang)("expected.contactPerson") }, status: 422 });
      throw error;
    }
    return reply.redirect(`${employersPaths.staffEmployers(lang)}?godkjent=1`, 303);
  });

  app.get("/:lang/ansatt/arbeidstakere", { config: { access: employerStaff }, schema: { params: langParams } }, async (request, reply) => {
    const viewer = request.viewer!;
    const notices = await employers.noticesIn(await ownMunicipalities(app.services.db, viewer, employerStaffRoles));
    await recordAudit(app.services.db, { actorUserId: viewer.id, action: "employer.notices-read", subjectType: "worker-notice", subjectId: "", details: { count: notices.length }, ip: request.ip });
    return sendPage(request, reply, <StaffNoticesPage notices={notices} />, { title: employersTexts(request.params.lang)("staff.noticesTitle") });
  });
};


import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Language } from "@velkomst/i18n";
import { evaluatePlan } from "@velkomst/rules";
import { recentActionsFrom } from "../audit/audit-log.ts";
import { caseActor, type CaseActor } from "../cases/case-access.ts";
import { calendarText, escapeText, localDateTime, osloTimezone, utcDateTime } from "../calendar/icalendar.ts";
import { toOslo } from "../events/oslo-time.ts";
import { publicAccess } from "../platform/access.ts";
import { InvalidInputError, TooManyRequestsError } from "../platform/domain-errors.ts";
import { interpreterBookingsFor } from "../interpreters/booking-repository.ts";
import { interpretersPaths } from "../interpreters/interpreters-paths.ts";
import { parseAnswers } from "../plans/plan-form.ts";
import { planTexts } from "../plans/plan-texts.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { formFields, noErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { guidanceAccess } from "./guidance-access.ts";
import { readEnquiryForm, readMeetingForm, readOutcomeForm, readPlanAnswers, type FieldProblem } from "./guidance-form.ts";
import { guidancePaths } from "./guidance-paths.ts";
import { createGuidanceRepository, enquiryAction, receiveEnquiry, type GuidanceCase } from "./guidance-repository.ts";
import { guidanceTexts } from "./guidance-texts.ts";
import { CasePage, ContactDonePage, ContactPage, QueuePage, WalkInPage } from "./guidance-views.tsx";

/** Enquiries one address may send in an hour from the public form: a family, not a script. */
export const enquiriesPerAddress = 10;
const enquiryWindowMs = 60 * 60 * 1000;

/** Field problems in the reader's language: the plan questions in the plan's own words. */
export function problemTexts(problems: Record<string, FieldProblem>, lang: Language): FormErrors {
  const t = guidanceTexts(lang);
  const p = planTexts(lang);
  const fields: Record<string, string> = {};
  for (const [field, problem] of Object.entries(problems)) fields[field] = "plan" in problem ? p(`errors.${problem.plan.code}`, problem.plan.values) : t(`errors.${problem.code}`, problem.values);
  return { fields };
}

const numberParams = Type.Object({ lang: languageParam, number: Type.String({ maxLength: 10 }) });
const langParams = Type.Object({ lang: languageParam });
const caseParams = Type.Object({ lang: languageParam, id: Type.String({ maxLength: 60 }) });

/** The public contact form and the coordinator's queue and guidance cases. */
export const guidancePages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, clock, municipalities, users, directory } = app.services;
  const guidance = createGuidanceRepository(db, clock);
  const csrf = app.csrfProtection;
  const staff = { access: guidanceAccess };
  const actorOf = (request: FastifyRequest) => caseActor(request.viewer!, users);
  const findMunicipality = (number: string) => (/^\d{4}$/.test(number) ? municipalities.findMunicipality(number) : Promise.resolve(undefined));

  async function municipalityNames(numbers: Iterable<string>): Promise<Map<string, string>> {
    const list = [...numbers];
    if (list.length === 0) return new Map();
    const rows = await db.selectFrom("municipalities").select(["number", "name"]).where("number", "in", list).orderBy("name").execute();
    return new Map(rows.map((r) => [r.number, r.name]));
  }

  async function notFound(request: FastifyRequest, reply: FastifyReply) {
    const t = guidanceTexts(request.language);
    return sendPage(request, reply, <p>{t("case.notFound")}</p>, { title: t("case.notFound"), status: 404 });
  }

  // The public contact form, in the reader's language; it works without JavaScript.
  app.get("/:lang/kommune/:number/veiledning", { config: { access: publicAccess }, schema: { params: numberParams } }, async (request, reply) => {
    const municipality = await findMunicipality(request.params.number);
    if (!municipality) return notFound(request, reply);
    return sendPage(request, reply, <ContactPage municipality={municipality} values={{}} errors={noErrors} />, { title: guidanceTexts(request.language)("contact.title", { municipality: municipality.name }) });
  });

  app.post("/:lang/kommune/:number/veiledning", { config: { access: publicAccess }, schema: { params: numberParams }, preValidation: csrf }, async (request, reply) => {
    const { lang } = request.params;
    const municipality = await findMunicipality(request.params.number);
    if (!municipality) return notFound(request, reply);
    const fields = formFields(request.body);
    const read = readEnquiryForm(fields, { municipality: municipality.number, today: clock.today(), consentRequired: true });
    if (!read.ok) {
      return sendPage(request, reply, <ContactPage municipality={municipality} values={fields} errors={problemTexts(read.errors, lang)} />, {
        title: guidanceTexts(lang)("contact.title", { municipality: municipality.name }),
        status: 400,
        personal: true,
      });
    }
    if ((await recentActionsFrom(db, enquiryAction, request.ip, enquiryWindowMs, clock.now())) >= enquiriesPerAddress) {
      throw new TooManyRequestsError(enquiryWindowMs / 1000, "too many enquiries from this address; try again in an hour");
    }
    await receiveEnquiry(db, clock, { municipality: municipality.number, source: "public-form", ...read.value, ip: request.ip });
    return reply.redirect(guidancePaths.contactDone(lang, municipality.number), 303);
  });

  app.get("/:lang/kommune/:number/veiledning/takk", { config: { access: publicAccess }, schema: { params: numberParams } }, async (request, reply) => {
    const municipality = await findMunicipality(request.params.number);
    if (!municipality) return notFound(request, reply);
    return sendPage(request, reply, <ContactDonePage municipality={municipality} />, { title: guidanceTexts(request.language)("contact.doneTitle") });
  });

  // The coordinator's queue: new enquiries, open and closed cases of their municipalities.
  app.get("/:lang/ansatt/veiledning", { config: staff, schema: { params: langParams } }, async (request, reply) => {
    const actor = await actorOf(request);
    const queue = await guidance.queue(actor);
    const names = await municipalityNames(actor.municipalities);
    return sendPage(request, reply, <QueuePage queue={queue} municipalityName={(number) => names.get(number) ?? number} />, { title: guidanceTexts(request.language)("queue.title") });
  });

  async function walkInPage(request: FastifyRequest, reply: FastifyReply, actor: CaseActor, values: Record<string, string>, errors: FormErrors, status?: number) {
    const names = await municipalityNames(actor.municipalities);
    const list = [...names].map(([number, name]) => ({ number, name }));
    return sendPage(request, reply, <WalkInPage municipalities={list} values={values} errors={errors} />, { title: guidanceTexts(request.language)("walkIn.title"), status, personal: true });
  }

  app.get("/:lang/ansatt/veiledning/ny", { config: staff, schema: { params: langParams } }, async (request, reply) => walkInPage(request, reply, await actorOf(request), {}, noErrors));

  app.post("/:lang/ansatt/veiledning", { config: staff, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const actor = await actorOf(request);
    const fields = formFields(request.body);
    const municipality = fields.kommune ?? "";
    const read = readEnquiryForm(fields, { municipality, today: clock.today(), consentRequired: false });
    const problems = read.ok ? {} : { ...read.errors };
    if (!actor.municipalities.has(municipality)) problems.kommune = { code: "required" };
    if (!read.ok || Object.keys(problems).length > 0) return walkInPage(request, reply, actor, fields, problemTexts(problems, request.language), 400);
    const id = await guidance.registerWalkIn({ municipality, ...read.value }, actor);
    return reply.redirect(guidancePaths.case(request.params.lang, id), 303);
  });

  async function casePage(request: FastifyRequest, reply: FastifyReply, id: string, form: { values?: Record<string, string>; errors?: FormErrors; status?: number; notice?: string } = {}) {
    const lang = request.language;
    const actor = await actorOf(request);
    const guidanceCase: GuidanceCase = await guidance.read(id, actor);
    const names = await municipalityNames([guidanceCase.municipality]);
    const parsed = parseAnswers(guidanceCase.planAnswers, lang, clock.today());
    const services = await directory.listForMunicipality(guidanceCase.municipality);
    const around = {
      municipalityName: names.get(guidanceCase.municipality) ?? guidanceCase.municipality,
      plan: parsed.ok ? evaluatePlan(parsed.profile) : undefined,
      services: services.map((s) => ({ id: s.id, name: s.name })),
      bookings: await interpreterBookingsFor(db, { guidanceCaseId: id }),
      bookingHref: interpretersPaths.bookForCase(lang, id),
    };
    return sendPage(request, reply, <CasePage guidanceCase={guidanceCase} around={around} values={form.values ?? {}} errors={form.errors ?? noErrors} notice={form.notice} />, {
      title: guidanceTexts(lang)("case.title", { name: guidanceCase.name }),
      status: form.status,
      personal: true,
    });
  }

  /** Runs a change of a case; a closed case or a field problem comes back on the case page. */
  async function change(request: FastifyRequest, reply: FastifyReply, params: { lang: Language; id: string }, run: (actor: CaseActor, fields: Record<string, string>) => Promise<Record<string, FieldProblem> | undefined>) {
    const fields = formFields(request.body);
    const actor = await actorOf(request);
    await guidance.accessible(params.id, actor);
    try {
      const problems = await run(actor, fields);
      if (problems) return casePage(request, reply, params.id, { values: fields, errors: problemTexts(problems, request.language), status: 400 });
    } catch (error) {
      if (error instanceof InvalidInputError && error.errors[0]?.code === "closed") {
        return casePage(request, reply, params.id, { errors: { fields: { form: guidanceTexts(request.language)("errors.closed") } }, status: 409 });
      }
      throw error;
    }
    return reply.redirect(`${guidancePaths.case(params.lang, params.id)}?lagret=1`, 303);
  }

  app.get("/:lang/ansatt/veiledning/:id", { config: staff, schema: { params: caseParams, querystring: Type.Object({ lagret: Type.Optional(Type.String({ maxLength: 5 })) }) } }, async (request, reply) => {
    await guidance.accessible(request.params.id, await actorOf(request));
    return casePage(request, reply, request.params.id, { notice: request.query.lagret ? guidanceTexts(request.language)("case.saved") : undefined });
  });

  app.post("/:lang/ansatt/veiledning/:id/ta", { config: staff, schema: { params: caseParams }, preValidation: csrf }, async (request, reply) =>
    change(request, reply, request.params, async (actor) => void (await guidance.take(request.params.id, actor))),
  );

  app.post("/:lang/ansatt/veiledning/:id/plan", { config: staff, schema: { params: caseParams }, preValidation: csrf }, async (request, reply) =>
    change(request, reply, request.params, async (actor, fields) => {
      const { municipality } = await guidance.accessible(request.params.id, actor).then((row) => ({ municipality: row.municipality_number }));
      const problems: Record<string, FieldProblem> = {};
      const answers = readPlanAnswers(fields, municipality, clock.today(), problems);
      if (Object.keys(problems).length > 0) return problems;
      await guidance.setPlanAnswers(request.params.id, answers, actor);
      return undefined;
    }),
  );

  app.post("/:lang/ansatt/veiledning/:id/notat", { config: staff, schema: { params: caseParams }, preValidation: csrf }, async (request, reply) =>
    change(request, reply, request.params, async (actor, fields) => {
      const text = (fields.notat ?? "").trim();
      if (!text) return { notat: { code: "required" } };
      if (text.length > 4000) return { notat: { code: "tooLong", values: { max: 4000 } } };
      await guidance.addNote(request.params.id, text, actor);
      return undefined;
    }),
  );

  app.post("/:lang/ansatt/veiledning/:id/mote", { config: staff, schema: { params: caseParams }, preValidation: csrf }, async (request, reply) =>
    change(request, reply, request.params, async (actor, fields) => {
      const read = readMeetingForm(fields);
      if (!read.ok) return read.errors;
      await guidance.setMeeting(request.params.id, read.value, actor);
      return undefined;
    }),
  );

  app.post("/:lang/ansatt/veiledning/:id/henvisning", { config: staff, schema: { params: caseParams }, preValidation: csrf }, async (request, reply) =>
    change(request, reply, request.params, async (actor, fields) => {
      const row = await guidance.accessible(request.params.id, actor);
      const service = await directory.findForMunicipality(row.municipality_number, fields.tjeneste ?? "");
      if (!service) return { tjeneste: { code: "service" } };
      const note = (fields.henvisningsmerknad ?? "").trim().slice(0, 1000);
      await guidance.refer(request.params.id, service.id, note, actor);
      return undefined;
    }),
  );

  app.post("/:lang/ansatt/veiledning/:id/avslutt", { config: staff, schema: { params: caseParams }, preValidation: csrf }, async (request, reply) =>
    change(request, reply, request.params, async (actor, fields) => {
      const read = readOutcomeForm(fields);
      if (!read.ok) return read.errors;
      await guidance.close(request.params.id, read.value.outcome, read.value.note, actor);
      return undefined;
    }),
  );

  // Everything stored about the person as JSON (GDPR art. 15/20); a POST with CSRF, so no link prefetch exports.
  app.post("/:lang/ansatt/veiledning/:id/innsyn", { config: staff, schema: { params: caseParams }, preValidation: csrf }, async (request, reply) => {
    const data = await guidance.export(request.params.id, await actorOf(request));
    return reply
      .type("application/json; charset=utf-8")
      .header("content-disposition", `attachment; filename="veiledning-${request.params.id}.json"`)
      .header("cache-control", "private, no-store")
      .send(data);
  });

  // The next meeting as an iCalendar file (RFC 5545), in Norway's time.
  app.get("/:lang/ansatt/veiledning/:id/mote.ics", { config: staff, schema: { params: caseParams } }, async (request, reply) => {
    const guidanceCase = await guidance.read(request.params.id, await actorOf(request));
    if (!guidanceCase.nextMeetingStartsAt || !guidanceCase.nextMeetingEndsAt) return notFound(request, reply);
    const t = guidanceTexts(request.language);
    const names = await municipalityNames([guidanceCase.municipality]);
    const local = (instant: Date) => {
      const wall = toOslo(instant);
      return localDateTime(wall.date, wall.time);
    };
    const body = calendarText([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      `PRODID:-//Velkomst//Veiledning//${request.language.toUpperCase()}`,
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      ...osloTimezone,
      "BEGIN:VEVENT",
      `UID:guidance-${guidanceCase.id}@velkomst`,
      `DTSTAMP:${utcDateTime(clock.now())}`,
      `DTSTART;TZID=Europe/Oslo:${local(guidanceCase.nextMeetingStartsAt)}`,
      `DTEND;TZID=Europe/Oslo:${local(guidanceCase.nextMeetingEndsAt)}`,
      `SUMMARY:${escapeText(t("calendar.summary", { name: guidanceCase.name }))}`,
      `DESCRIPTION:${escapeText(t("calendar.description", { municipality: names.get(guidanceCase.municipality) ?? guidanceCase.municipality }))}`,
      `LOCATION:${escapeText(guidanceCase.nextMeetingPlace ?? "")}`,
      "END:VEVENT",
      "END:VCALENDAR",
    ]);
    return reply.type("text/calendar; charset=utf-8").header("content-disposition", `attachment; filename="veiledning-${guidanceCase.id}.ics"`).header("cache-control", "private, no-store").send(body);
  });
};

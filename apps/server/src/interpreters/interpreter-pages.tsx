import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Language } from "@velkomst/i18n";
import { qualifiedInterpreterExemption } from "@velkomst/rules";
import { caseActor, type CaseActor } from "../cases/case-access.ts";
import { checkedValues } from "../directory/service-form.ts";
import { formatDay, formatDayTimes, languageName } from "../events/event-format.ts";
import { toOslo } from "../events/oslo-time.ts";
import { guidanceAccess } from "../guidance/guidance-access.ts";
import { createGuidanceRepository } from "../guidance/guidance-repository.ts";
import { guidancePaths } from "../guidance/guidance-paths.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { formFields, noErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { areaValue, comingBookingConflicts, readBookingForm, readCancelForm, readInterpreterChangeForm, readInterpreterForm, type Problem } from "./interpreter-form.ts";
import { createInterpreterRepository, type Interpreter, type InterpreterArea } from "./interpreter-repository.ts";
import { BookingChangePage, BookingPage, InterpreterFormPage, InterpreterListPage, type AreaName, type BookingTarget } from "./interpreter-views.tsx";
import { interpretersPaths } from "./interpreters-paths.ts";
import { interpretersTexts } from "./interpreters-texts.ts";

function problemTexts(problems: Record<string, Problem>, lang: Language): FormErrors {
  const t = interpretersTexts(lang);
  return { fields: Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, t(`errors.${p.code}`, p.values)])) };
}

const langParams = Type.Object({ lang: languageParam });
const idParams = Type.Object({ lang: languageParam, id: Type.String({ maxLength: 60 }) });
const bookQuery = Type.Object({ sak: Type.Optional(Type.String({ maxLength: 60 })), arrangement: Type.Optional(Type.String({ maxLength: 60 })) });

/** The interpreter list of the coordinator's municipalities and regions, and booking an interpreter for a guidance meeting or an event. */
export const interpreterPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, clock, users } = app.services;
  const interpreters = createInterpreterRepository(db, clock);
  const guidance = createGuidanceRepository(db, clock);
  const csrf = app.csrfProtection;
  const staff = { access: guidanceAccess };
  const actorOf = (request: FastifyRequest) => caseActor(request.viewer!, users);

  async function areaNamer(): Promise<AreaName> {
    const [municipalities, regions] = await Promise.all([db.selectFrom("municipalities").select(["number", "name"]).execute(), db.selectFrom("regions").select(["id", "name"]).execute()]);
    const names = new Map([...municipalities.map((m) => [`municipality:${m.number}`, m.name] as const), ...regions.map((r) => [`region:${r.id}`, r.name] as const)]);
    return (area: InterpreterArea) => names.get(`${area.kind}:${area.id}`) ?? area.id;
  }

  app.get("/:lang/ansatt/tolker", { config: staff, schema: { params: langParams, querystring: Type.Object({ lagt: Type.Optional(Type.String({ maxLength: 5 })), bestilt: Type.Optional(Type.String({ maxLength: 5 })), endret: Type.Optional(Type.Union([Type.Literal("changed"), Type.Literal("bookingChanged"), Type.Literal("bookingCancelled")])) }) } }, async (request, reply) => {
    const actor = await actorOf(request);
    const t = interpretersTexts(request.language);
    const notice = request.query.lagt ? t("list.added") : request.query.bestilt ? t("list.booked") : request.query.endret ? t(`list.${request.query.endret}` as "list.changed") : undefined;
    const list = await interpreters.list(actor);
    const bookings = await interpreters.bookings(actor, new Date(clock.now().getTime() - 86_400_000));
    return sendPage(request, reply, <InterpreterListPage interpreters={list} bookings={bookings} areaName={await areaNamer()} notice={notice} />, { title: t("list.title"), personal: true });
  });

  async function newPage(request: FastifyRequest, reply: FastifyReply, actor: CaseActor, form: { values: Record<string, string>; languages: string[]; errors: FormErrors; status?: number; editing?: Interpreter }) {
    const areas = await interpreters.areasOf(actor);
    const t = interpretersTexts(request.language);
    const editing = form.editing && { id: form.editing.id, name: form.editing.name };
    return sendPage(request, reply, <InterpreterFormPage areas={areas} areaName={await areaNamer()} values={form.values} languages={form.languages} errors={form.errors} editing={editing} />, {
      title: editing ? t("form.editTitle", { name: editing.name }) : t("form.title"),
      status: form.status,
      personal: true,
    });
  }

  app.get("/:lang/ansatt/tolker/ny", { config: staff, schema: { params: langParams } }, async (request, reply) => newPage(request, reply, await actorOf(request), { values: {}, languages: [], errors: noErrors }));

  app.post("/:lang/ansatt/tolker", { config: staff, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const actor = await actorOf(request);
    const values = formFields(request.body);
    const languages = checkedValues(request.body, "sprak");
    const read = readInterpreterForm(values, languages, await interpreters.areasOf(actor), clock.today());
    if (!read.ok) return newPage(request, reply, actor, { values, languages, errors: problemTexts(read.errors, request.language), status: 400 });
    await interpreters.create(read.value, actor);
    return reply.redirect(`${interpretersPaths.list(request.params.lang)}?lagt=1`, 303);
  });

  app.get("/:lang/ansatt/tolker/:id", { config: staff, schema: { params: idParams } }, async (request, reply) => {
    const actor = await actorOf(request);
    const interpreter = await interpreters.managed(request.params.id, actor);
    const values = { navn: interpreter.name, fodselsdato: interpreter.birthDate, kategori: interpreter.qualification, omrade: areaValue(interpreter.area), telefon: interpreter.phone, epost: interpreter.email, aktiv: interpreter.active ? "ja" : "" };
    return newPage(request, reply, actor, { values, languages: interpreter.languages, errors: noErrors, editing: interpreter });
  });

  /** A change is checked as a new interpreter is, and against the interpreter's coming bookings; a problem changes nothing. */
  app.post("/:lang/ansatt/tolker/:id", { config: staff, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => {
    const actor = await actorOf(request);
    const interpreter = await interpreters.managed(request.params.id, actor);
    const values = formFields(request.body);
    const languages = checkedValues(request.body, "sprak");
    const lang = request.language;
    const read = readInterpreterChangeForm(values, languages, await interpreters.areasOf(actor), clock.today());
    const problems = read.ok
      ? comingBookingConflicts(read.value, await interpreters.comingBookings(interpreter.id, clock.now()), { when: (date) => formatDay(lang, date, clock.now()), language: (code) => languageName(lang, code) })
      : read.errors;
    if (!read.ok || Object.keys(problems).length > 0) return newPage(request, reply, actor, { values, languages, errors: problemTexts(problems, lang), status: 400, editing: interpreter });
    await interpreters.update(interpreter.id, read.value, actor);
    return reply.redirect(`${interpretersPaths.list(request.params.lang)}?endret=changed`, 303);
  });

  /** What the booking is for: a guidance case the actor may see, or one of the events of their municipalities. */
  async function bookingTarget(request: FastifyRequest, actor: CaseActor, sak: string | undefined): Promise<{ target: BookingTarget; municipalities: string[] }> {
    if (sak) {
      const row = await guidance.accessible(sak, actor);
      const language = (await db.selectFrom("guidance_cases").select("language").where("id", "=", sak).executeTakeFirstOrThrow()).language;
      return { target: { kind: "case", id: sak, name: row.name, language }, municipalities: [row.municipality_number] };
    }
    const numbers = [...actor.municipalities];
    const events =
      numbers.length === 0
        ? []
        : await db
            .selectFrom("events")
            .selectAll()
            .where((eb) => eb.or([eb("municipality_number", "in", numbers), eb("region_id", "in", eb.selectFrom("region_municipalities").select("region_id").where("municipality_number", "in", numbers))]))
            .where("status", "!=", "cancelled")
            .where("ends_at", ">=", clock.now())
            .orderBy("starts_at")
            .limit(100)
            .execute();
    const choices = await Promise.all(
      events.map(async (e) => {
        const texts = await db.selectFrom("event_texts").selectAll().where("event_id", "=", e.id).execute();
        const title = texts.find((x) => x.language === request.language)?.title ?? texts[0]?.title ?? e.id;
        return { id: e.id, label: `${title}, ${formatDayTimes(request.language, e.starts_at, e.ends_at, clock.now())}` };
      }),
    );
    return { target: { kind: "event", choices }, municipalities: numbers };
  }

  async function bookingPage(request: FastifyRequest, reply: FastifyReply, actor: CaseActor, sak: string | undefined, form: { values: Record<string, string>; errors: FormErrors; status?: number }) {
    const { target, municipalities } = await bookingTarget(request, actor, sak);
    const list = await interpreters.bookable(municipalities);
    return sendPage(request, reply, <BookingPage target={target} interpreters={list} exemption={qualifiedInterpreterExemption(clock.today())} values={form.values} errors={form.errors} />, {
      title: interpretersTexts(request.language)("booking.title"),
      status: form.status,
      personal: true,
    });
  }

  app.get("/:lang/ansatt/tolker/bestill", { config: staff, schema: { params: langParams, querystring: bookQuery } }, async (request, reply) =>
    bookingPage(request, reply, await actorOf(request), request.query.sak, { values: {}, errors: noErrors }),
  );

  app.post("/:lang/ansatt/tolker/bestill", { config: staff, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const actor = await actorOf(request);
    const values = formFields(request.body);
    const sak = values.sak || undefined;
    const { target, municipalities } = await bookingTarget(request, actor, sak);
    const problems: Record<string, Problem> = {};
    const read = readBookingForm(values, await interpreters.bookable(municipalities));
    if (!read.ok) Object.assign(problems, read.errors);
    if (target.kind === "event" && !target.choices.some((c) => c.id === values.arrangement)) problems.arrangement = { code: "event" };
    if (!read.ok || Object.keys(problems).length > 0) return bookingPage(request, reply, actor, sak, { values, errors: problemTexts(problems, request.language), status: 400 });
    const { interpreter, ...booking } = read.value;
    await interpreters.book({ ...booking, interpreterId: interpreter.id, target: target.kind === "case" ? { guidanceCaseId: target.id } : { eventId: values.arrangement! } }, actor);
    return reply.redirect(target.kind === "case" ? `${guidancePaths.case(request.params.lang, target.id)}?lagret=1` : `${interpretersPaths.list(request.params.lang)}?bestilt=1`, 303);
  });

  async function bookingChangePage(request: FastifyRequest, reply: FastifyReply, actor: CaseActor, id: string, form: { values?: Record<string, string>; errors?: FormErrors; status?: number } = {}) {
    const booking = await interpreters.booking(id, actor);
    const start = toOslo(booking.startsAt);
    const values = form.values ?? { dato: start.date, fra: start.time, til: toOslo(booking.endsAt).time, unntak: booking.exemptionReason ?? "" };
    return sendPage(
      request,
      reply,
      <BookingChangePage booking={booking} interpreter={await interpreters.bookedInterpreter(booking)} exemption={qualifiedInterpreterExemption(clock.today())} values={values} errors={form.errors ?? noErrors} />,
      { title: interpretersTexts(request.language)("change.title"), status: form.status, personal: true },
    );
  }

  app.get("/:lang/ansatt/tolker/bestillinger/:id", { config: staff, schema: { params: idParams } }, async (request, reply) => bookingChangePage(request, reply, await actorOf(request), request.params.id));

  /** A new time is checked as a new booking is, on the new day (the interpreter an adult, qualified or the exemption still applying). */
  app.post("/:lang/ansatt/tolker/bestillinger/:id", { config: staff, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => {
    const actor = await actorOf(request);
    const booking = await interpreters.booking(request.params.id, actor);
    const values = formFields(request.body);
    const read = readBookingForm({ ...values, tolk: booking.interpreterId, sprak: booking.language }, [await interpreters.bookedInterpreter(booking)]);
    if (!read.ok) {
      // The interpreter and language are fixed here: a problem with them is a problem with the new day.
      const { tolk, sprak, ...rest } = read.errors;
      const problems = { ...rest, ...(tolk || sprak ? { dato: (tolk ?? sprak)! } : {}) };
      return bookingChangePage(request, reply, actor, booking.id, { values, errors: problemTexts(problems, request.language), status: 400 });
    }
    await interpreters.reschedule(booking.id, { startsAt: read.value.startsAt, endsAt: read.value.endsAt, exemptionReason: read.value.exemptionReason }, actor);
    return reply.redirect(`${interpretersPaths.list(request.params.lang)}?endret=bookingChanged`, 303);
  });

  app.post("/:lang/ansatt/tolker/bestillinger/:id/avlys", { config: staff, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => {
    const actor = await actorOf(request);
    const values = formFields(request.body);
    const read = readCancelForm(values);
    if (!read.ok) return bookingChangePage(request, reply, actor, request.params.id, { values, errors: problemTexts(read.errors, request.language), status: 400 });
    await interpreters.cancel(request.params.id, read.value, actor);
    return reply.redirect(`${interpretersPaths.list(request.params.lang)}?endret=bookingCancelled`, 303);
  });
};

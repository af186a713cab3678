import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { languageCodes, type Language } from "@velkomst/i18n";
import { createValidator, StringEnum, type FieldError } from "@velkomst/validation";
import { publicAccess } from "../platform/access.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { uiTranslator } from "../i18n/ui-translator.ts";
import type { Municipality } from "../municipalities/municipality-repository.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { formFields, noErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { seatsLeft } from "./capacity.ts";
import { eventsToICalendar, type CalendarEvent } from "./event-calendar.ts";
import { eventJsonLd } from "./event-json-ld.ts";
import { eventCovers, eventsCovering, findEvent, localise, meetingPlacesIn, occurrencesOf, pageMunicipalityOf, regionsOf, type EventRecord } from "./events-repository.ts";
import { eventsPaths } from "./events-paths.ts";
import { eventsTexts } from "./events-texts.ts";
import { CancelInvalidPage, CancelPage, EventListPage, EventNotFoundPage, EventPage, SignupDonePage, SignupPage, type ClosedReason, type ListEntry } from "./event-views.tsx";
import { lastEnd, occurrenceOn } from "./recurrence.ts";
import { cancelSignup, findSignupByToken, openOccurrence, signUp } from "./signups.ts";
import { pageStylesheets } from "../web/page-stylesheets.ts";
import { JobFairStands, jobFairStandsOf } from "../job-matching/job-fair-stands.tsx";

const day = 86_400_000;
/** How far ahead the list looks, and how long after its end an event stays in a calendar feed. */
const listDays = 366;
const feedKeepDays = 30;

const validateSignup = createValidator(
  Type.Object({
    name: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.String({ format: "email", maxLength: 254 }),
    partySize: Type.String({ pattern: "^([1-9]|10)$" }),
    preferredLanguage: Type.String({ maxLength: 100 }),
    consent: Type.Literal("yes"),
  }),
);

/** Sign-up form problems in the reader's language, one per field. */
function signupErrors(errors: readonly FieldError[], lang: Language): FormErrors {
  const t = eventsTexts(lang);
  const ui = uiTranslator(lang);
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const field = error.path.split(".")[0] || "form";
    if (fields[field]) continue;
    if (field === "consent") fields[field] = t("errors.consentRequired");
    else if (field === "partySize") fields[field] = t("errors.partySize");
    else if (field === "email") fields[field] = error.code === "required" ? t("errors.required") : ui("validation.formatEmail");
    else if (error.code === "maxLength") fields[field] = ui("validation.maxLength", error.params);
    else fields[field] = t("errors.required");
  }
  return { fields };
}

function closedReason(error: unknown): ClosedReason | undefined {
  if (!(error instanceof InvalidInputError)) return undefined;
  const code = error.errors[0]?.code;
  return code === "eventCancelled" || code === "occurrenceCancelled" || code === "past" || code === "noSignup" ? code : undefined;
}

/** Readers' pages (list, event, sign-up, cancel) and the calendar feeds. */
export const eventPages: FastifyPluginAsync = async (plain) => {
  pageStylesheets(plain, "events.css", "content.css");
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { services } = app;
  const { db, municipalities } = app.services;

  const findMunicipality = (number: string) => (/^\d{4}$/.test(number) ? municipalities.findMunicipality(number) : Promise.resolve(undefined));

  /** The municipality and the event, if the event is one the municipality's readers see; else a 404 page. */
  async function load(request: FastifyRequest, reply: FastifyReply, number: string, eventId: string) {
    const municipality = await findMunicipality(number);
    const event = municipality ? await findEvent(db, eventId) : undefined;
    if (!municipality || !event || !eventCovers(event, municipality.number, await regionsOf(db, municipality.number))) {
      await sendPage(request, reply, <EventNotFoundPage municipality={municipality} />, { title: eventsTexts(request.language)("event.notFoundTitle"), status: 404 });
      return undefined;
    }
    return { municipality, event };
  }

  /** The occurrence on a date with its seats taken, or undefined when the event has none that day. */
  async function occurrenceView(event: EventRecord, date: string) {
    const occurrence = occurrenceOn(event, date);
    if (!occurrence) return undefined;
    return (await occurrencesOf(db, [event], occurrence.startsAt, occurrence.endsAt, 5)).find((o) => o.date === date);
  }

  async function signupPage(
    request: FastifyRequest,
    reply: FastifyReply,
    context: { municipality: Municipality; event: EventRecord; date: string },
    form: { errors: FormErrors; values: Record<string, string>; status?: number },
  ) {
    const { municipality, event, date } = context;
    const occurrence = await occurrenceView(event, date);
    if (!occurrence) {
      return sendPage(request, reply, <EventNotFoundPage municipality={municipality} />, { title: eventsTexts(request.language)("event.notFoundTitle"), status: 404 });
    }
    let closed: ClosedReason | undefined;
    try {
      openOccurrence(event, date, services.clock.now());
      if (occurrence.cancelled) closed = "occurrenceCancelled";
    } catch (error) {
      closed = closedReason(error);
      if (!closed) throw error;
    }
    const full = seatsLeft({ capacity: event.capacity, confirmedPeople: occurrence.confirmedPeople }) === 0 || occurrence.waitingCount > 0;
    const title = eventsTexts(request.language)("signup.title", { title: localise(event, request.language).title });
    return sendPage(request, reply, <SignupPage municipality={municipality} event={event} occurrence={occurrence} full={full} closed={closed} errors={form.errors} values={form.values} />, {
      title,
      status: form.status ?? (closed ? 409 : 200),
    });
  }

  app.get(
    "/:lang/kommune/:number/arrangementer",
    { config: { access: publicAccess }, schema: { params: Type.Object({ lang: languageParam, number: Type.String() }) } },
    async (request, reply) => {
      const t = eventsTexts(request.language);
      const municipality = await findMunicipality(request.params.number);
      if (!municipality) return sendPage(request, reply, <EventNotFoundPage />, { title: t("event.notFoundTitle"), status: 404 });
      const now = services.clock.now();
      const events = await eventsCovering(db, municipality.number);
      const occurrences = await occurrencesOf(db, events, now, new Date(now.getTime() + listDays * day), 10);
      const entries: ListEntry[] = [];
      for (const event of events) {
        const own = occurrences.filter((o) => o.eventId === event.id);
        const next = own.find((o) => !o.cancelled) ?? own[0];
        if (next) entries.push({ event, next });
      }
      entries.sort((a, b) => a.next.startsAt.getTime() - b.next.startsAt.getTime());
      const places = await meetingPlacesIn(db, [municipality.number]);
      return sendPage(request, reply, <EventListPage municipality={municipality} entries={entries} places={places} now={now} />, {
        title: t("list.documentTitle", { municipality: municipality.name }),
      });
    },
  );

  app.get(
    "/:lang/kommune/:number/arrangementer/:eventId",
    {
      config: { access: publicAccess },
      schema: {
        params: Type.Object({ lang: languageParam, number: Type.String(), eventId: Type.String() }),
        querystring: Type.Object({ avmeldt: Type.Optional(Type.String()) }),
      },
    },
    async (request, reply) => {
      const found = await load(request, reply, request.params.number, request.params.eventId);
      if (!found) return reply;
      const { municipality, event } = found;
      const now = services.clock.now();
      const occurrences = await occurrencesOf(db, [event], now, new Date(now.getTime() + 366 * day), 8);
      const url = `${app.services.config.publicUrl}${eventsPaths.event(request.language, municipality.number, event.id)}`;
      const jsonLd = eventJsonLd({ event, occurrences: occurrences.slice(0, 5), lang: request.language, url, locality: municipality.name });
      const stands = event.kind === "job-fair" ? <JobFairStands stands={await jobFairStandsOf(db, event.id)} /> : null;
      return sendPage(
        request,
        reply,
        <EventPage municipality={municipality} event={event} occurrences={occurrences} jsonLd={jsonLd} signedOff={request.query.avmeldt === "1"} now={now}>
          {stands}
        </EventPage>,
        { title: localise(event, request.language).title },
      );
    },
  );

  const signupParams = Type.Object({ lang: languageParam, number: Type.String(), eventId: Type.String(), date: Type.String({ maxLength: 10 }) });

  app.get("/:lang/kommune/:number/arrangementer/:eventId/:date/pamelding", { config: { access: publicAccess }, schema: { params: signupParams } }, async (request, reply) => {
    const found = await load(request, reply, request.params.number, request.params.eventId);
    if (!found) return reply;
    return signupPage(request, reply, { ...found, date: request.params.date }, { errors: noErrors, values: {} });
  });

  app.post(
    "/:lang/kommune/:number/arrangementer/:eventId/:date/pamelding",
    { config: { access: publicAccess }, schema: { params: signupParams }, preValidation: app.csrfProtection },
    async (request, reply) => {
      const { lang, date } = request.params;
      const found = await load(request, reply, request.params.number, request.params.eventId);
      if (!found) return reply;
      const form = formFields(request.body);
      const values = {
        name: (form.name ?? "").trim(),
        email: (form.email ?? "").trim(),
        partySize: (form.partySize ?? "1").trim() || "1",
        preferredLanguage: (form.preferredLanguage ?? "").trim(),
        consent: form.consent ?? "",
      };
      const checked = validateSignup(values);
      if (!checked.ok) return signupPage(request, reply, { ...found, date }, { errors: signupErrors(checked.errors, lang), values, status: 400 });
      try {
        const outcome = await signUp(services, {
          eventId: found.event.id,
          date,
          name: values.name,
          email: values.email,
          partySize: Number(values.partySize),
          preferredLanguage: values.preferredLanguage || null,
          language: lang,
          municipalityNumber: found.municipality.number,
          ip: request.ip,
        });
        return reply.redirect(eventsPaths.signupDone(lang, found.municipality.number, found.event.id, date, outcome), 303);
      } catch (error) {
        if (error instanceof NotFoundError) return signupPage(request, reply, { ...found, date }, { errors: noErrors, values });
        if (closedReason(error)) return signupPage(request, reply, { ...found, date }, { errors: noErrors, values, status: 409 });
        throw error;
      }
    },
  );

  app.get(
    "/:lang/kommune/:number/arrangementer/:eventId/:date/pamelding/takk",
    {
      config: { access: publicAccess },
      schema: { params: signupParams, querystring: Type.Object({ status: StringEnum(["confirmed", "waiting"] as const), plass: Type.Optional(Type.String({ pattern: "^[1-9][0-9]{0,5}$" })) }) },
    },
    async (request, reply) => {
      const found = await load(request, reply, request.params.number, request.params.eventId);
      if (!found) return reply;
      const outcome = request.query.status;
      return sendPage(request, reply, <SignupDonePage municipality={found.municipality} event={found.event} outcome={outcome} position={request.query.plass === undefined ? undefined : Number(request.query.plass)} />, {
        title: eventsTexts(request.language)(`signup.${outcome}Title`),
      });
    },
  );

  const tokenParams = Type.Object({ lang: languageParam, token: Type.String({ maxLength: 200 }) });

  app.get("/:lang/avmelding/:token", { config: { access: publicAccess }, schema: { params: tokenParams } }, async (request, reply) => {
    const t = eventsTexts(request.language);
    const found = await findSignupByToken(db, request.params.token);
    // The link is a secret: never cached, never sent on to other sites.
    reply.header("referrer-policy", "no-referrer");
    if (!found) return sendPage(request, reply, <CancelInvalidPage />, { title: t("cancel.invalidTitle"), status: 404 });
    return sendPage(request, reply, <CancelPage token={request.params.token} event={found.event} occurrence={found.occurrence} waiting={found.status === "waiting"} />, {
      title: t("cancel.title"),
    });
  });

  app.post("/:lang/avmelding/:token", { config: { access: publicAccess }, schema: { params: tokenParams }, preValidation: app.csrfProtection }, async (request, reply) => {
    reply.header("referrer-policy", "no-referrer");
    const result = await cancelSignup(services, request.params.token);
    if (!result) return sendPage(request, reply, <CancelInvalidPage />, { title: eventsTexts(request.language)("cancel.invalidTitle"), status: 404 });
    const number = await pageMunicipalityOf(db, result.event.owner);
    return reply.redirect(`${eventsPaths.event(request.params.lang, number, result.event.id)}?avmeldt=1`, 303);
  });

  const feedQuery = Type.Object({ lang: Type.Optional(StringEnum(languageCodes)) });

  async function calendarItems(events: readonly EventRecord[], lang: Language, number: (event: EventRecord) => Promise<string>): Promise<CalendarEvent[]> {
    const cancelled =
      events.length === 0
        ? []
        : await db.selectFrom("event_occurrences").select(["event_id", "starts_at"]).where("event_id", "in", events.map((e) => e.id)).where("cancelled", "=", true).execute();
    return Promise.all(
      events.map(async (event) => ({
        event,
        cancelledStarts: cancelled.filter((c) => c.event_id === event.id).map((c) => c.starts_at),
        url: `${app.services.config.publicUrl}${eventsPaths.event(lang, await number(event), event.id)}`,
      })),
    );
  }

  function sendCalendar(reply: FastifyReply, body: string, filename: string) {
    return reply
      .type("text/calendar; charset=utf-8")
      .header("content-disposition", `inline; filename="${filename}"`)
      .header("cache-control", "public, max-age=900")
      .send(body);
  }

  app.get(
    "/kalender/kommune/:number.ics",
    { config: { access: publicAccess }, schema: { params: Type.Object({ number: Type.String() }), querystring: feedQuery } },
    async (request, reply) => {
      const lang = request.query.lang ?? "nb";
      const municipality = await findMunicipality(request.params.number);
      if (!municipality) return reply.status(404).type("text/plain; charset=utf-8").send("no such municipality");
      const keepAfter = new Date(services.clock.now().getTime() - feedKeepDays * day);
      const events = (await eventsCovering(db, municipality.number)).filter((event) => (lastEnd(event) ?? keepAfter) >= keepAfter);
      const items = await calendarItems(events, lang, async () => municipality.number);
      return sendCalendar(reply, eventsToICalendar(items, { lang, name: eventsTexts(lang)("calendar.municipalityName", { municipality: municipality.name }) }), `arrangementer-${municipality.number}.ics`);
    },
  );

  app.get(
    "/kalender/arrangement/:eventId.ics",
    { config: { access: publicAccess }, schema: { params: Type.Object({ eventId: Type.String() }), querystring: feedQuery } },
    async (request, reply) => {
      const lang = request.query.lang ?? "nb";
      const event = await findEvent(db, request.params.eventId);
      if (!event) return reply.status(404).type("text/plain; charset=utf-8").send("no such event");
      const items = await calendarItems([event], lang, (e) => pageMunicipalityOf(db, e.owner));
      return sendCalendar(reply, eventsToICalendar(items, { lang, name: localise(event, lang).title }), `arrangement-${event.id}.ics`);
    },
  );
};

import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Language } from "@velkomst/i18n";
import { StringEnum, type FieldError } from "@velkomst/validation";
import { uiTranslator, type UiMessageKey } from "../i18n/ui-translator.ts";
import { rolesAllowed } from "../platform/access.ts";
import { ForbiddenError, InvalidInputError } from "../platform/domain-errors.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { formFields, noErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { cancelEvent, createEvent, createMeetingPlace, eventForStaff, eventStaffRoles, listSignups, manageableAreas, setOccurrenceCancelled, updateEvent, type ManageableAreas } from "./event-admin.ts";
import { emptyFormValues, formValuesOf, parseEventForm, readEventForm, type EventFormValues } from "./event-form.ts";
import { eventsOwnedBy, localise, meetingPlacesIn, occurrencesOf, pageMunicipalityOf, type EventRecord } from "./events-repository.ts";
import { eventsPaths } from "./events-paths.ts";
import { eventsNb } from "./messages/nb.ts";
import { eventsTexts, type EventsTranslator } from "./events-texts.ts";
import { EventFormPage, MeetingPlacesPage, SignupListPage, StaffEventListPage, StaffEventPage, type Option } from "./event-staff-views.tsx";
import { pageStylesheets } from "../web/page-stylesheets.ts";

const day = 86_400_000;
const notices = ["created", "updated", "cancelled", "occurrence-cancelled", "occurrence-restored", "place-added"] as const;
type Notice = (typeof notices)[number];
const noticeKeys: Record<Notice, Parameters<EventsTranslator>[0]> = {
  created: "staff.created",
  updated: "staff.updated",
  cancelled: "staff.eventCancelled",
  "occurrence-cancelled": "staff.occurrenceCancelled",
  "occurrence-restored": "staff.occurrenceRestored",
  "place-added": "staff.placeAdded",
};

/** Form problems in the staff member's language: the events module's own codes first, then the shared ones. */
export function eventFormErrors(errors: readonly FieldError[], lang: Language): FormErrors {
  const t = eventsTexts(lang);
  const ui = uiTranslator(lang);
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const field = error.path.split(".")[0] || "form";
    if (fields[field]) continue;
    if (error.code in eventsNb.errors) fields[field] = t(`errors.${error.code as keyof typeof eventsNb.errors}`);
    else if (error.code === "maxLength" || error.code === "minLength") fields[field] = ui(`validation.${error.code}`, error.params);
    else if (error.code === "enum") fields[field] = ui("validation.enum");
    else fields[field] = ui("validation.invalid" satisfies UiMessageKey);
  }
  return { fields };
}

/** The staff pages of the events module: list, create, edit, cancel, sign-up lists and meeting places. */
export const eventStaffPages: FastifyPluginAsync = async (plain) => {
  pageStylesheets(plain, "events.css");
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { services } = app;
  const { db } = app.services;
  const access = rolesAllowed(...eventStaffRoles);
  const csrf = app.csrfProtection;
  const langParams = Type.Object({ lang: languageParam });
  const eventParams = Type.Object({ lang: languageParam, eventId: Type.String({ maxLength: 40 }) });
  const dateParams = Type.Object({ lang: languageParam, eventId: Type.String({ maxLength: 40 }), date: Type.String({ maxLength: 10 }) });
  const noticeQuery = Type.Object({ melding: Type.Optional(StringEnum(notices)) });

  function ownerLabel(lang: Language, owner: EventRecord["owner"], name: string): string {
    return uiTranslator(lang)(`scopes.${owner.kind}`, { name });
  }

  async function ownerOptions(lang: Language, areas: ManageableAreas): Promise<Option[]> {
    const [regions, municipalities] = await Promise.all([
      areas.regions.length > 0 ? db.selectFrom("regions").select(["id", "name"]).where("id", "in", areas.regions).orderBy("name").execute() : [],
      areas.municipalities.length > 0 ? db.selectFrom("municipalities").select(["number", "name"]).where("number", "in", areas.municipalities).orderBy("name").execute() : [],
    ]);
    return [
      ...regions.map((r) => ({ value: `region:${r.id}`, label: ownerLabel(lang, { kind: "region", id: r.id }, r.name) })),
      ...municipalities.map((m) => ({ value: `municipality:${m.number}`, label: ownerLabel(lang, { kind: "municipality", id: m.number }, m.name) })),
    ];
  }

  async function renderForm(request: FastifyRequest, reply: FastifyReply, form: { event?: EventRecord; values: EventFormValues; errors: FormErrors; status?: number }) {
    const lang = request.language;
    const areas = await manageableAreas(services, request.viewer!);
    const [options, places] = await Promise.all([ownerOptions(lang, areas), meetingPlacesIn(db, areas.everything ? "all" : areas.municipalities)]);
    const values = form.values.fields.owner ? form.values : { ...form.values, fields: { ...form.values.fields, owner: options[0]?.value ?? "" } };
    const t = eventsTexts(lang);
    return sendPage(
      request,
      reply,
      <EventFormPage eventId={form.event?.id} values={values} errors={form.errors} ownerOptions={options} places={places} existingRule={form.event?.recurrence} />,
      { title: form.event ? t("staff.editTitle") : t("staff.newTitle"), status: form.status },
    );
  }

  /** Saves the form through `save`; refusals become messages on the form, never an error page. */
  async function submitForm(request: FastifyRequest, reply: FastifyReply, event: EventRecord | undefined, save: (input: Parameters<typeof createEvent>[2]) => Promise<string>) {
    const lang = request.language;
    const values = readEventForm(request.body);
    const parsed = parseEventForm(values, { existingRule: event?.recurrence });
    if (!parsed.ok) return renderForm(request, reply, { event, values, errors: eventFormErrors(parsed.errors, lang), status: 400 });
    try {
      const id = await save(parsed.input);
      return reply.redirect(`${eventsPaths.staffEvent(lang, id)}?melding=${event ? "updated" : "created"}`, 303);
    } catch (error) {
      if (error instanceof InvalidInputError) return renderForm(request, reply, { event, values, errors: eventFormErrors(error.errors, lang), status: error.statusCode });
      if (error instanceof ForbiddenError) return renderForm(request, reply, { event, values, errors: { fields: { owner: eventsTexts(lang)("errors.notYourScope") } }, status: 403 });
      throw error;
    }
  }

  app.get("/:lang/ansatt/arrangementer", { config: { access }, schema: { params: langParams, querystring: noticeQuery } }, async (request, reply) => {
    const lang = request.language;
    const t = eventsTexts(lang);
    const areas = await manageableAreas(services, request.viewer!);
    const events = await eventsOwnedBy(db, areas.municipalities, areas.regions, areas.everything);
    const now = services.clock.now();
    const occurrences = await occurrencesOf(db, events, now, new Date(now.getTime() + 800 * day), 3);
    const entries = events
      .map((event) => ({ event, next: occurrences.find((o) => o.eventId === event.id && !o.cancelled) ?? occurrences.find((o) => o.eventId === event.id) }))
      .filter((entry) => entry.next || entry.event.endsAt.getTime() > now.getTime() - 90 * day || entry.event.recurrence)
      .sort((a, b) => (a.next?.startsAt.getTime() ?? Infinity) - (b.next?.startsAt.getTime() ?? Infinity));
    const notice = request.query.melding && t(noticeKeys[request.query.melding]);
    return sendPage(request, reply, <StaffEventListPage entries={entries} ownerName={(e) => ownerLabel(lang, e.owner, e.ownerName)} notice={notice} />, { title: t("staff.listTitle") });
  });

  app.get("/:lang/ansatt/arrangementer/ny", { config: { access }, schema: { params: langParams } }, async (request, reply) =>
    renderForm(request, reply, { values: emptyFormValues(), errors: noErrors }),
  );

  app.post("/:lang/ansatt/arrangementer", { config: { access }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) =>
    submitForm(request, reply, undefined, (input) => createEvent(services, request.viewer!, input, request.ip)),
  );

  app.get("/:lang/ansatt/arrangementer/:eventId", { config: { access }, schema: { params: eventParams, querystring: noticeQuery } }, async (request, reply) => {
    const lang = request.language;
    const t = eventsTexts(lang);
    const event = await eventForStaff(services, request.viewer!, request.params.eventId);
    const now = services.clock.now();
    const occurrences = await occurrencesOf(db, [event], new Date(now.getTime() - 7 * day), new Date(now.getTime() + 366 * day), 12);
    const notice = request.query.melding && t(noticeKeys[request.query.melding]);
    return sendPage(request, reply, <StaffEventPage
        event={event}
        occurrences={occurrences}
        ownerName={ownerLabel(lang, event.owner, event.ownerName)}
        publicNumber={await pageMunicipalityOf(db, event.owner)}
        notice={notice}
        now={now}
      />, {
      title: localise(event, lang).title,
    });
  });

  app.get("/:lang/ansatt/arrangementer/:eventId/endre", { config: { access }, schema: { params: eventParams } }, async (request, reply) => {
    const event = await eventForStaff(services, request.viewer!, request.params.eventId);
    return renderForm(request, reply, { event, values: formValuesOf(event), errors: noErrors });
  });

  app.post("/:lang/ansatt/arrangementer/:eventId", { config: { access }, schema: { params: eventParams }, preValidation: csrf }, async (request, reply) => {
    const event = await eventForStaff(services, request.viewer!, request.params.eventId);
    return submitForm(request, reply, event, async (input) => {
      await updateEvent(services, request.viewer!, event.id, input, request.ip);
      return event.id;
    });
  });

  app.post("/:lang/ansatt/arrangementer/:eventId/avlys", { config: { access }, schema: { params: eventParams }, preValidation: csrf }, async (request, reply) => {
    await cancelEvent(services, request.viewer!, request.params.eventId, request.ip);
    return reply.redirect(`${eventsPaths.staffEvent(request.params.lang, request.params.eventId)}?melding=cancelled`, 303);
  });

  for (const [suffix, cancelled] of [
    ["avlys", true],
    ["gjenopprett", false],
  ] as const) {
    app.post(`/:lang/ansatt/arrangementer/:eventId/:date/${suffix}`, { config: { access }, schema: { params: dateParams }, preValidation: csrf }, async (request, reply) => {
      const { lang, eventId, date } = request.params;
      try {
        await setOccurrenceCancelled(services, request.viewer!, eventId, date, cancelled, request.ip);
      } catch (error) {
        // A date that is over by the time the form is sent: nothing changes, back to the event.
        if (error instanceof InvalidInputError) return reply.redirect(eventsPaths.staffEvent(lang, eventId), 303);
        throw error;
      }
      return reply.redirect(`${eventsPaths.staffEvent(lang, eventId)}?melding=${cancelled ? "occurrence-cancelled" : "occurrence-restored"}`, 303);
    });
  }

  app.get("/:lang/ansatt/arrangementer/:eventId/:date/pameldte", { config: { access }, schema: { params: dateParams } }, async (request, reply) => {
    const { event, entries, occurrence } = await listSignups(services, request.viewer!, request.params.eventId, request.params.date, request.ip);
    return sendPage(request, reply, <SignupListPage event={event} occurrence={occurrence} entries={entries} />, {
      title: eventsTexts(request.language)("staff.signupsTitle", { title: localise(event, request.language).title }),
    });
  });

  async function renderPlaces(request: FastifyRequest, reply: FastifyReply, form: { errors?: FormErrors; values?: Record<string, string>; notice?: string; status?: number }) {
    const lang = request.language;
    const areas = await manageableAreas(services, request.viewer!);
    const places = await meetingPlacesIn(db, areas.everything ? "all" : areas.municipalities);
    const municipalities =
      areas.municipalities.length > 0 ? await db.selectFrom("municipalities").select(["number", "name"]).where("number", "in", areas.municipalities).orderBy("name").execute() : [];
    return sendPage(
      request,
      reply,
      <MeetingPlacesPage
        places={places}
        municipalityOptions={municipalities.map((m) => ({ value: m.number, label: m.name }))}
        errors={form.errors ?? noErrors}
        values={form.values ?? {}}
        notice={form.notice}
      />,
      { title: eventsTexts(lang)("staff.placesTitle"), status: form.status },
    );
  }

  app.get("/:lang/ansatt/arrangementer/moteplasser", { config: { access }, schema: { params: langParams, querystring: noticeQuery } }, async (request, reply) =>
    renderPlaces(request, reply, { notice: request.query.melding && eventsTexts(request.language)(noticeKeys[request.query.melding]) }),
  );

  app.post("/:lang/ansatt/arrangementer/moteplasser", { config: { access }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const lang = request.language;
    const t = eventsTexts(lang);
    const form = formFields(request.body);
    const values = { municipality: (form.municipality ?? "").trim(), name: (form.name ?? "").trim(), address: (form.address ?? "").trim() };
    const fields: Record<string, string> = {};
    if (!/^\d{4}$/.test(values.municipality)) fields.municipality = uiTranslator(lang)("validation.enum");
    if (!values.name) fields.name = t("errors.required");
    else if (values.name.length > 200) fields.name = uiTranslator(lang)("validation.maxLength", { limit: 200 });
    if (!values.address) fields.address = t("errors.required");
    else if (values.address.length > 300) fields.address = uiTranslator(lang)("validation.maxLength", { limit: 300 });
    if (Object.keys(fields).length > 0) return renderPlaces(request, reply, { errors: { fields }, values, status: 400 });
    try {
      await createMeetingPlace(services, request.viewer!, { municipalityNumber: values.municipality, name: values.name, address: values.address }, request.ip);
    } catch (error) {
      if (error instanceof ForbiddenError || error instanceof InvalidInputError) {
        return renderPlaces(request, reply, { errors: { fields: { municipality: t("errors.notYourScope") } }, values, status: error.statusCode });
      }
      throw error;
    }
    return reply.redirect(`${eventsPaths.staffPlaces(lang)}?melding=place-added`, 303);
  });
};

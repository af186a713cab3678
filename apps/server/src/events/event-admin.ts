import type { Kysely } from "kysely";
import type { Language } from "@velkomst/i18n";
import { recordAudit } from "../audit/audit-log.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { ForbiddenError, InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { removeSearchDocuments, replaceSearchDocuments, type SearchDocument } from "../search/search-index.ts";
import { scopeContains, scopeCoversMunicipality, type MunicipalityPlace, type Scope } from "../staff/roles.ts";
import { eventStaffRoles } from "./events-access.ts";
import { cancelledMail, promotedMail, type MailRecipient } from "./event-mail.ts";
import { formatDay, repeatText } from "./event-format.ts";
import type { EventInput } from "./event-form.ts";
import { descriptionText, findEvent, pageMunicipalityOf, placeLine, type EventOwner, type EventRecord } from "./events-repository.ts";
import { eventsTexts } from "./events-texts.ts";
import { occurrenceOn } from "./recurrence.ts";
import { queueEventMails, promoteWaiting, type EventServices } from "./signups.ts";

type Db = Kysely<DatabaseSchema>;

export { eventStaffRoles };

export interface AdminServices extends EventServices {
  users: { placesOf(scopes: readonly Scope[]): Promise<Map<string, MunicipalityPlace[]>> };
}

export interface ManageableAreas {
  everything: boolean;
  municipalities: string[];
  regions: string[];
}

/** The municipalities and regions whose events the viewer may manage: those inside a scope of one of their event roles. */
export async function manageableAreas(services: AdminServices, viewer: Viewer): Promise<ManageableAreas> {
  const scopes = viewer.assignments.filter((a) => eventStaffRoles.includes(a.role)).map((a) => a.scope);
  const everything = scopes.some((scope) => scope.kind === "national");
  const regions = (await services.db.selectFrom("regions").select("id").orderBy("name").execute()).map((r) => ({ kind: "region" as const, id: r.id }));
  const places = await services.users.placesOf([{ kind: "national", id: "" }, ...scopes, ...regions]);
  const placesOf = (scope: Scope) => places.get(`${scope.kind}:${scope.id}`) ?? [];
  const allPlaces = placesOf({ kind: "national", id: "" });
  return {
    everything,
    municipalities: allPlaces.filter((place) => scopes.some((scope) => scopeCoversMunicipality(scope, place))).map((p) => p.number),
    regions: regions.filter((region) => scopes.some((scope) => scopeContains(scope, region, placesOf))).map((r) => r.id),
  };
}

function covers(areas: ManageableAreas, owner: EventOwner): boolean {
  return owner.kind === "municipality" ? areas.municipalities.includes(owner.id) : areas.regions.includes(owner.id);
}

export async function assertMayManage(services: AdminServices, viewer: Viewer, owner: EventOwner): Promise<void> {
  if (!covers(await manageableAreas(services, viewer), owner)) throw new ForbiddenError("you can only manage events in your own area");
}

/** The event, if it exists and lies in the viewer's area (a 404 for others, so ids are not confirmed to outsiders). */
export async function eventForStaff(services: AdminServices, viewer: Viewer, eventId: string): Promise<EventRecord> {
  const event = await findEvent(services.db, eventId);
  if (!event) throw new NotFoundError("event", eventId);
  await assertMayManage(services, viewer, event.owner);
  return event;
}

async function checkPlace(db: Db, input: EventInput): Promise<void> {
  if (!input.meetingPlaceId) return;
  const place = await db.selectFrom("meeting_places").select("municipality_number").where("id", "=", input.meetingPlaceId).executeTakeFirst();
  const inArea =
    place &&
    (input.owner.kind === "municipality"
      ? place.municipality_number === input.owner.id
      : !!(await db.selectFrom("region_municipalities").select("region_id").where("region_id", "=", input.owner.id).where("municipality_number", "=", place.municipality_number).executeTakeFirst()));
  if (!inArea) throw new InvalidInputError([{ path: "meetingPlace", code: "unknownPlace", message: "the meeting place is not in the event's area" }]);
}

function eventColumns(input: EventInput) {
  return {
    municipality_number: input.owner.kind === "municipality" ? input.owner.id : null,
    region_id: input.owner.kind === "region" ? input.owner.id : null,
    kind: input.kind,
    meeting_place_id: input.meetingPlaceId,
    place_name: input.placeName,
    address: input.address,
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    recurrence: input.recurrence,
    languages: input.languages,
    target_group: input.targetGroup,
    organiser_name: input.organiserName,
    organiser_kind: input.organiserKind,
    signup_enabled: input.signupEnabled,
    capacity: input.capacity,
  };
}

async function writeTexts(db: Db, eventId: string, texts: EventInput["texts"]): Promise<void> {
  await db.deleteFrom("event_texts").where("event_id", "=", eventId).execute();
  const rows = Object.entries(texts).map(([language, text]) => ({ event_id: eventId, language, title: text.title, description: text.description }));
  if (rows.length > 0) await db.insertInto("event_texts").values(rows).execute();
}

const searchScope = (owner: EventOwner) => ({ kind: owner.kind, id: owner.id });

/** One search document per language the event is written in. */
export function searchDocumentsFor(event: EventRecord): SearchDocument[] {
  return (Object.entries(event.texts) as Array<[Language, { title: string; description: string }]>).map(([language, text]) => {
    const t = eventsTexts(language);
    const place = placeLine(event);
    const when = repeatText(t, language, event) ?? formatDay(language, event.startsAt, new Date(0));
    return {
      language,
      title: text.title,
      summary: [t(`kind.${event.kind}`), when, place.name ?? place.address].filter(Boolean).join(" · "),
      body: descriptionText(text.description),
      path: `arrangementer/${event.id}`,
    };
  });
}

/** Writes the event's search documents (or removes them once it is cancelled), in the caller's transaction. */
export async function indexEvent(db: Db, eventId: string, previousOwner?: EventOwner): Promise<void> {
  const event = await findEvent(db, eventId);
  if (!event) return;
  if (previousOwner && (previousOwner.kind !== event.owner.kind || previousOwner.id !== event.owner.id)) {
    await removeSearchDocuments(db, { kind: "event", key: event.id, scope: searchScope(previousOwner) });
  }
  await indexEvents(db, [event]);
}

/** Search documents for events already read (the demo seeder indexes several at once). */
export async function indexEvents(db: Db, events: readonly EventRecord[]): Promise<void> {
  for (const event of events) {
    if (event.status === "cancelled") await removeSearchDocuments(db, { kind: "event", key: event.id, scope: searchScope(event.owner) });
    else await replaceSearchDocuments(db, { kind: "event", key: event.id, scope: searchScope(event.owner) }, searchDocumentsFor(event));
  }
}

async function checkOwnerExists(db: Db, owner: EventOwner): Promise<void> {
  const exists =
    owner.kind === "municipality"
      ? await db.selectFrom("municipalities").select("number").where("number", "=", owner.id).executeTakeFirst()
      : await db.selectFrom("regions").select("id").where("id", "=", owner.id).executeTakeFirst();
  if (!exists) throw new InvalidInputError([{ path: "owner", code: "enum", message: "unknown area" }]);
}

/** Creates an event, its texts, its search documents and the audit entry, in one transaction. */
export async function createEvent(services: AdminServices, viewer: Viewer, input: EventInput, ip: string | null): Promise<string> {
  await checkOwnerExists(services.db, input.owner);
  await assertMayManage(services, viewer, input.owner);
  await checkPlace(services.db, input);
  return services.db.transaction().execute((transaction) => insertEvent(transaction, viewer, input, ip));
}

/** Writes an event already checked as createEvent does, in the caller's transaction (for callers that write several things at once). */
export async function insertEvent(transaction: Db, viewer: Viewer, input: EventInput, ip: string | null): Promise<string> {
  const { id } = await transaction
    .insertInto("events")
    .values({ ...eventColumns(input), created_by: viewer.id })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeTexts(transaction, id, input.texts);
  await recordAudit(transaction, { actorUserId: viewer.id, action: "event.created", subjectType: "event", subjectId: id, details: { owner: input.owner }, ip });
  await indexEvent(transaction, id);
  return id;
}

interface PendingMail {
  kind: "promoted" | "cancelled";
  recipient: MailRecipient;
  occurrence: { startsAt: Date; endsAt: Date };
}

async function activeSignups(db: Db, occurrenceIds: readonly string[]) {
  if (occurrenceIds.length === 0) return [];
  return db
    .selectFrom("event_signups")
    .select(["occurrence_id", "name", "email", "language", "party_size"])
    .where("occurrence_id", "in", [...occurrenceIds])
    .where("status", "!=", "cancelled")
    .execute();
}

function toRecipient(row: { name: string | null; email: string | null; language: string; party_size: number }): MailRecipient {
  return { name: row.name ?? "", email: row.email ?? "", language: row.language as Language, partySize: row.party_size };
}

async function sendPending(services: AdminServices, eventId: string, pending: readonly PendingMail[], now: Date): Promise<void> {
  if (pending.length === 0) return;
  const event = await findEvent(services.db, eventId);
  if (!event) return;
  const municipalityNumber = await pageMunicipalityOf(services.db, event.owner);
  await queueEventMails(
    services.db,
    pending.map(({ kind, recipient, occurrence }) => {
      const context = { publicUrl: services.config.publicUrl, event, occurrence, municipalityNumber };
      return kind === "promoted" ? promotedMail(context, recipient) : cancelledMail(context, recipient);
    }),
    now,
  );
}

/**
 * Changes an event. Stored dates still to come follow the new times; a date the new rule no longer
 * has is cancelled and its sign-ups are told. More seats move the waiting list up (fewer seats
 * take nobody's seat away).
 */
export async function updateEvent(services: AdminServices, viewer: Viewer, eventId: string, input: EventInput, ip: string | null, now = services.clock.now()): Promise<void> {
  const before = await eventForStaff(services, viewer, eventId);
  await checkOwnerExists(services.db, input.owner);
  await assertMayManage(services, viewer, input.owner);
  await checkPlace(services.db, input);
  const pending: PendingMail[] = [];
  await services.db.transaction().execute(async (transaction) => {
    await transaction.selectFrom("events").select("id").where("id", "=", eventId).forUpdate().executeTakeFirstOrThrow();
    await transaction
      .updateTable("events")
      .set((eb) => ({ ...eventColumns(input), sequence: eb("sequence", "+", 1), updated_at: now }))
      .where("id", "=", eventId)
      .execute();
    await writeTexts(transaction, eventId, input.texts);
    const stored = await transaction
      .selectFrom("event_occurrences")
      .select(["id", "occurs_on", "cancelled", "starts_at", "ends_at"])
      .where("event_id", "=", eventId)
      .where("ends_at", ">", now)
      .orderBy("occurs_on")
      .forUpdate()
      .execute();
    const dropped: string[] = [];
    for (const row of stored) {
      const occurrence = occurrenceOn(input, row.occurs_on);
      if (occurrence) {
        await transaction.updateTable("event_occurrences").set({ starts_at: occurrence.startsAt, ends_at: occurrence.endsAt }).where("id", "=", row.id).execute();
        if (!row.cancelled && input.signupEnabled) {
          for (const recipient of await promoteWaiting(transaction, row.id, input.capacity, now)) pending.push({ kind: "promoted", recipient, occurrence });
        }
      } else if (!row.cancelled) {
        await transaction.updateTable("event_occurrences").set({ cancelled: true }).where("id", "=", row.id).execute();
        dropped.push(row.id);
        for (const signup of await activeSignups(transaction, [row.id])) pending.push({ kind: "cancelled", recipient: toRecipient(signup), occurrence: { startsAt: row.starts_at, endsAt: row.ends_at } });
      }
    }
    await recordAudit(transaction, { actorUserId: viewer.id, action: "event.updated", subjectType: "event", subjectId: eventId, details: { owner: input.owner, droppedDates: dropped.length }, ip });
    await indexEvent(transaction, eventId, before.owner);
  });
  await sendPending(services, eventId, pending, now);
}

/** Cancels every date of an event; everyone signed up for a date still to come is told. */
export async function cancelEvent(services: AdminServices, viewer: Viewer, eventId: string, ip: string | null, now = services.clock.now()): Promise<void> {
  await eventForStaff(services, viewer, eventId);
  const pending: PendingMail[] = [];
  await services.db.transaction().execute(async (transaction) => {
    const row = await transaction.selectFrom("events").select("status").where("id", "=", eventId).forUpdate().executeTakeFirstOrThrow();
    if (row.status === "cancelled") return;
    await transaction
      .updateTable("events")
      .set((eb) => ({ status: "cancelled", sequence: eb("sequence", "+", 1), updated_at: now }))
      .where("id", "=", eventId)
      .execute();
    const future = await transaction
      .selectFrom("event_occurrences")
      .select(["id", "starts_at", "ends_at", "cancelled"])
      .where("event_id", "=", eventId)
      .where("starts_at", ">", now)
      .forUpdate()
      .execute();
    const open = future.filter((o) => !o.cancelled);
    for (const signup of await activeSignups(transaction, open.map((o) => o.id))) {
      const occurrence = open.find((o) => o.id === signup.occurrence_id)!;
      pending.push({ kind: "cancelled", recipient: toRecipient(signup), occurrence: { startsAt: occurrence.starts_at, endsAt: occurrence.ends_at } });
    }
    await recordAudit(transaction, { actorUserId: viewer.id, action: "event.cancelled", subjectType: "event", subjectId: eventId, details: { notified: pending.length }, ip });
    await indexEvent(transaction, eventId);
  });
  await sendPending(services, eventId, pending, now);
}

/** Cancels one date (an exception to the rule) or restores it; those signed up for it are told of a cancellation. */
export async function setOccurrenceCancelled(services: AdminServices, viewer: Viewer, eventId: string, date: string, cancelled: boolean, ip: string | null, now = services.clock.now()): Promise<void> {
  const event = await eventForStaff(services, viewer, eventId);
  const occurrence = occurrenceOn(event, date);
  if (!occurrence) throw new NotFoundError("occurrence", date);
  if (occurrence.endsAt <= now) throw new InvalidInputError([{ path: "date", code: "past", message: "the date is over" }], 409);
  const pending: PendingMail[] = [];
  await services.db.transaction().execute(async (transaction) => {
    await transaction
      .insertInto("event_occurrences")
      .values({ event_id: eventId, occurs_on: date, starts_at: occurrence.startsAt, ends_at: occurrence.endsAt })
      .onConflict((c) => c.columns(["event_id", "occurs_on"]).doNothing())
      .execute();
    const row = await transaction.selectFrom("event_occurrences").select(["id", "cancelled"]).where("event_id", "=", eventId).where("occurs_on", "=", date).forUpdate().executeTakeFirstOrThrow();
    if (row.cancelled === cancelled) return;
    await transaction.updateTable("event_occurrences").set({ cancelled }).where("id", "=", row.id).execute();
    // The calendar feed's EXDATE changes, so the event's SEQUENCE goes up.
    await transaction
      .updateTable("events")
      .set((eb) => ({ sequence: eb("sequence", "+", 1), updated_at: now }))
      .where("id", "=", eventId)
      .execute();
    if (cancelled) {
      for (const signup of await activeSignups(transaction, [row.id])) pending.push({ kind: "cancelled", recipient: toRecipient(signup), occurrence });
    }
    await recordAudit(transaction, {
      actorUserId: viewer.id,
      action: cancelled ? "event.occurrence-cancelled" : "event.occurrence-restored",
      subjectType: "event",
      subjectId: eventId,
      details: { date, notified: pending.length },
      ip,
    });
  });
  await sendPending(services, eventId, pending, now);
}

export interface SignupListEntry {
  name: string;
  email: string;
  partySize: number;
  preferredLanguage: string | null;
  status: "confirmed" | "waiting";
  position: number;
  createdAt: Date;
}

/** The people signed up for a date: personal data, so every viewing is written to the audit log. */
export async function listSignups(services: AdminServices, viewer: Viewer, eventId: string, date: string, ip: string | null): Promise<{ event: EventRecord; entries: SignupListEntry[]; occurrence: { startsAt: Date; endsAt: Date } }> {
  const event = await eventForStaff(services, viewer, eventId);
  const occurrence = occurrenceOn(event, date);
  const stored = await services.db.selectFrom("event_occurrences").select(["id", "starts_at", "ends_at"]).where("event_id", "=", eventId).where("occurs_on", "=", date).executeTakeFirst();
  if (!occurrence && !stored) throw new NotFoundError("occurrence", date);
  const rows = stored
    ? await services.db
        .selectFrom("event_signups")
        .select(["name", "email", "party_size", "preferred_language", "status", "created_at"])
        .where("occurrence_id", "=", stored.id)
        .where("status", "!=", "cancelled")
        .orderBy("seq")
        .execute()
    : [];
  let waiting = 0;
  const entries = rows.map((row) => ({
    name: row.name ?? "",
    email: row.email ?? "",
    partySize: row.party_size,
    preferredLanguage: row.preferred_language,
    status: row.status as "confirmed" | "waiting",
    position: row.status === "waiting" ? ++waiting : 0,
    createdAt: row.created_at,
  }));
  await recordAudit(services.db, { actorUserId: viewer.id, action: "event.signups-viewed", subjectType: "event", subjectId: eventId, details: { date, people: entries.length }, ip });
  return { event, entries, occurrence: stored ? { startsAt: stored.starts_at, endsAt: stored.ends_at } : occurrence! };
}

/** Adds a meeting place in a municipality the viewer manages events in. */
export async function createMeetingPlace(services: AdminServices, viewer: Viewer, input: { municipalityNumber: string; name: string; address: string }, ip: string | null): Promise<string> {
  const areas = await manageableAreas(services, viewer);
  if (!areas.municipalities.includes(input.municipalityNumber)) {
    const exists = await services.db.selectFrom("municipalities").select("number").where("number", "=", input.municipalityNumber).executeTakeFirst();
    if (!exists) throw new InvalidInputError([{ path: "municipality", code: "enum", message: "unknown municipality" }]);
    throw new ForbiddenError("you can only add meeting places in your own area");
  }
  return services.db.transaction().execute(async (transaction) => {
    const { id } = await transaction
      .insertInto("meeting_places")
      .values({ municipality_number: input.municipalityNumber, name: input.name, address: input.address })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(transaction, { actorUserId: viewer.id, action: "meeting-place.created", subjectType: "meeting-place", subjectId: id, details: { municipality: input.municipalityNumber }, ip });
    return id;
  });
}

import { sql, type Kysely } from "kysely";
import type { Language } from "@velkomst/i18n";
import type { DatabaseSchema } from "../database/schema.ts";
import { renderMarkdown } from "../content/render-markdown.ts";
import type { EventKind, OrganiserKind, TargetGroup } from "./events-tables.ts";
import { expandOccurrences, type Occurrence } from "./recurrence.ts";

type Db = Kysely<DatabaseSchema>;

export type EventOwner = { kind: "municipality"; id: string } | { kind: "region"; id: string };

export interface EventText {
  title: string;
  description: string;
}

export interface EventRecord {
  id: string;
  owner: EventOwner;
  /** The owner's name: "Frøya" or "Frøya og Hitra". */
  ownerName: string;
  kind: EventKind;
  meetingPlace: { id: string; name: string; address: string } | null;
  placeName: string | null;
  address: string | null;
  startsAt: Date;
  endsAt: Date;
  recurrence: string | null;
  languages: string[];
  targetGroup: TargetGroup;
  organiserName: string;
  organiserKind: OrganiserKind;
  signupEnabled: boolean;
  capacity: number | null;
  status: "scheduled" | "cancelled";
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
  texts: Partial<Record<Language, EventText>>;
}

export interface OccurrenceView extends Occurrence {
  eventId: string;
  /** Set when the occurrence is stored (someone signed up, or it was cancelled). */
  id: string | null;
  cancelled: boolean;
  confirmedPeople: number;
  waitingCount: number;
}

export interface MeetingPlace {
  id: string;
  municipalityNumber: string;
  municipalityName: string;
  name: string;
  address: string;
}

export interface LocalisedText extends EventText {
  /** The language of the title: the reader's, else bokmål. */
  language: Language;
  /** The language of the description, which falls back to bokmål on its own when a translation has only a title. */
  descriptionLanguage: Language;
  /** Some of the text is not in the reader's language. */
  fallback: boolean;
}

/** The event's text in the reader's language, else bokmål, marked so the page can say so and set `lang`. */
export function localise(event: Pick<EventRecord, "texts">, lang: Language): LocalisedText {
  const firstLanguage = (Object.keys(event.texts)[0] as Language | undefined) ?? "nb";
  const sourceLanguage: Language = event.texts.nb ? "nb" : firstLanguage;
  const source = event.texts[sourceLanguage] ?? { title: "", description: "" };
  const own = event.texts[lang];
  if (!own) return { ...source, language: sourceLanguage, descriptionLanguage: sourceLanguage, fallback: sourceLanguage !== lang };
  if (own.description || !source.description) return { ...own, language: lang, descriptionLanguage: lang, fallback: false };
  return { title: own.title, description: source.description, language: lang, descriptionLanguage: sourceLanguage, fallback: true };
}

/** Markdown written by staff, always sanitised (content/render-markdown.ts). */
export function descriptionHtml(markdown: string): string {
  return markdown.trim() ? renderMarkdown(markdown) : "";
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

/** Markdown as plain text, for calendar files, search and structured data. */
export function descriptionText(markdown: string): string {
  return descriptionHtml(markdown)
    .replace(/<li>/g, "- ")
    .replace(/<\/(p|h2|h3|ul|ol)>/g, "\n\n")
    .replace(/<\/li>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => entities[name] ?? "")
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The regions a municipality belongs to. */
export async function regionsOf(db: Db, municipalityNumber: string): Promise<string[]> {
  const rows = await db.selectFrom("region_municipalities").select("region_id").where("municipality_number", "=", municipalityNumber).execute();
  return rows.map((r) => r.region_id);
}

/** The municipality whose pages show a region's event in links sent by e-mail: the first member by number. */
export async function pageMunicipalityOf(db: Db, owner: EventOwner): Promise<string> {
  if (owner.kind === "municipality") return owner.id;
  const row = await db.selectFrom("region_municipalities").select("municipality_number").where("region_id", "=", owner.id).orderBy("municipality_number").executeTakeFirst();
  return row?.municipality_number ?? "";
}

function baseQuery(db: Db) {
  return db
    .selectFrom("events")
    .leftJoin("meeting_places", "meeting_places.id", "events.meeting_place_id")
    .leftJoin("municipalities", "municipalities.number", "events.municipality_number")
    .leftJoin("regions", "regions.id", "events.region_id")
    .selectAll("events")
    .select([
      "meeting_places.name as mp_name",
      "meeting_places.address as mp_address",
      "municipalities.name as municipality_name",
      "regions.name as region_name",
    ]);
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseQuery>["execute"]>>[number];

async function withTexts(db: Db, rows: BaseRow[]): Promise<EventRecord[]> {
  if (rows.length === 0) return [];
  const texts = await db.selectFrom("event_texts").selectAll().where("event_id", "in", rows.map((r) => r.id)).execute();
  return rows.map((row) => ({
    id: row.id,
    owner: row.municipality_number ? { kind: "municipality", id: row.municipality_number } : { kind: "region", id: row.region_id ?? "" },
    ownerName: row.municipality_name ?? row.region_name ?? "",
    kind: row.kind,
    meetingPlace: row.meeting_place_id ? { id: row.meeting_place_id, name: row.mp_name ?? "", address: row.mp_address ?? "" } : null,
    placeName: row.place_name,
    address: row.address,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    recurrence: row.recurrence,
    languages: row.languages,
    targetGroup: row.target_group,
    organiserName: row.organiser_name,
    organiserKind: row.organiser_kind,
    signupEnabled: row.signup_enabled,
    capacity: row.capacity,
    status: row.status,
    sequence: row.sequence,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    texts: Object.fromEntries(texts.filter((t) => t.event_id === row.id).map((t) => [t.language, { title: t.title, description: t.description }])),
  }));
}

export async function findEvent(db: Db, id: string): Promise<EventRecord | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  const rows = await baseQuery(db).where("events.id", "=", id).execute();
  return (await withTexts(db, rows))[0];
}

export async function findEvents(db: Db, ids: readonly string[]): Promise<EventRecord[]> {
  if (ids.length === 0) return [];
  return withTexts(db, await baseQuery(db).where("events.id", "in", [...ids]).execute());
}

/** Events a municipality's readers see: its own and its regions'. */
export async function eventsCovering(db: Db, municipalityNumber: string): Promise<EventRecord[]> {
  const regions = await regionsOf(db, municipalityNumber);
  const rows = await baseQuery(db)
    .where((eb) => eb.or([eb("events.municipality_number", "=", municipalityNumber), ...(regions.length > 0 ? [eb("events.region_id", "in", regions)] : [])]))
    .orderBy("events.starts_at")
    .execute();
  return withTexts(db, rows);
}

/** Events owned by any of these municipalities or regions (the staff list). */
export async function eventsOwnedBy(db: Db, municipalities: readonly string[], regions: readonly string[], everything = false): Promise<EventRecord[]> {
  if (!everything && municipalities.length === 0 && regions.length === 0) return [];
  let query = baseQuery(db);
  if (!everything) {
    query = query.where((eb) =>
      eb.or([
        ...(municipalities.length > 0 ? [eb("events.municipality_number", "in", [...municipalities])] : []),
        ...(regions.length > 0 ? [eb("events.region_id", "in", [...regions])] : []),
      ]),
    );
  }
  return withTexts(db, await query.orderBy("events.starts_at").execute());
}

export function eventCovers(event: Pick<EventRecord, "owner">, municipalityNumber: string, regionIds: readonly string[]): boolean {
  return event.owner.kind === "municipality" ? event.owner.id === municipalityNumber : regionIds.includes(event.owner.id);
}

interface StoredOccurrence {
  id: string;
  event_id: string;
  occurs_on: string;
  starts_at: Date;
  ends_at: Date;
  cancelled: boolean;
  confirmed_people: number;
  waiting_count: number;
}

async function storedOccurrences(db: Db, eventIds: readonly string[], from: Date, to: Date): Promise<StoredOccurrence[]> {
  if (eventIds.length === 0) return [];
  const result = await sql<StoredOccurrence>`
    SELECT o.id, o.event_id, o.occurs_on, o.starts_at, o.ends_at, o.cancelled,
      COALESCE(SUM(s.party_size) FILTER (WHERE s.status = 'confirmed'), 0)::int AS confirmed_people,
      COUNT(s.id) FILTER (WHERE s.status = 'waiting')::int AS waiting_count
    FROM event_occurrences o LEFT JOIN event_signups s ON s.occurrence_id = o.id
    WHERE o.event_id IN (${sql.join(eventIds)}) AND o.ends_at > ${from} AND o.starts_at < ${to}
    GROUP BY o.id`.execute(db);
  return result.rows;
}

/**
 * The occurrences of these events between two instants, in time order: the rule's dates merged
 * with what is stored (cancellations, seats taken). A stored date the rule no longer has stays
 * listed (as cancelled, see event-admin), so nobody's sign-up silently disappears.
 */
export async function occurrencesOf(db: Db, events: readonly EventRecord[], from: Date, to: Date, limitPerEvent = 200): Promise<OccurrenceView[]> {
  const stored = await storedOccurrences(db, events.map((e) => e.id), from, to);
  const byKey = new Map(stored.map((s) => [`${s.event_id}/${s.occurs_on}`, s]));
  const result: OccurrenceView[] = [];
  for (const event of events) {
    const seen = new Set<string>();
    for (const occurrence of expandOccurrences(event, from, to, limitPerEvent)) {
      const row = byKey.get(`${event.id}/${occurrence.date}`);
      seen.add(occurrence.date);
      result.push({
        ...occurrence,
        eventId: event.id,
        id: row?.id ?? null,
        cancelled: event.status === "cancelled" || (row?.cancelled ?? false),
        confirmedPeople: row?.confirmed_people ?? 0,
        waitingCount: row?.waiting_count ?? 0,
      });
    }
    for (const row of stored) {
      if (row.event_id !== event.id || seen.has(row.occurs_on)) continue;
      result.push({
        date: row.occurs_on,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        eventId: event.id,
        id: row.id,
        cancelled: true,
        confirmedPeople: row.confirmed_people,
        waitingCount: row.waiting_count,
      });
    }
  }
  return result.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.eventId.localeCompare(b.eventId));
}

export async function meetingPlacesIn(db: Db, municipalityNumbers: readonly string[] | "all"): Promise<MeetingPlace[]> {
  if (municipalityNumbers !== "all" && municipalityNumbers.length === 0) return [];
  let query = db
    .selectFrom("meeting_places")
    .innerJoin("municipalities", "municipalities.number", "meeting_places.municipality_number")
    .select(["meeting_places.id", "meeting_places.municipality_number", "municipalities.name as municipality_name", "meeting_places.name", "meeting_places.address"]);
  if (municipalityNumbers !== "all") query = query.where("meeting_places.municipality_number", "in", [...municipalityNumbers]);
  const rows = await query.orderBy("municipalities.name").orderBy("meeting_places.name").execute();
  return rows.map((r) => ({ id: r.id, municipalityNumber: r.municipality_number, municipalityName: r.municipality_name, name: r.name, address: r.address }));
}

/** Where an event is, in one line: "Frøya bibliotek, Sistranda" or the address typed in. */
export function placeLine(event: Pick<EventRecord, "meetingPlace" | "placeName" | "address">): { name: string | null; address: string } {
  if (event.meetingPlace) return { name: event.meetingPlace.name, address: event.meetingPlace.address };
  return { name: event.placeName, address: event.address ?? "" };
}

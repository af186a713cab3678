import type { Kysely } from "kysely";
import type { Language } from "@velkomst/i18n";
import type { DatabaseSchema } from "../database/schema.ts";
import { eventsToICalendar } from "../events/event-calendar.ts";
import { eventsPaths } from "../events/events-paths.ts";
import { occurrencesOf, pageMunicipalityOf, type EventRecord, type OccurrenceView } from "../events/events-repository.ts";
import { newcomerTeamTexts } from "./newcomer-team-texts.ts";
import type { Team } from "./team-repository.ts";
import { teamEvents, type Member } from "./team-repository.ts";

type Db = Kysely<DatabaseSchema>;

/** How far ahead the team's calendar page looks. */
export const calendarDays = 183;

export interface CalendarEntry {
  occurrence: OccurrenceView;
  event: EventRecord;
  member: Member;
  /** The municipality whose pages show the event (its own, or its region's first). */
  municipalityNumber: string;
}

/** The members' event dates from `from` for `calendarDays`, in time order. */
export async function teamCalendar(db: Db, team: Team, from: Date): Promise<CalendarEntry[]> {
  const tagged = await teamEvents(db, team.id);
  const to = new Date(from.getTime() + calendarDays * 24 * 3600 * 1000);
  const occurrences = await occurrencesOf(db, tagged.map((t) => t.event), from, to);
  const numbers = new Map(await Promise.all(tagged.map(async (t) => [t.event.id, await pageMunicipalityOf(db, t.event.owner)] as const)));
  return occurrences.map((occurrence) => {
    const { event, member } = tagged.find((t) => t.event.id === occurrence.eventId)!;
    return { occurrence, event, member, municipalityNumber: numbers.get(event.id)! };
  });
}

/** The team's calendar feed (RFC 5545, through the events module): every event a member holds, with its cancelled dates. */
export async function teamFeed(db: Db, team: Team, lang: Language, publicUrl: string, now: Date): Promise<string> {
  const tagged = await teamEvents(db, team.id);
  const ids = tagged.map((t) => t.event.id);
  const cancelled = ids.length === 0 ? [] : await db.selectFrom("event_occurrences").select(["event_id", "starts_at"]).where("event_id", "in", ids).where("cancelled", "=", true).execute();
  const items = await Promise.all(
    tagged.map(async ({ event }) => ({
      event,
      cancelledStarts: cancelled.filter((c) => c.event_id === event.id).map((c) => c.starts_at),
      url: `${publicUrl}${eventsPaths.event(lang, await pageMunicipalityOf(db, event.owner), event.id)}`,
    })),
  );
  return eventsToICalendar(items, { lang, name: newcomerTeamTexts(lang)("public.calendarTitle", { team: team.name }), now });
}

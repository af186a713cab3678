import type { Language } from "@velkomst/i18n";
import { calendarText, escapeText, localDateTime, osloTimezone, utcDateTime } from "../calendar/icalendar.ts";
import { descriptionText, localise, placeLine, type EventRecord } from "./events-repository.ts";
import { eventsTexts } from "./events-texts.ts";
import { toOslo } from "./oslo-time.ts";

export interface CalendarEvent {
  event: EventRecord;
  /** Starts of the occurrences cancelled one by one (EXDATE). */
  cancelledStarts: readonly Date[];
  /** The public page of the event. */
  url: string;
}

function local(instant: Date): string {
  const wall = toOslo(instant);
  return localDateTime(wall.date, wall.time);
}

/**
 * An iCalendar file (RFC 5545) with one VEVENT per event: times in Europe/Oslo with its
 * VTIMEZONE, an RRULE for recurring events and an EXDATE per cancelled date, a stable UID and a
 * SEQUENCE that grows with each change, so a subscribed calendar updates its copy.
 */
export function eventsToICalendar(items: readonly CalendarEvent[], options: { lang: Language; name: string; now?: Date }): string {
  const t = eventsTexts(options.lang);
  const stamp = utcDateTime(options.now ?? new Date());
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//Velkomst//Arrangementer//${options.lang.toUpperCase()}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.name)}`,
    "X-WR-TIMEZONE:Europe/Oslo",
    ...osloTimezone,
  ];
  for (const { event, cancelledStarts, url } of items) {
    const text = localise(event, options.lang);
    const place = placeLine(event);
    const description = [descriptionText(text.description), t("calendar.organiser", { name: event.organiserName }), t("calendar.readMore", { link: url })].filter(Boolean).join("\n\n");
    lines.push(
      "BEGIN:VEVENT",
      `UID:event-${event.id}@velkomst`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${utcDateTime(event.updatedAt)}`,
      `SEQUENCE:${event.sequence}`,
      `DTSTART;TZID=Europe/Oslo:${local(event.startsAt)}`,
      `DTEND;TZID=Europe/Oslo:${local(event.endsAt)}`,
    );
    if (event.recurrence) {
      lines.push(`RRULE:${event.recurrence}`);
      if (cancelledStarts.length > 0) lines.push(`EXDATE;TZID=Europe/Oslo:${[...cancelledStarts].sort((a, b) => a.getTime() - b.getTime()).map(local).join(",")}`);
    }
    lines.push(
      `SUMMARY${text.language !== options.lang ? `;LANGUAGE=${text.language}` : ""}:${escapeText(text.title)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `LOCATION:${escapeText([place.name, place.address].filter(Boolean).join(", "))}`,
      `URL:${url}`,
      `CATEGORIES:${escapeText(t(`kind.${event.kind}`))}`,
      `STATUS:${event.status === "cancelled" || (!event.recurrence && cancelledStarts.length > 0) ? "CANCELLED" : "CONFIRMED"}`,
      "TRANSP:OPAQUE",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return calendarText(lines);
}

import type { Plan } from "@velkomst/rules";
import { calendarText, escapeText, utcDateTime } from "../calendar/icalendar.ts";

const basicDate = (isoDate: string) => isoDate.replace(/-/g, "");

function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export interface CalendarOptions {
  /** When the file was made (DTSTAMP), from the app's clock. */
  now: Date;
  /** The calendar's name in the reader's language. */
  name?: string;
}

/** An iCalendar file with one all-day event per step that has a deadline. UIDs are stable, so importing again updates events. */
export function planToICalendar(plan: Plan, options: CalendarOptions): string {
  const stamp = utcDateTime(options.now);
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Velkomst//Min plan//NB", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const step of plan.steps) {
    if (!step.dueBy) continue;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${step.id}@velkomst`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(step.dueBy)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(step.dueBy))}`,
      `SUMMARY:${escapeText(step.title)}`,
      `DESCRIPTION:${escapeText(step.why)}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return calendarText(lines);
}

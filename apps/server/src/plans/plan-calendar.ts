import type { Plan } from "@velkomst/rules";

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * RFC 5545 §3.1: content lines longer than 75 octets are folded with CRLF and one space. Counts
 * UTF-8 octets and never splits a character (Arabic and Ukrainian titles are two octets a letter).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // The first line holds 75 octets; each continuation starts with a space, leaving 74.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const basicDate = (isoDate: string) => isoDate.replace(/-/g, "");

function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export interface CalendarOptions {
  /** When the file was made (DTSTAMP); tests fix it. */
  now?: Date;
  /** The calendar's name in the reader's language. */
  name?: string;
}

/** An iCalendar file with one all-day event per step that has a deadline. UIDs are stable, so importing again updates events. */
export function planToICalendar(plan: Plan, options: CalendarOptions = {}): string {
  const stamp = (options.now ?? new Date()).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
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
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

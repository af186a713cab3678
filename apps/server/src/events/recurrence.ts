import rrulePackage from "rrule";
import { addDays, isCalendarDate, floating, fromFloating, fromOslo, toOslo, type WallTime } from "./oslo-time.ts";

// rrule ships CommonJS for Node; its named exports arrive on the default export.
const { RRule } = rrulePackage;

/**
 * Recurring events (a weekly language café, a monthly theme evening) repeat by an RFC 5545 RRULE
 * counted in wall-clock time in Norway, so 18:00 stays 18:00 across summer time. An event has at
 * most one occurrence a day, so an occurrence is named by its date.
 */
export const repeatChoices = ["none", "weekly", "biweekly", "monthly-weekday", "monthly-date"] as const;
export type RepeatChoice = (typeof repeatChoices)[number];

const weekdayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;
const allowedParts = new Set(["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "COUNT", "UNTIL", "WKST"]);
const maxCount = 500;

export interface Occurrence {
  /** The date in Norway, `YYYY-MM-DD`: the occurrence's name in addresses and the database. */
  date: string;
  startsAt: Date;
  endsAt: Date;
}

export interface Schedule {
  startsAt: Date;
  endsAt: Date;
  recurrence: string | null;
}

function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** `UNTIL` for "until and including this date": the end of that day in Norway, in UTC as RFC 5545 wants with a TZID start. */
function untilValue(date: string): string {
  const end = new Date(fromOslo({ date: addDays(date, 1), time: "00:00" }).getTime() - 1000);
  return end.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** The RRULE value for a choice in the staff form, or null for a one-off event. */
export function buildRecurrence(choice: RepeatChoice, firstDate: string, until?: string): string | null {
  const weekday = weekdayCodes[weekdayOf(firstDate)]!;
  const day = Number(firstDate.slice(8, 10));
  const base = {
    none: null,
    weekly: `FREQ=WEEKLY;BYDAY=${weekday}`,
    biweekly: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${weekday}`,
    // The 5th Tuesday does not exist in most months: past the 4th it means "the last".
    "monthly-weekday": `FREQ=MONTHLY;BYDAY=${day > 28 ? -1 : Math.ceil(day / 7)}${weekday}`,
    "monthly-date": `FREQ=MONTHLY;BYMONTHDAY=${day}`,
  }[choice];
  if (base === null) return null;
  return until ? `${base};UNTIL=${untilValue(until)}` : base;
}

function parts(rule: string): Map<string, string> {
  return new Map(
    rule.split(";").map((part) => {
      const [key = "", value = ""] = part.split("=", 2);
      return [key.toUpperCase(), value];
    }),
  );
}

/** The last date a rule runs to (its UNTIL as a date in Norway), if it has one. */
export function recurrenceUntil(rule: string | null): string | undefined {
  const until = rule ? parts(rule).get("UNTIL") : undefined;
  if (!until) return undefined;
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(until);
  if (!match) return undefined;
  const [, y, m, d, h = "00", min = "00", s = "00"] = match;
  return toOslo(new Date(`${y}-${m}-${d}T${h}:${min}:${s}Z`)).date;
}

/** Which form choice a stored rule is, so the edit form can show it; "custom" when the form cannot express it. */
export function recurrenceChoice(rule: string | null, firstDate: string): RepeatChoice | "custom" {
  if (!rule) return "none";
  const until = recurrenceUntil(rule);
  for (const choice of repeatChoices) {
    if (choice !== "none" && buildRecurrence(choice, firstDate, until) === rule) return choice;
  }
  return "custom";
}

function ruleFor(schedule: Schedule) {
  if (!schedule.recurrence) return undefined;
  const options = RRule.parseString(schedule.recurrence);
  const start = floating(toOslo(schedule.startsAt));
  return new RRule({ ...options, dtstart: start, ...(options.until ? { until: floating(toOslo(options.until)) } : {}) });
}

/**
 * Why a rule cannot be used, or undefined when it can: a known RRULE with at most one
 * occurrence a day, that ends within 500 occurrences if it has a COUNT, and whose first
 * occurrence is the event's own start.
 */
export function recurrenceProblem(rule: string, first: WallTime): "invalid" | "too-frequent" | "first-date" | undefined {
  if (!/^[A-Z0-9=;,+-]+$/i.test(rule) || /^RRULE:/i.test(rule)) return "invalid";
  const fields = parts(rule);
  if ([...fields.keys()].some((key) => !allowedParts.has(key))) return fields.has("BYHOUR") || fields.has("BYMINUTE") ? "too-frequent" : "invalid";
  const freq = fields.get("FREQ");
  if (!freq) return "invalid";
  if (!["DAILY", "WEEKLY", "MONTHLY", "YEARLY"].includes(freq.toUpperCase())) return "too-frequent";
  if (fields.has("COUNT") && !(Number(fields.get("COUNT")) >= 1 && Number(fields.get("COUNT")) <= maxCount)) return "invalid";
  if (fields.has("INTERVAL") && !(Number(fields.get("INTERVAL")) >= 1 && Number(fields.get("INTERVAL")) <= 52)) return "invalid";
  const startsAt = fromOslo(first);
  try {
    const firstOccurrence = ruleFor({ startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), recurrence: rule })?.after(new Date(floating(first).getTime() - 1), true);
    if (!firstOccurrence || fromFloating(firstOccurrence).date !== first.date) return "first-date";
  } catch {
    return "invalid";
  }
  return undefined;
}

/**
 * The occurrences of an event that are not over at `from` and start before `to`, in order, at
 * most `limit`. A one-off event is its own single occurrence.
 */
export function expandOccurrences(schedule: Schedule, from: Date, to: Date, limit = 200): Occurrence[] {
  const duration = schedule.endsAt.getTime() - schedule.startsAt.getTime();
  const inWindow = (o: Occurrence) => o.endsAt > from && o.startsAt < to;
  const rule = ruleFor(schedule);
  if (!rule) {
    const single = { date: toOslo(schedule.startsAt).date, startsAt: schedule.startsAt, endsAt: schedule.endsAt };
    return inWindow(single) ? [single] : [];
  }
  // Floating bounds with a day's margin either side for the offset and the duration.
  const floatFrom = new Date(floating(toOslo(from)).getTime() - duration - 86_400_000);
  const floatTo = new Date(floating(toOslo(to)).getTime() + 86_400_000);
  const result: Occurrence[] = [];
  rule.between(floatFrom, floatTo, true, (value) => {
    const wall = fromFloating(value);
    const startsAt = fromOslo(wall);
    const occurrence = { date: wall.date, startsAt, endsAt: new Date(startsAt.getTime() + duration) };
    if (inWindow(occurrence)) result.push(occurrence);
    return result.length < limit;
  });
  return result;
}

/** The occurrence on a given date in Norway, if the event has one that day (none for what is not a calendar date). */
export function occurrenceOn(schedule: Schedule, date: string): Occurrence | undefined {
  if (!isCalendarDate(date)) return undefined;
  const from = fromOslo({ date: addDays(date, -1), time: "00:00" });
  const to = fromOslo({ date: addDays(date, 2), time: "00:00" });
  return expandOccurrences(schedule, from, to, 10).find((o) => o.date === date);
}

/** When the last occurrence ends, or undefined for a rule without an end. */
export function lastEnd(schedule: Schedule): Date | undefined {
  const rule = ruleFor(schedule);
  if (!rule) return schedule.endsAt;
  if (!rule.options.until && !rule.options.count) return undefined;
  const all = rule.all((_, index) => index < maxCount);
  const last = all.at(-1);
  if (!last) return schedule.endsAt;
  return new Date(fromOslo(fromFloating(last)).getTime() + (schedule.endsAt.getTime() - schedule.startsAt.getTime()));
}

import { addDays, isoWeekday, publicHolidayOn, type PublicHoliday } from "./public-holidays.ts";

/**
 * Opening hours of a service and what they mean at a given moment, in Norwegian wall-clock time
 * (Europe/Oslo, daylight saving time included). Every function here is pure: the moment is
 * passed in, nothing reads the clock.
 *
 * A day's hours come from, in this order: exceptions covering the date (closed, or special
 * hours), then the public holiday rule when the service closes on public holidays, then the
 * regular weekly hours. Times are `HH:MM`; an interval may end at `24:00`, and one that ends at
 * midnight and goes on at `00:00` the next day counts as one stretch (a service open round the clock).
 */

export interface TimeInterval {
  opens: string;
  closes: string;
}

export interface WeeklyInterval extends TimeInterval {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

export interface HoursException {
  firstDate: string;
  lastDate: string;
  /** Both null: closed on those days. Several exceptions on one day give several intervals. */
  opens: string | null;
  closes: string | null;
}

export interface OpeningHours {
  weekly: readonly WeeklyInterval[];
  exceptions: readonly HoursException[];
  closedOnPublicHolidays: boolean;
}

export type DayReason = "regular" | "exception" | "holiday";

export interface DayHours {
  date: string;
  weekday: number;
  intervals: TimeInterval[];
  reason: DayReason;
  holiday?: PublicHoliday;
}

/** A wall-clock moment in Norway. */
export interface LocalMoment {
  date: string;
  time: string;
}

export type OpeningStatus =
  /** `closesAt` null: does not close within the horizon looked at (open round the clock). */
  | { open: true; closesAt: LocalMoment | null }
  /** `opensAt` null: no opening within the horizon (no hours at all, or closed for longer). */
  | { open: false; opensAt: LocalMoment | null };

export const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;
export const closingTimePattern = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Sorted, with overlapping or touching intervals joined: 08:00–12:00 and 12:00–15:00 is 08:00–15:00. */
export function mergeIntervals(intervals: readonly TimeInterval[]): TimeInterval[] {
  const sorted = intervals.filter((i) => minutesOf(i.opens) < minutesOf(i.closes)).sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens));
  const merged: TimeInterval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && minutesOf(interval.opens) <= minutesOf(last.closes)) {
      if (minutesOf(interval.closes) > minutesOf(last.closes)) last.closes = interval.closes;
    } else {
      merged.push({ opens: interval.opens, closes: interval.closes });
    }
  }
  return merged;
}

export function hoursOn(hours: OpeningHours, date: string): DayHours {
  const weekday = isoWeekday(date);
  const holiday = publicHolidayOn(date);
  const withHoliday = holiday ? { holiday } : {};
  const exceptions = hours.exceptions.filter((e) => e.firstDate <= date && date <= e.lastDate);
  if (exceptions.length > 0) {
    const intervals = exceptions.flatMap((e) => (e.opens !== null && e.closes !== null ? [{ opens: e.opens, closes: e.closes }] : []));
    return { date, weekday, intervals: mergeIntervals(intervals), reason: "exception", ...withHoliday };
  }
  if (holiday && hours.closedOnPublicHolidays) return { date, weekday, intervals: [], reason: "holiday", holiday };
  return { date, weekday, intervals: mergeIntervals(hours.weekly.filter((w) => w.weekday === weekday)), reason: "regular", ...withHoliday };
}

const osloParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Norwegian wall-clock date and time of an instant. */
export function osloLocal(instant: Date): LocalMoment & { minute: number } {
  const parts = Object.fromEntries(osloParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}`;
  return { date, time, minute: minutesOf(time) };
}

function wallClockMs(moment: LocalMoment): number {
  const minutes = minutesOf(moment.time);
  return Date.UTC(Number(moment.date.slice(0, 4)), Number(moment.date.slice(5, 7)) - 1, Number(moment.date.slice(8, 10)), 0, minutes);
}

/**
 * The instant of a Norwegian wall-clock moment. In the hour skipped in spring the clock reads
 * an hour later (02:30 becomes 03:30); in the hour repeated in autumn the first one is meant.
 */
export function osloInstant(moment: LocalMoment): Date {
  const wall = wallClockMs(moment);
  const summer = new Date(wall - 120 * 60_000);
  const winter = new Date(wall - 60 * 60_000);
  const matches = (instant: Date) => {
    const local = osloLocal(instant);
    return local.date === moment.date && local.time === moment.time;
  };
  if (matches(summer)) return summer;
  // Winter time, or the skipped spring hour, where winter's offset lands an hour later on the clock.
  return winter;
}

const defaultHorizonDays = 400;

/** Whether a service is open at `now`, and until when; or when it opens next. */
export function openingStatus(hours: OpeningHours, now: Date, horizonDays = defaultHorizonDays): OpeningStatus {
  const local = osloLocal(now);
  const today = hoursOn(hours, local.date);
  const current = today.intervals.find((i) => minutesOf(i.opens) <= local.minute && local.minute < minutesOf(i.closes));
  if (current) {
    // An interval ending at midnight goes on when the next day opens at 00:00.
    let date = local.date;
    let closes = current.closes;
    for (let day = 1; closes === "24:00"; day++) {
      if (day > horizonDays) return { open: true, closesAt: null };
      const next = hoursOn(hours, addDays(local.date, day)).intervals[0];
      if (!next || next.opens !== "00:00") break;
      date = addDays(local.date, day);
      closes = next.closes;
    }
    return { open: true, closesAt: { date, time: closes } };
  }
  const later = today.intervals.find((i) => minutesOf(i.opens) > local.minute);
  if (later) return { open: false, opensAt: { date: local.date, time: later.opens } };
  for (let day = 1; day <= horizonDays; day++) {
    const date = addDays(local.date, day);
    const first = hoursOn(hours, date).intervals[0];
    if (first) return { open: false, opensAt: { date, time: first.opens } };
  }
  return { open: false, opensAt: null };
}

/** The days from `from` on (inclusive), each with its hours. */
export function daysFrom(hours: OpeningHours, from: string, count: number): DayHours[] {
  return Array.from({ length: count }, (_, index) => hoursOn(hours, addDays(from, index)));
}

/** Public holidays and exception days within `count` days from `from`: the days a reader should know about in advance. */
export function specialDays(hours: OpeningHours, from: string, count: number): DayHours[] {
  return daysFrom(hours, from, count).filter((day) => day.reason !== "regular" || day.holiday !== undefined);
}

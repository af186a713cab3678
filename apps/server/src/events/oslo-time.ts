/**
 * Events happen in Norway: staff enter wall-clock times in Europe/Oslo and readers see them so,
 * whatever the server's own time zone. The database keeps instants (timestamptz).
 */
export interface WallTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, 24-hour */
  time: string;
}

export const osloTimeZone = "Europe/Oslo";

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: osloTimeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function wallParts(instant: Date | number) {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

/** The date and time on a clock in Norway at this instant. */
export function toOslo(instant: Date): WallTime {
  const p = wallParts(instant);
  const pad = (n: number) => String(n).padStart(2, "0");
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** Minutes Norway is ahead of UTC at this instant: 60 in winter, 120 in summer. */
export function osloOffsetMinutes(instant: number): number {
  const p = wallParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** A clock reading in Norway as a "floating" Date whose UTC fields are that reading (how rrule counts). */
export function floating(wall: WallTime): Date {
  const [y = 0, m = 1, d = 1] = wall.date.split("-").map(Number);
  const [h = 0, min = 0] = wall.time.split(":").map(Number);
  return new Date(Date.UTC(y, m - 1, d, h, min));
}

export function fromFloating(value: Date): WallTime {
  const iso = value.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * The instant a clock in Norway shows this date and time. In the spring gap (02:00–03:00 does
 * not exist) the time moves forward an hour; in the autumn overlap the first of the two is taken.
 */
export function fromOslo(wall: WallTime): Date {
  const wallMs = floating(wall).getTime();
  const hour = 3_600_000;
  const before = osloOffsetMinutes(wallMs - 3 * hour);
  const after = osloOffsetMinutes(wallMs + 3 * hour);
  for (const offset of new Set([before, after])) {
    const candidate = wallMs - offset * 60_000;
    const shown = toOslo(new Date(candidate));
    if (shown.date === wall.date && shown.time === wall.time) return new Date(candidate);
  }
  return new Date(wallMs - before * 60_000);
}

/** `YYYY-MM-DD` plus a number of days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` naming a day that exists (not 2026-02-30). */
export function isCalendarDate(date: string): boolean {
  if (!datePattern.test(date)) return false;
  const day = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === date;
}

export const datePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A real calendar date (not 2025-02-30). */
export function isDate(value: string): boolean {
  return datePattern.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

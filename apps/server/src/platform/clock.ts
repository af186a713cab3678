/**
 * Where "now" comes from: one clock per process, injected through the services. Tests and the
 * fixed-date CI runs set `VELKOMST_CLOCK_START` (an ISO instant); the process then starts at that
 * instant and its clock moves with real time, so the app, its CLI and its child processes live on
 * that date.
 */
export interface Clock {
  now(): Date;
  /** Today's date in Norway, `YYYY-MM-DD`, as the rules count it. */
  today(): string;
}

const osloDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" });

/** The date in Norway at an instant, `YYYY-MM-DD` (en-CA formats dates that way). */
export function norwegianDate(instant: Date): string {
  return osloDate.format(instant);
}

function clockFrom(now: () => Date): Clock {
  return { now, today: () => norwegianDate(now()) };
}

/** A clock that reads `start` when this process started and runs at the real pace, so every clock made from one setting agrees. */
export function clockStartingAt(start: Date): Clock {
  const offset = start.getTime() - performance.timeOrigin;
  return clockFrom(() => new Date(Date.now() + offset));
}

/** A clock that stands still at one instant (tests of "open now", deadlines and expiry). */
export function fixedClock(instant: Date): Clock {
  return clockFrom(() => new Date(instant.getTime()));
}

export const systemClock: Clock = clockFrom(() => new Date());

/** The clock for the setting `VELKOMST_CLOCK_START`: the system clock when unset, undefined when it is not an ISO instant. */
export function clockStartingAtSetting(start: string | undefined): Clock | undefined {
  if (!start?.trim()) return systemClock;
  const instant = new Date(start.trim());
  return /^\d{4}-\d{2}-\d{2}T/.test(start.trim()) && !Number.isNaN(instant.getTime()) ? clockStartingAt(instant) : undefined;
}

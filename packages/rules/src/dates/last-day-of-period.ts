import { addDays, addMonths } from "./iso-date.ts";

/**
 * The last day of a period of `months` that starts on `start`: the day before the same date `months`
 * later, or the month's last day when that month has no such date (31 August + 6 months ends on 28 February).
 */
export function lastDayOfPeriod(start: string, months: number): string {
  const sameDate = addMonths(start, months);
  return sameDate.slice(8) < start.slice(8) ? sameDate : addDays(sameDate, -1);
}

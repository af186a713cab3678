import type { MessageValue } from "../determinations/determination.ts";
import type { Profile } from "../profile/profile-schema.ts";
import { addDays, addMonths } from "./iso-date.ts";

/** A time after arrival that a deadline is counted from the law: "innen 8 dager", "innen tre måneder". */
export type ArrivalSpan = { days: number } | { months: number };

export interface ArrivalDeadline {
  /** Counted from `arrivalDate`; when only the month of arrival is known, the earliest the deadline can be. */
  dueBy: string;
  /** The value a text's `{deadline}` shows: the date, or the span when the date would be a guess. */
  value: MessageValue;
  /** Set when only the month of arrival is known: say "8 days after arrival", never a date counted from the 1st. */
  dueAfterArrival?: ArrivalSpan;
}

/** A deadline that runs from the day of arrival. */
export function arrivalDeadline(profile: Profile, span: ArrivalSpan): ArrivalDeadline {
  const dueBy = "days" in span ? addDays(profile.arrivalDate, span.days) : addMonths(profile.arrivalDate, span.months);
  if (profile.arrivalDayUnknown) return { dueBy, value: { afterArrival: span }, dueAfterArrival: span };
  return { dueBy, value: { date: dueBy } };
}

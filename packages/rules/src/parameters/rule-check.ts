import { addYears } from "../dates/iso-date.ts";
import type { LegalReference } from "./parameter-file-schema.ts";
import { pastUnconfirmedEnd, type Parameter, type ParameterPeriod } from "./parameter.ts";

/** A value nobody has checked against the law for this long may be out of date: it is marked as being checked. */
export const reviewHorizonYears = 2;

/**
 * Why a value applied on a date is being checked: `endUnconfirmed` = it is kept in force past an
 * end the law has not confirmed; `reviewOverdue` = its last review is older than the review horizon.
 */
export type RuleCheckReason = "endUnconfirmed" | "reviewOverdue";

/** A parameter value in use on a date that someone must verify against the law, with the source to verify. */
export interface RuleCheck {
  /** `<area>/<name>` */
  parameter: string;
  path: string;
  description: string;
  reason: RuleCheckReason;
  /** The unconfirmed end, or the day the review horizon passed. */
  since: string;
  lastReviewed: string;
  /** The provision to verify (the value's first reference). */
  source: LegalReference;
}

/** The check `period` of `parameter` needs on `date`, or `undefined` when it is confirmed and recently reviewed. */
export function ruleCheckOf(parameter: Parameter, period: ParameterPeriod, date: string): RuleCheck | undefined {
  const common = { parameter: parameter.name, path: parameter.path, description: parameter.description, lastReviewed: period.lastReviewed, source: period.reference[0]! };
  if (pastUnconfirmedEnd(period, date)) return { ...common, reason: "endUnconfirmed", since: period.to! };
  const horizon = addYears(period.lastReviewed, reviewHorizonYears);
  return horizon <= date ? { ...common, reason: "reviewOverdue", since: horizon } : undefined;
}

import { addYears } from "../dates/iso-date.ts";
import type { LegalReference } from "./parameter-file-schema.ts";
import type { Parameter, ParameterPeriod } from "./parameter.ts";

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

/**
 * The checks one value can need, made once when the rules load (plans share them): which applies
 * depends only on the date, compared with the value's unconfirmed end and its review horizon.
 */
export class PeriodChecks {
  private readonly endUnconfirmed: RuleCheck | undefined;
  private readonly reviewOverdue: RuleCheck;

  constructor(parameter: Parameter, period: ParameterPeriod) {
    const common = { parameter: parameter.name, path: parameter.path, description: parameter.description, lastReviewed: period.lastReviewed, source: period.reference[0]! };
    this.reviewOverdue = Object.freeze({ ...common, reason: "reviewOverdue", since: addYears(period.lastReviewed, reviewHorizonYears) });
    this.endUnconfirmed = period.to !== undefined && period.endConfirmed === false ? Object.freeze({ ...common, reason: "endUnconfirmed", since: period.to }) : undefined;
  }

  /** The check the value needs on `date`, or `undefined` when it is confirmed and recently reviewed. */
  on(date: string): RuleCheck | undefined {
    if (this.endUnconfirmed && this.endUnconfirmed.since <= date) return this.endUnconfirmed;
    return this.reviewOverdue.since <= date ? this.reviewOverdue : undefined;
  }
}

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
export interface RuleCheck<Reason extends string = RuleCheckReason> {
  /** `<area>/<name>` */
  parameter: string;
  path: string;
  description: string;
  reason: Reason;
  /** The unconfirmed end, the day the review horizon passed, or (`unverified`) the day the value started to apply. */
  since: string;
  lastReviewed: string;
  /** The provision to verify (the value's first reference). */
  source: LegalReference;
}

/**
 * A value in use whose source could not be read in the law's own text (`unverified` in its parameter
 * file): answers resting on it say so, from the day the value applies. Kept apart from the dated checks,
 * which `velkomst rules-status` lists, because it does not depend on the date.
 */
export type UnverifiedCheck = RuleCheck<"unverified">;

/**
 * The checks one value can need, made once when the rules load (plans share them): which applies
 * depends only on the date, compared with the value's unconfirmed end and its review horizon.
 */
export class PeriodChecks {
  private readonly endUnconfirmed: RuleCheck | undefined;
  private readonly reviewOverdue: RuleCheck;
  /** Set when the value's source is not yet confirmed by the law's own text. */
  readonly unverified: UnverifiedCheck | undefined;

  constructor(parameter: Parameter, period: ParameterPeriod) {
    const common = { parameter: parameter.name, path: parameter.path, description: parameter.description, lastReviewed: period.lastReviewed, source: period.reference[0]! };
    this.reviewOverdue = Object.freeze({ ...common, reason: "reviewOverdue", since: addYears(period.lastReviewed, reviewHorizonYears) });
    this.unverified = period.unverified === undefined ? undefined : Object.freeze({ ...common, reason: "unverified", since: period.from });
    this.endUnconfirmed = period.to !== undefined && period.endConfirmed === false ? Object.freeze({ ...common, reason: "endUnconfirmed", since: period.to }) : undefined;
  }

  /** The check the value needs on `date`, or `undefined` when it is confirmed and recently reviewed. */
  on(date: string): RuleCheck | undefined {
    if (this.endUnconfirmed && this.endUnconfirmed.since <= date) return this.endUnconfirmed;
    return this.reviewOverdue.since <= date ? this.reviewOverdue : undefined;
  }
}

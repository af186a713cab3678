import { legalReferencesOf, type LegalReferenceLink } from "../plan/legal-references.ts";
import type { UnverifiedCheck } from "../parameters/rule-check.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";

export type FullTimeStatus = "fullTime" | "short" | "partTimeAllowed";

export interface FullTimeCheck {
  plannedHours: number;
  normHours: number;
  /** Hours a week missing to the norm; 0 at or above it. */
  shortBy: number;
  status: FullTimeStatus;
  legalBasis: readonly string[];
  legalReferences: readonly LegalReferenceLink[];
  /** The norm's source is not yet confirmed by the law's own text when this is not empty: say so next to the norm. */
  ruleChecks: readonly UnverifiedCheck[];
}

/** Hours rounded to a quarter, so sums of decimals (7.5 + 0.1 …) compare as the adviser typed them. */
const quarterHours = (hours: number) => Math.round(hours * 4) / 4;

/**
 * The plan's hours a week against the full-time norm (§ 14 a: "skal være på fulltid"): 37.5 hours, or
 * 30 when the elements demand much own activity (`ownActivity`). `required` comes from
 * `evaluateProgramme`'s `fullTime`: false under ch. 6A, where "programmet kan være på deltid".
 */
export function checkFullTime(hoursPerWeek: readonly number[], asOf: string, required: boolean, options: { ownActivity?: boolean } = {}): FullTimeCheck {
  const norm = ruleParameters.number(options.ownActivity ? "integration/programme-full-time-hours-per-week-own-activity" : "integration/programme-full-time-hours-per-week", asOf);
  const plannedHours = quarterHours(hoursPerWeek.reduce((sum, hours) => sum + hours, 0));
  const shortBy = Math.max(0, quarterHours(norm.value - plannedHours));
  const status: FullTimeStatus = shortBy === 0 ? "fullTime" : required ? "short" : "partTimeAllowed";
  return { plannedHours, normHours: norm.value, shortBy, status, legalBasis: norm.legalBasis, legalReferences: legalReferencesOf(norm.legalBasis), ruleChecks: ruleParameters.unverifiedFor(norm.legalBasis) };
}

import { addDays, daysInMonth, laterOf } from "../dates/iso-date.ts";
import { joinLegalBasis } from "../determinations/determination.ts";
import { legalReferencesOf, type LegalReferenceLink } from "../plan/legal-references.ts";
import type { UnverifiedCheck } from "../parameters/rule-check.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";

/** Days the benefit runs: in the programme, not on leave, not stopped; `to` inclusive. */
export interface BenefitPeriod {
  from: string;
  to: string;
}

export interface BenefitMonthInput {
  /** YYYY-MM */
  month: string;
  /** From `evaluateProgramme`'s `introductionBenefit` for a date in the month (its G). */
  perYear: number;
  perMonth: number;
  periods: readonly BenefitPeriod[];
  /** Hours of absence that are neither illness nor another compelling welfare reason, and not permitted. */
  invalidAbsenceHours: number;
  /** Hours of absence with a valid reason: shown, not deducted. */
  validAbsenceHours: number;
}

/** A line's fraction (1/30 a day, 1/1 850 an hour) is not yet confirmed by the law's own text when `ruleChecks` is not empty. */
export type BenefitLine =
  | { kind: "wholeMonth"; amount: number; perMonth: number }
  | { kind: "partMonth"; amount: number; perMonth: number; days: number; daysAMonth: number; ruleChecks: readonly UnverifiedCheck[] }
  | { kind: "invalidAbsence"; amount: number; hours: number; perYear: number; hoursAYear: number; ruleChecks: readonly UnverifiedCheck[] }
  | { kind: "validAbsence"; amount: 0; hours: number };

export interface BenefitMonth {
  month: string;
  lines: BenefitLine[];
  /** The sum of the lines' amounts, in whole kroner, never below 0. */
  total: number;
  legalBasis: readonly string[];
  legalReferences: readonly LegalReferenceLink[];
}

function monthBounds(month: string): { first: string; last: string; days: number } {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const days = daysInMonth(year, monthNumber);
  return { first: `${month}-01`, last: `${month}-${String(days).padStart(2, "0")}`, days };
}

/** Days of the month covered by the periods (overlaps counted once). */
function daysInPeriods(month: string, periods: readonly BenefitPeriod[]): number {
  const { first, last } = monthBounds(month);
  const covered = new Set<string>();
  for (const period of periods) {
    const to = period.to < last ? period.to : last;
    for (let day = laterOf(period.from, first); day <= to; day = addDays(day, 1)) covered.add(day);
  }
  return covered.size;
}

/**
 * Rules `integreringsloven.introduksjonsstonad.maned` (§ 20: a month is 1/12 of the year, a day 1/30
 * of the month, an hour 1/1 850 of the year) and `…fravaer` (§ 21: invalid absence reduces the benefit
 * by as many hours). One line per step, each in whole kroner, so the adviser can check the sum.
 */
export function introductionBenefitMonth(input: BenefitMonthInput): BenefitMonth {
  const { first, days: monthDays } = monthBounds(input.month);
  const hoursAYear = ruleParameters.number("integration/introduction-benefit-hours-a-year", first);
  const daysAMonth = ruleParameters.number("integration/introduction-benefit-days-a-month", first);
  const days = daysInPeriods(input.month, input.periods);
  const lines: BenefitLine[] = [];
  // A whole month is 1/12 of the year whatever its length; part of one is 1/30 of it per day, at most the month.
  const base = days === monthDays ? input.perMonth : Math.min(input.perMonth, Math.round((input.perMonth * days) / daysAMonth.value));
  lines.push(days === monthDays ? { kind: "wholeMonth", amount: base, perMonth: input.perMonth } : { kind: "partMonth", amount: base, perMonth: input.perMonth, days, daysAMonth: daysAMonth.value, ruleChecks: ruleParameters.unverifiedFor(daysAMonth.legalBasis) });
  if (input.invalidAbsenceHours > 0) {
    const deduction = Math.min(base, Math.round((input.perYear * input.invalidAbsenceHours) / hoursAYear.value));
    lines.push({ kind: "invalidAbsence", amount: -deduction, hours: input.invalidAbsenceHours, perYear: input.perYear, hoursAYear: hoursAYear.value, ruleChecks: ruleParameters.unverifiedFor(hoursAYear.legalBasis) });
  }
  if (input.validAbsenceHours > 0) lines.push({ kind: "validAbsence", amount: 0, hours: input.validAbsenceHours });
  const legalBasis = joinLegalBasis(hoursAYear.legalBasis, daysAMonth.legalBasis);
  return { month: input.month, lines, total: lines.reduce((sum, line) => sum + line.amount, 0), legalBasis, legalReferences: legalReferencesOf(legalBasis) };
}

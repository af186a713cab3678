import { addDays, ageOn } from "../dates/iso-date.ts";
import { periodInForce } from "../parameters/parameter.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";

/**
 * The qualification categories of the National Register of Interpreters (Nasjonalt tolkeregister,
 * IMDi), 1 the highest, and `not-registered` for anyone not in the register.
 * Seed 000 §4.6: "En kvalifisert tolk er en tolk som står oppført i Nasjonalt tolkeregister."
 */
export const interpreterQualifications = ["category-1", "category-2", "category-3", "category-4", "category-5", "not-registered"] as const;
export type InterpreterQualification = (typeof interpreterQualifications)[number];

/** Tolkeloven: a qualified interpreter is one in the national register, in any category. */
export function isQualifiedInterpreter(qualification: InterpreterQualification): boolean {
  return qualification !== "not-registered";
}

export interface QualifiedInterpreterExemption {
  /** Whether a public body may still use an interpreter outside the register on this date, with a reason. */
  offered: boolean;
  /** The last day the exemption applies (inclusive), or null when it is not offered. */
  lastDay: string | null;
  /** When it is no longer offered: the last day it applied (so a page can say when it ended), else null. */
  endedOn: string | null;
  legalBasis: readonly string[];
}

const exemptionName = "interpreting/qualified-interpreter-exemption";

/**
 * Tolkeloven, transitional rule: "Loven gir dispensasjon fra kravet om å bruke kvalifisert tolk fram til
 * 31. desember 2026" (seed 001 ch. 17.1.2). After its last day the exemption is no longer offered.
 */
export function qualifiedInterpreterExemption(date: string): QualifiedInterpreterExemption {
  const parameter = ruleParameters.all.get(exemptionName)!;
  const period = periodInForce(parameter, date);
  if (!period || period.value !== true) {
    const ended = parameter.periods.findLast((p) => p.value === true && p.to !== undefined && p.to <= date);
    return { offered: false, lastDay: null, endedOn: ended ? addDays(ended.to!, -1) : null, legalBasis: ended ? ended.reference.map((r) => r.title) : [] };
  }
  return { offered: true, lastDay: period.to ? addDays(period.to, -1) : null, endedOn: null, legalBasis: period.reference.map((r) => r.title) };
}

/** Tolkeloven § 4: "Barn skal ikke brukes som tolk" — the age an interpreter must have reached on the day of the assignment. */
export function interpreterMinimumAge(date: string): number {
  return ruleParameters.number("interpreting/interpreter-min-age", date).value;
}

/** Whether someone born on `birthDate` may interpret on `date` (tolkeloven § 4). */
export function mayInterpret(birthDate: string, date: string): boolean {
  return ageOn(birthDate, date) >= interpreterMinimumAge(date);
}

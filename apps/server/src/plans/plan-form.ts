import { educationLevels, residenceBases, validateProfile, type EducationLevel, type Profile, type ResidenceBasis } from "@velkomst/rules";
import type { Language } from "@velkomst/i18n";

/**
 * The questionnaire's answers as they travel in the address: coarse on purpose (birth YEAR, arrival
 * MONTH, a band for the stay), so a shared or bookmarked link never carries a full birth date.
 * Field names are Norwegian, like the site's paths.
 */
export const planFields = {
  basis: "grunnlag",
  birthYear: "fodselsar",
  arrival: "ankomst",
  stay: "opphold",
  citizenship: "statsborgerskap",
  municipality: "nummer",
  education: "utdanning",
} as const;

export const maxChildren = 8;
export const childField = (index: number) => `barn${index + 1}`;

export const stayBands = ["under-3", "3-6", "6-12", "long"] as const;
export type StayBand = (typeof stayBands)[number];
const stayMonths: Record<StayBand, number | undefined> = { "under-3": 2, "3-6": 4, "6-12": 9, long: undefined };

/** Citizenships offered first; the rest of the EU/EEA and Switzerland follow; "XX" (ISO's user-assigned "unknown") is any other country. */
export const commonCitizenships = ["PL", "LT", "UA", "SY", "ER", "AF", "SE", "DK", "IN", "PH", "DE"] as const;
export const otherEeaCitizenships = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "EE", "FI", "FR", "GR", "HU", "IS", "IE", "IT", "LV", "LI", "LU", "MT", "NL", "PT", "RO", "SK", "SI", "ES", "CH",
] as const;
export const otherCitizenship = "XX";
const knownCitizenships = new Set<string>([...commonCitizenships, ...otherEeaCitizenships, otherCitizenship]);

/** A problem with one answer: a message code of the plan catalog's `errors` group and its values. */
export interface AnswerError {
  code: "required" | "year" | "month" | "futureYear" | "arrivalBeforeBirth" | "childBeforeParent" | "citizenshipNotForBasis" | "invalid";
  values?: Record<string, string | number>;
}

export type ParsedAnswers = { ok: true; profile: Profile } | { ok: false; errors: Record<string, AnswerError> };

const earliestYear = 1900;

/** The middle of the year stands in for the birthday; never a day after `today`. */
function birthDateOf(year: number, today: string): string {
  const midYear = `${year}-07-01`;
  return midYear <= today ? midYear : `${year}-01-01`;
}

function parseYear(value: string | undefined, today: string): number | AnswerError {
  const year = Number(value?.trim());
  const thisYear = Number(today.slice(0, 4));
  if (!/^\d{4}$/.test(value?.trim() ?? "")) return { code: "year", values: { min: earliestYear, max: thisYear } };
  if (year > thisYear) return { code: "futureYear", values: { max: thisYear } };
  if (year < earliestYear) return { code: "year", values: { min: earliestYear, max: thisYear } };
  return year;
}

/** Every answer's field name, in the questionnaire's order. */
export const answerFields: readonly string[] = [...Object.values(planFields), ...Array.from({ length: maxChildren }, (_, index) => childField(index))];

/**
 * The step-by-step questionnaire: one group of questions per screen, in this order. Every field of
 * `answerFields` belongs to exactly one step.
 */
export const planSteps = [
  { id: "basis", fields: [planFields.basis] },
  { id: "birthYear", fields: [planFields.birthYear] },
  { id: "citizenship", fields: [planFields.citizenship] },
  { id: "arrival", fields: [planFields.arrival, planFields.stay] },
  { id: "municipality", fields: [planFields.municipality] },
  { id: "education", fields: [planFields.education] },
  { id: "children", fields: Array.from({ length: maxChildren }, (_, index) => childField(index)) },
] as const satisfies ReadonlyArray<{ id: string; fields: readonly string[] }>;
export type PlanStepId = (typeof planSteps)[number]["id"];

const valueOf = (answers: Record<string, string>, name: string) => answers[name]?.trim() || undefined;

/** The birth year when it is a valid answer: the arrival and the children are checked against it. */
function validBirthYear(answers: Record<string, string>, today: string): number | undefined {
  const year = parseYear(valueOf(answers, planFields.birthYear), today);
  return typeof year === "number" ? year : undefined;
}

const childIndexOf = new Map(Array.from({ length: maxChildren }, (_, index) => [childField(index), index]));

/**
 * What is wrong with one answer, or `undefined` when nothing is. The only rules of the questionnaire:
 * the one-page form and each screen of the step-by-step form both check through here.
 */
export function checkAnswer(name: string, answers: Record<string, string>, today: string): AnswerError | undefined {
  const value = valueOf(answers, name);
  switch (name) {
    case planFields.basis:
      if (!value) return { code: "required" };
      return (residenceBases as readonly string[]).includes(value) ? undefined : { code: "invalid" };
    case planFields.birthYear: {
      if (!value) return { code: "required" };
      const year = parseYear(value, today);
      return typeof year === "number" ? undefined : year;
    }
    case planFields.arrival: {
      if (!value) return { code: "required" };
      const match = value.match(/^(\d{4})-(0[1-9]|1[0-2])$/);
      if (!match) return { code: "month" };
      const birthYear = validBirthYear(answers, today);
      return birthYear !== undefined && Number(match[1]) < birthYear ? { code: "arrivalBeforeBirth" } : undefined;
    }
    case planFields.stay:
      return (stayBands as readonly string[]).includes(value ?? "long") ? undefined : { code: "invalid" };
    case planFields.citizenship:
      if (!value) return { code: "required" };
      return knownCitizenships.has(value) ? undefined : { code: "invalid" };
    case planFields.municipality:
      if (!value) return { code: "required" };
      return /^\d{4}$/.test(value) ? undefined : { code: "invalid" };
    case planFields.education:
      return !value || (educationLevels as readonly string[]).includes(value) ? undefined : { code: "invalid" };
    default: {
      if (!childIndexOf.has(name) || !value) return undefined;
      const year = parseYear(value, today);
      if (typeof year !== "number") return year;
      const birthYear = validBirthYear(answers, today);
      return birthYear !== undefined && year < birthYear ? { code: "childBeforeParent" } : undefined;
    }
  }
}

/** The problems with the named answers, by field name (empty when all are fine). */
export function checkAnswers(names: readonly string[], answers: Record<string, string>, today: string): Record<string, AnswerError> {
  const errors: Record<string, AnswerError> = {};
  for (const name of names) {
    const error = checkAnswer(name, answers, today);
    if (error) errors[name] = error;
  }
  return errors;
}

/** Turns the questionnaire's answers into a profile for the rules, or says what is wrong with which field. */
export function parseAnswers(answers: Record<string, string>, language: Language, today: string): ParsedAnswers {
  const errors = checkAnswers(answerFields, answers, today);
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const value = (name: string) => valueOf(answers, name);
  const birthYear = validBirthYear(answers, today)!;
  const children: NonNullable<Profile["children"]> = [];
  const childSources: number[] = [];
  for (let index = 0; index < maxChildren; index++) {
    const raw = value(childField(index));
    if (!raw) continue;
    children.push({ birthDate: birthDateOf(Number(raw), today) });
    childSources.push(index);
  }
  const education = value(planFields.education);
  const plannedStayMonths = stayMonths[(value(planFields.stay) ?? "long") as StayBand];
  const profile: Profile = {
    asOf: today,
    // Only the month is asked: deadlines counted from arrival are then worded as a time after it.
    arrivalDate: `${value(planFields.arrival)}-01`,
    arrivalDayUnknown: true,
    birthDate: birthDateOf(birthYear, today),
    citizenship: value(planFields.citizenship)!,
    residenceBasis: value(planFields.basis) as ResidenceBasis,
    ...(plannedStayMonths === undefined ? {} : { plannedStayMonths }),
    municipality: value(planFields.municipality)!,
    ...(education ? { education: education as EducationLevel } : {}),
    ...(children.length > 0 ? { children } : {}),
    language,
  };
  // The rules check dates against each other too; anything they refuse belongs to the field it names.
  const checked = validateProfile(profile, { today });
  if (checked.ok) return { ok: true, profile: checked.value };
  const fieldOf = (path: string): string => {
    const child = path.match(/^children\[(\d+)\]/);
    if (child) return childField(childSources[Number(child[1])] ?? 0);
    return path === "birthDate" ? planFields.birthYear : path === "arrivalDate" ? planFields.arrival : path === "citizenship" ? planFields.citizenship : "form";
  };
  const codeOf = (path: string, code: string): AnswerError["code"] =>
    code === "beforeBirth" ? "arrivalBeforeBirth" : path === "citizenship" ? "citizenshipNotForBasis" : "invalid";
  const ruleErrors: Record<string, AnswerError> = {};
  for (const error of checked.errors) ruleErrors[fieldOf(error.path)] ??= { code: codeOf(error.path, error.code) };
  return { ok: false, errors: ruleErrors };
}

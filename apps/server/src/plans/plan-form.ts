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

export const maxChildren = 4;
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
  code: "required" | "year" | "month" | "futureYear" | "arrivalBeforeBirth" | "childBeforeParent" | "invalid";
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

/** Turns the questionnaire's answers into a profile for the rules, or says what is wrong with which field. */
export function parseAnswers(answers: Record<string, string>, language: Language, today: string): ParsedAnswers {
  const errors: Record<string, AnswerError> = {};
  const value = (name: string) => answers[name]?.trim() || undefined;

  const basis = value(planFields.basis);
  if (!basis) errors[planFields.basis] = { code: "required" };
  else if (!(residenceBases as readonly string[]).includes(basis)) errors[planFields.basis] = { code: "invalid" };

  const birthYear = parseYear(value(planFields.birthYear), today);
  if (typeof birthYear !== "number") errors[planFields.birthYear] = value(planFields.birthYear) ? birthYear : { code: "required" };

  const arrival = value(planFields.arrival);
  const arrivalMatch = arrival?.match(/^(\d{4})-(0[1-9]|1[0-2])$/);
  if (!arrival) errors[planFields.arrival] = { code: "required" };
  else if (!arrivalMatch) errors[planFields.arrival] = { code: "month" };
  else if (typeof birthYear === "number" && Number(arrivalMatch[1]) < birthYear) errors[planFields.arrival] = { code: "arrivalBeforeBirth" };

  const stay = value(planFields.stay) ?? "long";
  if (!(stayBands as readonly string[]).includes(stay)) errors[planFields.stay] = { code: "invalid" };

  const citizenship = value(planFields.citizenship);
  if (!citizenship) errors[planFields.citizenship] = { code: "required" };
  else if (!knownCitizenships.has(citizenship)) errors[planFields.citizenship] = { code: "invalid" };

  const municipality = value(planFields.municipality);
  if (!municipality) errors[planFields.municipality] = { code: "required" };
  else if (!/^\d{4}$/.test(municipality)) errors[planFields.municipality] = { code: "invalid" };

  const education = value(planFields.education);
  if (education && !(educationLevels as readonly string[]).includes(education)) errors[planFields.education] = { code: "invalid" };

  const children: NonNullable<Profile["children"]> = [];
  const childSources: number[] = [];
  for (let index = 0; index < maxChildren; index++) {
    const raw = value(childField(index));
    if (!raw) continue;
    const year = parseYear(raw, today);
    if (typeof year !== "number") errors[childField(index)] = year;
    else if (typeof birthYear === "number" && year < birthYear) errors[childField(index)] = { code: "childBeforeParent" };
    else {
      children.push({ birthDate: birthDateOf(year, today) });
      childSources.push(index);
    }
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const plannedStayMonths = stayMonths[stay as StayBand];
  const profile: Profile = {
    asOf: today,
    arrivalDate: `${arrival}-01`,
    birthDate: birthDateOf(birthYear as number, today),
    citizenship: citizenship!,
    residenceBasis: basis as ResidenceBasis,
    ...(plannedStayMonths === undefined ? {} : { plannedStayMonths }),
    municipality: municipality!,
    ...(education ? { education: education as EducationLevel } : {}),
    ...(children.length > 0 ? { children } : {}),
    language,
  };
  // The rules check dates against each other too; anything they refuse belongs to the field it names.
  const checked = validateProfile(profile);
  if (checked.ok) return { ok: true, profile: checked.value };
  const fieldOf = (path: string): string => {
    const child = path.match(/^children\[(\d+)\]/);
    if (child) return childField(childSources[Number(child[1])] ?? 0);
    return path === "birthDate" ? planFields.birthYear : path === "arrivalDate" ? planFields.arrival : "form";
  };
  const ruleErrors: Record<string, AnswerError> = {};
  for (const error of checked.errors) ruleErrors[fieldOf(error.path)] ??= { code: error.code === "beforeBirth" ? "arrivalBeforeBirth" : "invalid" };
  return { ok: false, errors: ruleErrors };
}

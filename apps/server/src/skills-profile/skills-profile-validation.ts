import type { Kysely } from "kysely";
import type { FieldError } from "@velkomst/validation";
import type { DatabaseSchema } from "../database/schema.ts";
import { countryOptions } from "../recognition/country-options.ts";
import type { SkillsProfileInput } from "./skills-profile-schema.ts";

const countries = new Set(countryOptions("en").map((option) => option.value));
const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** Whether Intl knows the code as a language (so the CV can name it in every language). */
export function isKnownLanguage(code: string): boolean {
  if (!/^[a-z]{2,3}$/.test(code)) return false;
  const name = languageNames.of(code);
  return name !== undefined && name !== code;
}

/**
 * The checks the schema cannot make (422, named at the field): real countries and languages, years
 * not in the future and in order, municipalities that exist. Safe on a body the schema refused (the
 * form shows both kinds of problem at once); a value of the wrong type is the schema's to name.
 */
export async function profileErrors(db: Kysely<DatabaseSchema>, input: SkillsProfileInput, today: string): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const thisYear = Number(today.slice(0, 4));
  const notCountry = (path: string, code: string) => {
    if (!countries.has(code)) errors.push({ path, code: "country", message: `"${code}" is not a country code we know (ISO 3166-1 alpha-2)` });
  };
  const notFuture = (path: string, year: number | null | undefined) => {
    if (year != null && year > thisYear) errors.push({ path, code: "futureYear", params: { year: thisYear }, message: `must be ${thisYear} or earlier` });
  };
  input.education.forEach((education, index) => {
    notCountry(`education[${index}].country`, education.country);
    notFuture(`education[${index}].completedYear`, education.completedYear);
  });
  input.experience.forEach((job, index) => {
    notCountry(`experience[${index}].country`, job.country);
    notFuture(`experience[${index}].fromYear`, job.fromYear);
    notFuture(`experience[${index}].toYear`, job.toYear);
    if (job.toYear != null && job.toYear < job.fromYear) errors.push({ path: `experience[${index}].toYear`, code: "yearOrder", message: `must be ${job.fromYear} (the first year) or later` });
  });
  input.languages.forEach((language, index) => {
    if (!isKnownLanguage(language.code)) errors.push({ path: `languages[${index}].code`, code: "language", message: `"${language.code}" is not a language code we know (ISO 639)` });
  });
  const numbers = [...new Set([input.municipalityNumber, ...input.wishes.municipalities].filter((n): n is string => typeof n === "string"))];
  const known = numbers.length === 0 ? new Set<string>() : new Set((await db.selectFrom("municipalities").select("number").where("number", "in", numbers).execute()).map((row) => row.number));
  if (input.municipalityNumber && !known.has(input.municipalityNumber)) errors.push({ path: "municipalityNumber", code: "municipality", message: `no municipality has the number ${input.municipalityNumber}` });
  input.wishes.municipalities.forEach((number, index) => {
    if (!known.has(number)) errors.push({ path: `wishes.municipalities[${index}]`, code: "municipality", message: `no municipality has the number ${number}` });
  });
  return errors;
}

import { createValidator, type FieldError } from "@velkomst/validation";
import type { HouseholdDetails } from "./settlement-households.ts";
import type { HouseholdInput } from "./settlement-intake.ts";
import { householdBody, maximumMembers, maximumTies } from "./settlement-schemas.ts";
import type { SettlementTranslator } from "./settlement-texts.ts";
import { settlementNb } from "./messages/nb.ts";

/**
 * The household form without JavaScript: a plain HTML form cannot add rows, so it offers a fixed
 * number of member rows (`m1-name`, `m1-birthYear`, ...) and tie rows (`t1-municipality`, ...);
 * empty rows are left out. Field errors of the API's shape (`members[2].birthYear`) are mapped back
 * to the row the user typed them in.
 */
export const memberRowsShown = 8;
export const tieRowsShown = 3;

export const mappingFields = ["norwegianLevel", "englishLevel", "digitalSkills", "education", "workSector", "workYears", "otherSkills", "drivingLicence", "hasCar"] as const;
const memberFields = ["name", "birthYear", "relation", "languages", ...mappingFields] as const;

export type FormValues = Record<string, string>;

export interface ParsedHouseholdForm {
  /** The body as the API would receive it (not yet validated). */
  body: Record<string, unknown>;
  /** Which form row each member (and tie) of the body came from, 1-based. */
  memberRows: number[];
  tieRows: number[];
  /** Numbers that are not numbers, found before the schema sees them. */
  problems: FieldError[];
}

const validateBody = createValidator(householdBody);

/** How many rows to show: the fixed number, or more when the values (a household being corrected) need them. */
export function rowsOf(values: FormValues, prefix: "m" | "t"): number {
  let highest = 0;
  for (const key of Object.keys(values)) {
    const match = new RegExp(`^${prefix}(\\d+)-`).exec(key);
    if (match && values[key] !== "") highest = Math.max(highest, Number(match[1]));
  }
  return prefix === "m" ? Math.min(maximumMembers, Math.max(memberRowsShown, highest + 2)) : Math.min(maximumTies, Math.max(tieRowsShown, highest + 1));
}

/** The posted fields trimmed, limited to the names the form has (so values can be shown again safely). */
export function householdFormValues(form: Record<string, string>): FormValues {
  const values: FormValues = {};
  for (const name of ["reference", "protection", "readyOn"]) values[name] = (form[name] ?? "").trim();
  for (const name of ["needsHealthServices", "needsWheelchairHome"]) values[name] = form[name] === "on" ? "on" : "";
  for (let row = 1; row <= maximumMembers; row++) for (const field of memberFields) values[`m${row}-${field}`] = (form[`m${row}-${field}`] ?? "").trim();
  for (let row = 1; row <= maximumTies; row++) for (const field of ["municipality", "kind"]) values[`t${row}-${field}`] = (form[`t${row}-${field}`] ?? "").trim();
  return values;
}

const whole = (raw: string) => (/^\d{1,4}$/.test(raw) ? Number(raw) : undefined);

export function parseHouseholdForm(values: FormValues): ParsedHouseholdForm {
  const problems: FieldError[] = [];
  if (!values.readyOn) problems.push({ path: "readyOn", code: "required", message: "required" });
  const members: Array<Record<string, unknown>> = [];
  const memberRows: number[] = [];
  for (let row = 1; row <= maximumMembers; row++) {
    const value = (field: string) => values[`m${row}-${field}`] ?? "";
    // The relation has a default, so a row with nothing else in it is empty.
    if (memberFields.every((field) => field === "relation" || value(field) === "")) continue;
    const index = members.length;
    const member: Record<string, unknown> = { name: value("name"), relation: value("relation") };
    const birthYear = whole(value("birthYear"));
    if (birthYear !== undefined) member.birthYear = birthYear;
    else if (value("birthYear") !== "") problems.push({ path: `members[${index}].birthYear`, code: "integer", message: "expected a year" });
    const languages = value("languages")
      .split(/[,;]/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (languages.length > 0) member.languages = languages;
    if (mappingFields.some((field) => value(field) !== "")) {
      const mapping: Record<string, unknown> = {};
      for (const field of ["norwegianLevel", "englishLevel", "digitalSkills", "education", "workSector"] as const) if (value(field) !== "") mapping[field] = value(field);
      const years = whole(value("workYears"));
      if (years !== undefined) mapping.workYears = years;
      else if (value("workYears") !== "") problems.push({ path: `members[${index}].mapping.workYears`, code: "integer", message: "expected a whole number" });
      if (value("otherSkills") !== "") mapping.otherSkills = value("otherSkills");
      for (const field of ["drivingLicence", "hasCar"] as const) if (value(field) !== "") mapping[field] = value(field) === "yes";
      member.mapping = mapping;
    }
    members.push(member);
    memberRows.push(row);
  }
  const ties: Array<Record<string, unknown>> = [];
  const tieRows: number[] = [];
  for (let row = 1; row <= maximumTies; row++) {
    const municipality = values[`t${row}-municipality`] ?? "";
    if (municipality === "") continue;
    ties.push({ municipality, kind: values[`t${row}-kind`] || "family" });
    tieRows.push(row);
  }
  const body: Record<string, unknown> = {
    reference: values.reference ?? "",
    protection: values.protection ?? "",
    readyOn: values.readyOn ?? "",
    needsHealthServices: values.needsHealthServices === "on",
    needsWheelchairHome: values.needsWheelchairHome === "on",
    members,
    ties,
  };
  return { body, memberRows, tieRows, problems };
}

/** Checks the parsed form against the API's schema; the problems found by parsing come first. */
export function validateHouseholdForm(parsed: ParsedHouseholdForm): { ok: true; input: HouseholdInput } | { ok: false; errors: FieldError[] } {
  const result = validateBody(parsed.body);
  if (parsed.problems.length === 0 && result.ok) return { ok: true, input: result.value };
  return { ok: false, errors: [...parsed.problems, ...(result.ok ? [] : result.errors)] };
}

/** `members[2].mapping.education` → the form field of that member's row, e.g. `m3-education`. */
export function formFieldOf(path: string, memberRows: readonly number[], tieRows: readonly number[]): string {
  const member = /^members\[(\d+)\](?:\.mapping)?(?:\.(\w+))?/.exec(path);
  if (member) {
    const row = memberRows[Number(member[1])] ?? 1;
    const field = member[2] ?? (path.includes(".mapping") || path.endsWith("mapping") ? "mapping" : "name");
    return `m${row}-${field}`;
  }
  const tie = /^ties\[(\d+)\]/.exec(path);
  if (tie) return `t${tieRows[Number(tie[1])] ?? 1}-municipality`;
  return path.split(/[.[]/)[0] || "form";
}

const known = new Set(Object.keys(settlementNb.errors));
const codeAliases: Record<string, string> = { "type.integer": "integer", "type.number": "integer", "type.string": "required", "format.date": "formatDate", exclusiveMinimum: "minimum", exclusiveMaximum: "maximum", unknownField: "invalid" };

/** The form's field errors in the reader's language, by form field (first problem per field). */
export function householdFormErrors(errors: readonly FieldError[], st: SettlementTranslator, memberRows: readonly number[], tieRows: readonly number[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const field = formFieldOf(error.path, memberRows, tieRows);
    if (fields[field]) continue;
    const code = codeAliases[error.code] ?? error.code;
    const key = (known.has(code) ? code : "invalid") as keyof typeof settlementNb.errors;
    const params = Object.fromEntries(Object.entries(error.params ?? {}).map(([name, value]) => [name, String(value)]));
    fields[field] = st(`errors.${key}`, { limit: "", from: "", to: "", ...params });
  }
  return fields;
}

/** A registered household as the form's values, for correcting it. */
export function formValuesOf(household: HouseholdDetails): FormValues {
  const values: FormValues = {
    reference: household.reference,
    protection: household.protection,
    readyOn: household.readyOn,
    needsHealthServices: household.needsHealthServices ? "on" : "",
    needsWheelchairHome: household.needsWheelchairHome ? "on" : "",
  };
  const yesNo = (value: boolean | null) => (value === null ? "" : value ? "yes" : "no");
  household.members.forEach((m, index) => {
    const row = `m${index + 1}-`;
    Object.assign(values, {
      [`${row}name`]: m.name,
      [`${row}birthYear`]: String(m.birthYear),
      [`${row}relation`]: m.relation,
      [`${row}languages`]: m.languages.join(", "),
      [`${row}norwegianLevel`]: m.mapping ? (m.norwegianLevel ?? "") : "",
      [`${row}englishLevel`]: m.mapping ? (m.englishLevel ?? "") : "",
      [`${row}digitalSkills`]: m.mapping ? (m.digitalSkills ?? "") : "",
      [`${row}education`]: m.mapping ? (m.education ?? "") : "",
      [`${row}workSector`]: m.mapping ? (m.workSector ?? "") : "",
      [`${row}workYears`]: m.mapping && m.workYears !== null ? String(m.workYears) : "",
      [`${row}otherSkills`]: m.mapping ? (m.otherSkills ?? "") : "",
      [`${row}drivingLicence`]: m.mapping === "simplified" ? yesNo(m.drivingLicence) : "",
      [`${row}hasCar`]: m.mapping === "simplified" ? yesNo(m.hasCar) : "",
    });
  });
  household.ties.forEach((t, index) => {
    values[`t${index + 1}-municipality`] = t.municipality;
    values[`t${index + 1}-kind`] = t.kind;
  });
  return values;
}

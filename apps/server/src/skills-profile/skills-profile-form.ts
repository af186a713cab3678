import type { FieldError } from "@velkomst/validation";
import { isLanguage, type Language } from "@velkomst/i18n";
import { normalizeNumberInput, parseDateInput } from "@velkomst/validation";
import { clearBest, findOccupations, type OccupationMatch } from "../recognition/occupation-search.ts";
import type { SkillsProfile } from "./skills-profile.ts";
import type { SkillsProfileInput } from "./skills-profile-schema.ts";

/**
 * The profile form without JavaScript: each list is a few numbered rows (`education-0-level`), the
 * saved ones plus one blank to add another; a blank row is left out. A draft keeps what was typed,
 * as text, so a refused form comes back as it was sent.
 */
export const rowFields = {
  education: ["level", "field", "country", "completedYear", "recognition"],
  experience: ["title", "occupationCode", "employer", "country", "fromYear", "toYear"],
  languages: ["code", "level"],
  certificates: ["name", "issuer", "validUntil"],
} as const;
export type RowList = keyof typeof rowFields;
export type DraftRow<L extends RowList> = Record<(typeof rowFields)[L][number], string>;

export const norwegianSkills = ["listening", "reading", "writing", "speaking"] as const;
/** Rows a list may have (the API's limits are higher; a form grows one row per save). */
export const maxRows: Record<RowList, number> = { education: 10, experience: 15, languages: 10, certificates: 10 };
export const wishRows = 3;

export interface ProfileDraft {
  fullName: string;
  email: string;
  phone: string;
  language: string;
  municipalityNumber: string;
  education: DraftRow<"education">[];
  experience: DraftRow<"experience">[];
  languages: DraftRow<"languages">[];
  norwegian: Record<(typeof norwegianSkills)[number], string>;
  drivingLicences: string[];
  certificates: DraftRow<"certificates">[];
  digitalSkills: string;
  otherSkills: string;
  wishedOccupations: string[];
  wishedMunicipalities: string[];
  hoursPerWeek: string;
}

const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));

export function emptyDraft(language: Language): ProfileDraft {
  return {
    fullName: "",
    email: "",
    phone: "",
    language,
    municipalityNumber: "",
    education: [],
    experience: [],
    languages: [],
    norwegian: { listening: "", reading: "", writing: "", speaking: "" },
    drivingLicences: [],
    certificates: [],
    digitalSkills: "",
    otherSkills: "",
    wishedOccupations: [],
    wishedMunicipalities: [],
    hoursPerWeek: "",
  };
}

function rowsOf<L extends RowList>(list: L, rows: ReadonlyArray<object>): DraftRow<L>[] {
  return rows.map((row) => Object.fromEntries(rowFields[list].map((field) => [field, text((row as Record<string, unknown>)[field])])) as DraftRow<L>);
}

export function draftOf(profile: Pick<SkillsProfile, keyof SkillsProfileInput>): ProfileDraft {
  return {
    fullName: profile.fullName,
    email: text(profile.email),
    phone: text(profile.phone),
    language: profile.language,
    municipalityNumber: text(profile.municipalityNumber),
    education: rowsOf("education", profile.education),
    experience: rowsOf("experience", profile.experience),
    languages: rowsOf("languages", profile.languages),
    norwegian: { listening: text(profile.norwegian?.listening), reading: text(profile.norwegian?.reading), writing: text(profile.norwegian?.writing), speaking: text(profile.norwegian?.speaking) },
    drivingLicences: [...profile.drivingLicences],
    certificates: rowsOf("certificates", profile.certificates),
    digitalSkills: text(profile.digitalSkills),
    otherSkills: text(profile.otherSkills),
    wishedOccupations: [...profile.wishes.occupations],
    wishedMunicipalities: [...profile.wishes.municipalities],
    hoursPerWeek: text(profile.wishes.hoursPerWeek),
  };
}

/** A form body's value as one trimmed string (digits in other scripts read as 0–9), or every value of a repeated field. */
const one = (body: Record<string, unknown>, name: string) => {
  const value = body[name];
  return normalizeNumberInput(typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : "").trim();
};
const all = (body: Record<string, unknown>, name: string) => {
  const value = body[name];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string" && v !== "");
};

export function draftFromForm(form: unknown, fallbackLanguage: Language): ProfileDraft {
  const body = (form && typeof form === "object" ? form : {}) as Record<string, unknown>;
  const rows = <L extends RowList>(list: L) =>
    Array.from({ length: maxRows[list] }, (_, index) => Object.fromEntries(rowFields[list].map((field) => [field, one(body, `${list}-${index}-${field}`)])) as DraftRow<L>);
  const language = one(body, "language");
  return {
    fullName: one(body, "fullName"),
    email: one(body, "email"),
    phone: one(body, "phone"),
    language: isLanguage(language) ? language : fallbackLanguage,
    municipalityNumber: one(body, "municipalityNumber"),
    education: rows("education"),
    experience: rows("experience"),
    languages: rows("languages"),
    norwegian: Object.fromEntries(norwegianSkills.map((skill) => [skill, one(body, `norwegian-${skill}`)])) as ProfileDraft["norwegian"],
    drivingLicences: all(body, "drivingLicences"),
    certificates: rows("certificates"),
    digitalSkills: one(body, "digitalSkills"),
    otherSkills: one(body, "otherSkills"),
    wishedOccupations: Array.from({ length: wishRows }, (_, index) => one(body, `wishes-occupations-${index}`)),
    wishedMunicipalities: Array.from({ length: wishRows }, (_, index) => one(body, `wishes-municipalities-${index}`)),
    hoursPerWeek: one(body, "wishes-hoursPerWeek"),
  };
}

const isBlank = (row: Record<string, string>, ignored: readonly string[] = []) => Object.entries(row).every(([field, value]) => value === "" || ignored.includes(field));
/** A whole number typed as one stays a number; anything else goes to the schema as text, which names the field. */
const numberOr = (value: string) => (value === "" ? null : /^\d+$/.test(value) ? Number(value) : value);
const orNull = (value: string) => (value === "" ? null : value);

/** What the form sent, as the API's body, and for each list which form row each item came from (blank rows are left out). */
export interface FormBody {
  body: unknown;
  rowOf: Record<RowList, number[]>;
  /** Occupation titles that need the person to choose or retype, with the matches to offer, by experience row. */
  occupationErrors: FieldError[];
  occupationChoices: Map<number, OccupationMatch[]>;
}

/**
 * The draft as the API's body. A job's title finds its STYRK-08 code through the recognition
 * module's typo-tolerant search: the code chosen in the row when it is one of the title's matches,
 * else the clear best match; a close call or no match is a field error with the choices.
 */
export function bodyOfDraft(draft: ProfileDraft): FormBody {
  const rowOf: Record<RowList, number[]> = { education: [], experience: [], languages: [], certificates: [] };
  const kept = <L extends RowList>(list: L, rows: DraftRow<L>[], ignored: readonly string[] = []) =>
    rows.flatMap((row, index) => {
      if (isBlank(row, ignored)) return [];
      rowOf[list].push(index);
      return [row];
    });
  const occupationErrors: FieldError[] = [];
  const occupationChoices = new Map<number, OccupationMatch[]>();
  const experience = kept("experience", draft.experience, ["occupationCode"]).map((row, item) => {
    const formRow = rowOf.experience[item]!;
    let code = row.occupationCode;
    if (row.title !== "") {
      const matches = findOccupations(row.title);
      occupationChoices.set(formRow, matches);
      const chosen = matches.find((match) => match.occupation.styrk08 === row.occupationCode);
      if (/^\d{4}$/.test(row.title)) code = row.title;
      else if (chosen) code = chosen.occupation.styrk08;
      else {
        const best = clearBest(matches);
        code = best?.occupation.styrk08 ?? "";
        if (!best) occupationErrors.push({ path: `experience[${item}].title`, code: matches.length > 0 ? "occupationChoose" : "occupationNotFound", message: matches.length > 0 ? "choose the occupation you mean" : "no occupation has a title like this" });
      }
    }
    return { occupationCode: code, title: row.title, employer: orNull(row.employer), country: row.country, fromYear: numberOr(row.fromYear), toYear: numberOr(row.toYear) };
  });
  const norwegianGiven = Object.values(draft.norwegian).some((level) => level !== "");
  const body = {
    fullName: draft.fullName,
    email: orNull(draft.email),
    phone: orNull(draft.phone),
    language: draft.language,
    municipalityNumber: orNull(draft.municipalityNumber),
    // A row's recognition select starts at "unknown", so it alone does not make a row.
    education: kept("education", draft.education, ["recognition"]).map((row) => ({ level: row.level, field: row.field, country: row.country, completedYear: numberOr(row.completedYear), recognition: row.recognition || "unknown" })),
    experience,
    languages: kept("languages", draft.languages).map((row) => ({ code: row.code, level: row.level })),
    norwegian: norwegianGiven ? Object.fromEntries(norwegianSkills.map((skill) => [skill, orNull(draft.norwegian[skill])])) : null,
    drivingLicences: [...new Set(draft.drivingLicences)],
    certificates: kept("certificates", draft.certificates).map((row) => ({ name: row.name, issuer: orNull(row.issuer), validUntil: orNull(parseDateInput(row.validUntil) ?? row.validUntil) })),
    digitalSkills: orNull(draft.digitalSkills),
    otherSkills: orNull(draft.otherSkills),
    wishes: {
      occupations: [...new Set(draft.wishedOccupations.filter(Boolean))],
      municipalities: [...new Set(draft.wishedMunicipalities.filter(Boolean))],
      hoursPerWeek: numberOr(draft.hoursPerWeek),
    },
  };
  return { body, rowOf, occupationErrors, occupationChoices };
}

/** An error's path in the body (`education[1].country`) as the form field it belongs to (`education-2-country` when row 1 was blank). */
export function fieldOfPath(path: string, rowOf: FormBody["rowOf"]): string {
  const list = /^(education|experience|languages|certificates)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (list) {
    const [, name, item, field] = list;
    const row = rowOf[name as RowList][Number(item)] ?? Number(item);
    return field ? `${name}-${row}-${field}` : `${name}-${row}-${rowFields[name as RowList][0]}`;
  }
  const wish = /^wishes\.(occupations|municipalities)\[(\d+)\]/.exec(path);
  if (wish) return `wishes-${wish[1]}-${wish[2]}`;
  if (path.startsWith("wishes.hoursPerWeek")) return "wishes-hoursPerWeek";
  if (path.startsWith("norwegian.")) return `norwegian-${path.slice("norwegian.".length)}`;
  if (path.startsWith("drivingLicences")) return "drivingLicences";
  return path.split(/[.[]/)[0] || "form";
}

import { recognitionData, type Occupation } from "@velkomst/rules";
import { parseDateInput } from "@velkomst/validation";
import type { Employer } from "../employers/employers-repository.ts";
import { addDays } from "../events/oslo-time.ts";
import { findOccupations, type OccupationMatch } from "../recognition/occupation-search.ts";
import { cefrLevels, type CefrLevel, type LanguageSkill, type NorwegianSkills } from "../skills-profile/skills-profile.ts";
import type { OpeningInput } from "./job-matching-repository.ts";
import { norwegianSkills } from "./match-facts.ts";

/** The form's field names, Norwegian like the other forms' (also the error summary's anchors). */
export const norwegianFields = { listening: "norsk_lytte", reading: "norsk_lese", writing: "norsk_skrive", speaking: "norsk_snakke" } as const;
export const licenceClasses = ["B", "BE", "C1", "C", "CE", "D1", "D", "T"] as const;

export type OpeningProblem = "title" | "occupation" | "occupationChoice" | "municipality" | "hours" | "startsOn" | "level" | "language" | "licence" | "certificate";

export interface CheckedOpening {
  input?: OpeningInput;
  problems: Record<string, OpeningProblem>;
  /** Occupations the typed title may mean, when it is not clear which. */
  choices: OccupationMatch[];
  occupation?: Occupation;
}

/** A lead this large over the next title means the first is what was meant (as the recognition navigator decides). */
const clearLead = 0.15;

/** The occupation a typed title (or a chosen occupation id) means, or the choices when several fit. */
export function resolveOccupation(typed: string, chosenId: string): { occupation?: Occupation; choices: OccupationMatch[] } {
  const chosen = chosenId ? recognitionData().byId.get(chosenId) : undefined;
  if (chosen) return { occupation: chosen, choices: [] };
  const matches = findOccupations(typed, 6);
  const [first, second] = matches;
  if (!first) return { choices: [] };
  if (!second || first.score - second.score >= clearLead) return { occupation: first.occupation, choices: [] };
  return { choices: matches };
}

const isLevel = (value: string): value is CefrLevel => (cefrLevels as readonly string[]).includes(value);

/**
 * Checks the opening form. The authorisation requirement is not asked: it follows from the
 * occupation (a regulated profession in the recognition data needs a Norwegian authorisation).
 */
export function checkOpeningForm(values: Record<string, string>, employer: Employer, today: string, unchangedStart?: string): CheckedOpening {
  const problems: Record<string, OpeningProblem> = {};
  const title = (values.tittel ?? "").trim();
  if (title.length < 1 || title.length > 200) problems.tittel = "title";
  const { occupation, choices } = resolveOccupation((values.yrke ?? "").trim(), (values.yrkesvalg ?? "").trim());
  if (!occupation) problems.yrke = choices.length > 0 ? "occupationChoice" : "occupation";
  const municipality = values.kommune ?? "";
  if (!employer.workplaces.some((w) => w.municipalityNumber === municipality)) problems.kommune = "municipality";
  const hours = Number(values.timer);
  if (!/^\d{1,2}$/.test((values.timer ?? "").trim()) || hours < 1 || hours > 60) problems.timer = "hours";
  const typedStart = (values.start ?? "").trim();
  const startsOn = parseDateInput(typedStart) ?? typedStart;
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(startsOn) && !Number.isNaN(Date.parse(`${startsOn}T00:00:00Z`)) && new Date(`${startsOn}T00:00:00Z`).toISOString().startsWith(startsOn);
  if (!validDate || (startsOn !== unchangedStart && (startsOn < today || startsOn > addDays(today, 730)))) problems.start = "startsOn";
  const norwegian: Partial<Record<(typeof norwegianSkills)[number], CefrLevel | null>> = {};
  for (const skill of norwegianSkills) {
    const value = values[norwegianFields[skill]] ?? "";
    if (value !== "" && !isLevel(value)) problems[norwegianFields[skill]] = "level";
    norwegian[skill] = isLevel(value) ? value : null;
  }
  const languages: LanguageSkill[] = [];
  const code = (values.sprak ?? "").trim().toLowerCase();
  const level = values.sprakniva ?? "";
  if (code !== "") {
    if (!/^[a-z]{2}$/.test(code)) problems.sprak = "language";
    if (!isLevel(level)) problems.sprakniva = "level";
    if (/^[a-z]{2}$/.test(code) && isLevel(level)) languages.push({ code, level });
  }
  const licence = values.forerkort ?? "";
  if (licence !== "" && !(licenceClasses as readonly string[]).includes(licence)) problems.forerkort = "licence";
  const certificate = (values.sertifikat ?? "").trim();
  if (certificate.length > 200) problems.sertifikat = "certificate";
  if (Object.keys(problems).length > 0 || !occupation) return { problems, choices, occupation };
  const anyNorwegian = norwegianSkills.some((skill) => norwegian[skill]);
  return {
    problems,
    choices,
    occupation,
    input: {
      title,
      occupationCode: occupation.styrk08,
      municipalityNumber: municipality,
      hoursPerWeek: hours,
      languages,
      norwegian: anyNorwegian ? (norwegian as NorwegianSkills) : null,
      drivingLicence: licence || null,
      certificate: certificate || null,
      authorisationRequired: occupation.regulated,
      startsOn,
    },
  };
}

import type { CefrLevel } from "../skills-profile/skills-profile.ts";
import { levelRank, norwegianCodes, norwegianSkills, type CandidateFacts, type NorwegianSkill, type OpeningFacts } from "./match-facts.ts";

/**
 * The explained match of one candidate and one opening (issue 19): points per criterion, each with
 * the reason, and the hard filters a candidate must pass before any points count. Pure: the pages,
 * the API, the index and the benchmark's plain scan all score with this one function.
 */
export const criteria = ["occupation", "languages", "recognition", "place", "hours"] as const;
export type Criterion = (typeof criteria)[number];

/** Points per criterion; the occupation weighs most, as in an employer's first look at a CV. */
export const maxPoints: Readonly<Record<Criterion, number>> = { occupation: 40, languages: 25, recognition: 15, place: 10, hours: 10 };

export type HardFilter = "authorisation" | "driving-licence" | "certificate";

export type CriterionReason =
  | "same-code"
  | "same-minor-group"
  | "other-occupation"
  | "none-required"
  | "all-met"
  | "some-short"
  | "recognised"
  | "not-needed"
  | "in-progress"
  | "not-recognised"
  | "unknown"
  | "wished-place"
  | "same-county"
  | "no-wish"
  | "elsewhere"
  | "hours-close"
  | "hours-near"
  | "hours-far";

/** A language requirement the candidate falls short of: Norwegian names its skill. */
export interface LanguageShortfall {
  language: string;
  skill: NorwegianSkill | null;
  needed: CefrLevel;
  has: CefrLevel | "native" | null;
}

export interface CriterionScore {
  criterion: Criterion;
  points: number;
  max: number;
  reason: CriterionReason;
  shortfalls?: LanguageShortfall[];
}

export interface Match {
  total: number;
  criteria: CriterionScore[];
}

/** Licence classes that can only be held on top of class B (førerkortforskriften § 3). */
const classesAboveB: ReadonlySet<string> = new Set(["BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"]);

function holdsLicence(held: readonly string[], needed: string): boolean {
  return held.includes(needed) || (needed === "B" && held.some((c) => classesAboveB.has(c)));
}

const folded = (text: string) => text.normalize("NFKC").toLocaleLowerCase("nb").trim();

function holdsCertificate(candidate: CandidateFacts, needed: string, on: string): boolean {
  const wanted = folded(needed);
  return candidate.certificates.some((c) => folded(c.name).includes(wanted) && (c.validUntil === null || c.validUntil >= on));
}

/**
 * The candidate holds the authorisation when their education is recognised and the occupation is
 * theirs (in their experience or wishes): the profile keeps recognition per education, not per
 * occupation, so both must hold.
 */
export function hasOccupation(candidate: CandidateFacts, code: string): boolean {
  return candidate.experienceCodes.includes(code) || candidate.wishedCodes.includes(code);
}

/** The hard filters the candidate fails for the opening (none: they may be matched). */
export function failedFilters(candidate: CandidateFacts, opening: OpeningFacts): HardFilter[] {
  const failed: HardFilter[] = [];
  if (opening.authorisationRequired && !(candidate.recognition === "recognised" && hasOccupation(candidate, opening.occupationCode))) failed.push("authorisation");
  if (opening.drivingLicence && !holdsLicence(candidate.drivingLicences, opening.drivingLicence)) failed.push("driving-licence");
  if (opening.certificate && !holdsCertificate(candidate, opening.certificate, opening.startsOn)) failed.push("certificate");
  return failed;
}

export function passesFilters(candidate: CandidateFacts, opening: OpeningFacts): boolean {
  return failedFilters(candidate, opening).length === 0;
}

/** STYRK-08 minor group: the first three digits. */
export const minorGroupOf = (code: string) => code.slice(0, 3);
/** Norwegian municipality numbers begin with the county's number. */
export const countyOf = (municipalityNumber: string) => municipalityNumber.slice(0, 2);

function occupationScore(candidate: CandidateFacts, opening: OpeningFacts): CriterionScore {
  const max = maxPoints.occupation;
  if (hasOccupation(candidate, opening.occupationCode)) return { criterion: "occupation", points: max, max, reason: "same-code" };
  const group = minorGroupOf(opening.occupationCode);
  const near = candidate.experienceCodes.some((c) => minorGroupOf(c) === group) || candidate.wishedCodes.some((c) => minorGroupOf(c) === group);
  return near ? { criterion: "occupation", points: max / 2, max, reason: "same-minor-group" } : { criterion: "occupation", points: 0, max, reason: "other-occupation" };
}

function languageLevel(candidate: CandidateFacts, code: string): CefrLevel | "native" | null {
  let best: CefrLevel | "native" | null = null;
  for (const skill of candidate.languages) if (skill.code === code && levelRank(skill.level) > levelRank(best)) best = skill.level;
  return best;
}

function nativeNorwegian(candidate: CandidateFacts): boolean {
  return candidate.languages.some((l) => norwegianCodes.has(l.code) && l.level === "native");
}

function languagesScore(candidate: CandidateFacts, opening: OpeningFacts): CriterionScore {
  const max = maxPoints.languages;
  let required = 0;
  const shortfalls: LanguageShortfall[] = [];
  for (const { code, level } of opening.languages) {
    if (level === "native") continue;
    required += 1;
    const has = languageLevel(candidate, code);
    if (levelRank(has) < levelRank(level)) shortfalls.push({ language: code, skill: null, needed: level, has });
  }
  if (opening.norwegian) {
    const native = nativeNorwegian(candidate);
    for (const skill of norwegianSkills) {
      const needed = opening.norwegian[skill];
      if (!needed) continue;
      required += 1;
      const has = native ? "native" : (candidate.norwegian?.[skill] ?? null);
      if (levelRank(has) < levelRank(needed)) shortfalls.push({ language: "no", skill, needed, has });
    }
  }
  if (required === 0) return { criterion: "languages", points: max, max, reason: "none-required" };
  if (shortfalls.length === 0) return { criterion: "languages", points: max, max, reason: "all-met" };
  // Whole points, so sums compare exactly and ties are real ties.
  return { criterion: "languages", points: Math.floor((max * (required - shortfalls.length)) / required), max, reason: "some-short", shortfalls };
}

const recognitionPoints: Readonly<Record<CandidateFacts["recognition"], number>> = { recognised: 15, "not-needed": 15, "in-progress": 10, "not-recognised": 5, unknown: 5 };

function recognitionScore(candidate: CandidateFacts): CriterionScore {
  return { criterion: "recognition", points: recognitionPoints[candidate.recognition], max: maxPoints.recognition, reason: candidate.recognition };
}

function placeScore(candidate: CandidateFacts, opening: OpeningFacts): CriterionScore {
  const max = maxPoints.place;
  const wishes = candidate.wishedMunicipalities;
  if (wishes.length === 0) return { criterion: "place", points: max / 2, max, reason: "no-wish" };
  if (wishes.includes(opening.municipalityNumber)) return { criterion: "place", points: max, max, reason: "wished-place" };
  const county = countyOf(opening.municipalityNumber);
  if (wishes.some((m) => countyOf(m) === county)) return { criterion: "place", points: max / 2, max, reason: "same-county" };
  return { criterion: "place", points: 0, max, reason: "elsewhere" };
}

function hoursScore(candidate: CandidateFacts, opening: OpeningFacts): CriterionScore {
  const max = maxPoints.hours;
  if (candidate.hoursPerWeek === null) return { criterion: "hours", points: max, max, reason: "no-wish" };
  const difference = Math.abs(candidate.hoursPerWeek - opening.hoursPerWeek);
  if (difference <= 5) return { criterion: "hours", points: max, max, reason: "hours-close" };
  if (difference <= 15) return { criterion: "hours", points: max / 2, max, reason: "hours-near" };
  return { criterion: "hours", points: 0, max, reason: "hours-far" };
}

/** The explained score (0–100) of a candidate who passes the opening's hard filters. */
export function scoreMatch(candidate: CandidateFacts, opening: OpeningFacts): Match {
  const scores = [occupationScore(candidate, opening), languagesScore(candidate, opening), recognitionScore(candidate), placeScore(candidate, opening), hoursScore(candidate, opening)];
  return { total: scores.reduce((sum, s) => sum + s.points, 0), criteria: scores };
}

/** Better first: the higher score, then the lower id, so equal scores always come in the same order. */
export function compareRanked(a: { total: number; id: string }, b: { total: number; id: string }): number {
  return b.total - a.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

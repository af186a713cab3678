import type { Education, WorkSector } from "../settlement-tables.ts";

/**
 * The score of placing a household in a municipality: transparent on purpose, every part in
 * [0, 1] with a weight IMDi sets per year. The formula and the reasons for each table are in
 * ../README.md; keep the two in step.
 *
 *   score = persons × Σ weight(part) × part
 */
export const scoreParts = ["settle", "labour", "ties", "services", "wait", "priority", "spread"] as const;
export type ScorePart = (typeof scoreParts)[number];
export type Weights = Record<ScorePart, number>;
export type Parts = Record<ScorePart, number>;

export const defaultWeights: Weights = { settle: 1, labour: 1, ties: 2, services: 1, wait: 1, priority: 1, spread: 0.5 };
export const maximumWeight = 10;

/** Population as the labour-market proxy (SSB 07459, 1 January 2024; no centrality index in our data). */
export const sizeClasses = ["city", "town", "rural"] as const;
export type SizeClass = (typeof sizeClasses)[number];
export const cityPopulation = 50_000;
export const townPopulation = 10_000;
/** Municipalities this large are taken to be near specialist health services (a hospital town). */
export const healthCentrePopulation = 20_000;

export function sizeClassOf(population: number): SizeClass {
  return population >= cityPopulation ? "city" : population >= townPopulation ? "town" : "rural";
}

type Fit = Record<SizeClass, number>;

/** How well a level of education fits the labour market of each size class (README, "Labour"). */
export const educationFit: Record<Education, Fit> = {
  none: { city: 0.5, town: 0.6, rural: 0.6 },
  primary: { city: 0.5, town: 0.6, rural: 0.6 },
  secondary: { city: 0.6, town: 0.7, rural: 0.6 },
  vocational: { city: 0.6, town: 0.8, rural: 0.8 },
  higher: { city: 1, town: 0.7, rural: 0.4 },
};

/** How well experience from a sector fits the labour market of each size class (README, "Labour"). */
export const workFit: Record<WorkSector, Fit> = {
  none: { city: 0.5, town: 0.5, rural: 0.5 },
  agriculture: { city: 0.2, town: 0.6, rural: 1 },
  fishery: { city: 0.2, town: 0.6, rural: 1 },
  industry: { city: 0.5, town: 1, rural: 0.7 },
  construction: { city: 0.8, town: 0.9, rural: 0.7 },
  health: { city: 1, town: 1, rural: 1 },
  teaching: { city: 0.9, town: 0.8, rural: 0.7 },
  service: { city: 1, town: 0.8, rural: 0.5 },
  transport: { city: 0.8, town: 0.8, rural: 0.7 },
  office: { city: 1, town: 0.6, rural: 0.3 },
};

/** A driving licence and a car of one's own widen the labour market where distances are long. */
export const carBonus: Fit = { city: 0, town: 0.1, rural: 0.2 };

/** A mapping counts for adults of these ages (integreringsloven: competence mapping 18–55). */
export const mappingAges = { from: 18, to: 55 } as const;
export const waitDaysForFullPart = 180;
export const tieValue = { family: 1, network: 0.6, sameCounty: 0.3 } as const;
/** With few places, the top candidates by score (plus any with ties) go to the optimizer. */
export const maxCandidates = 40;

export interface AdultMapping {
  age: number;
  education: Education | null;
  workSector: WorkSector | null;
  drivingLicence: boolean | null;
  hasCar: boolean | null;
}

export interface ScoringHousehold {
  id: string;
  persons: number;
  /** Adults 18–55 with a mapping; others do not enter the labour part. */
  mapped: readonly AdultMapping[];
  unaccompaniedMinors: number;
  hasChildren: boolean;
  needsHealthServices: boolean;
  needsWheelchairHome: boolean;
  ties: ReadonlyArray<{ municipality: string; countyNumber: string; kind: "family" | "network" }>;
  waitDays: number;
}

export interface ScoringMunicipality {
  number: string;
  countyNumber: string;
  population: number;
  healthServices: boolean;
  /** Persons the municipality decided to settle this year. */
  decidedPersons: number;
  /** What is left of the decided capacity this year. */
  remaining: { persons: number; unaccompaniedMinors: number; wheelchairHomes: number };
}

export type Ineligibility = "noRoom" | "noHealthServices" | "noWheelchairHomes" | "noMinorsCapacity" | "refusedBefore";

/** Why a municipality cannot be a candidate for a household, or null when it can. */
export function ineligibility(household: ScoringHousehold, municipality: ScoringMunicipality, refusedBy: ReadonlySet<string>): Ineligibility | null {
  if (refusedBy.has(municipality.number)) return "refusedBefore";
  if (household.needsHealthServices && !municipality.healthServices) return "noHealthServices";
  if (household.needsWheelchairHome && municipality.remaining.wheelchairHomes < 1) return "noWheelchairHomes";
  if (household.unaccompaniedMinors > municipality.remaining.unaccompaniedMinors) return "noMinorsCapacity";
  if (household.persons > municipality.remaining.persons) return "noRoom";
  return null;
}

export function labourPart(household: ScoringHousehold, population: number): number {
  if (household.mapped.length === 0) return 0.5;
  const size = sizeClassOf(population);
  const fits = household.mapped.map((adult) => {
    const education = adult.education ? educationFit[adult.education][size] : 0.5;
    const car = adult.drivingLicence && adult.hasCar ? carBonus[size] : 0;
    const work = Math.min(1, (adult.workSector ? workFit[adult.workSector][size] : 0.5) + car);
    return (education + work) / 2;
  });
  return fits.reduce((a, b) => a + b, 0) / fits.length;
}

export function tiesPart(household: ScoringHousehold, municipality: Pick<ScoringMunicipality, "number" | "countyNumber">): number {
  let best = 0;
  for (const tie of household.ties) {
    if (tie.municipality === municipality.number) best = Math.max(best, tieValue[tie.kind]);
    else if (tie.countyNumber === municipality.countyNumber) best = Math.max(best, tieValue.sameCounty);
  }
  return best;
}

export function servicesPart(household: ScoringHousehold, municipality: Pick<ScoringMunicipality, "population">): number {
  const needs = household.needsHealthServices || household.needsWheelchairHome || household.unaccompaniedMinors > 0;
  if (!needs) return 0;
  return household.needsHealthServices && municipality.population < healthCentrePopulation ? 0.6 : 1;
}

export function waitPart(household: Pick<ScoringHousehold, "waitDays">): number {
  return Math.min(1, Math.max(0, household.waitDays) / waitDaysForFullPart);
}

export function priorityPart(household: Pick<ScoringHousehold, "unaccompaniedMinors" | "hasChildren">): number {
  return household.unaccompaniedMinors > 0 ? 1 : household.hasChildren ? 0.5 : 0;
}

/**
 * The share of the municipality's decided places still free: prefers municipalities that have
 * received fewer so far, so placements spread over the country (styrt og spredt bosetting) and
 * equal scores are not decided by chance.
 */
export function spreadPart(municipality: Pick<ScoringMunicipality, "decidedPersons" | "remaining">): number {
  return municipality.decidedPersons > 0 ? Math.min(1, Math.max(0, municipality.remaining.persons / municipality.decidedPersons)) : 0;
}

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

export function partsOf(household: ScoringHousehold, municipality: ScoringMunicipality): Parts {
  return {
    settle: 1,
    labour: round(labourPart(household, municipality.population)),
    ties: tiesPart(household, municipality),
    services: servicesPart(household, municipality),
    wait: round(waitPart(household)),
    priority: priorityPart(household),
    spread: round(spreadPart(municipality)),
  };
}

export function scoreOf(persons: number, parts: Parts, weights: Weights): number {
  return round(persons * scoreParts.reduce((sum, part) => sum + weights[part] * parts[part], 0));
}

export interface Candidate {
  municipality: string;
  score: number;
  parts: Parts;
}

/**
 * The candidates of one household: every eligible municipality scored, the best `maxCandidates`
 * kept, and every eligible municipality it has ties to kept as well.
 */
export function candidatesFor(
  household: ScoringHousehold,
  municipalities: readonly ScoringMunicipality[],
  weights: Weights,
  refusedBy: ReadonlySet<string> = new Set(),
): Candidate[] {
  const scored: Candidate[] = [];
  for (const municipality of municipalities) {
    if (ineligibility(household, municipality, refusedBy)) continue;
    const parts = partsOf(household, municipality);
    scored.push({ municipality: municipality.number, parts, score: scoreOf(household.persons, parts, weights) });
  }
  // Equal scores are common (every rural municipality with its places still free fits a farmer
  // equally): a fixed draw per household decides among them, not the municipality number, which
  // would hand every household the same few municipalities of the low-numbered counties.
  const draw = (municipality: string): number => fnv1a(`${household.id}:${municipality}`);
  scored.sort((a, b) => b.score - a.score || draw(a.municipality) - draw(b.municipality));
  const tied = new Set(household.ties.map((tie) => tie.municipality));
  return scored.filter((candidate, index) => index < maxCandidates || tied.has(candidate.municipality));
}

/** 32-bit FNV-1a: a stable, well-spread number for a string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Household types of the fairness view. */
export type HouseholdType = "unaccompanied" | "single" | "couple" | "family" | "other";

export function householdType(ages: readonly number[], unaccompaniedMinors: number): HouseholdType {
  const adults = ages.filter((age) => age >= 18).length;
  const children = ages.length - adults;
  if (adults === 0 || unaccompaniedMinors > 0) return "unaccompanied";
  if (children > 0) return "family";
  if (adults === 1) return "single";
  if (adults === 2) return "couple";
  return "other";
}

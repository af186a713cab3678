import type { MatchProfile } from "./match-profile.ts";

/** The criteria of a match, each with its most points; together 100. */
export const criterionMaximum = {
  interests: 30,
  language: 25,
  municipality: 20,
  gender: 10,
  availability: 15,
} as const;
export type Criterion = keyof typeof criterionMaximum;
export const criteria = Object.keys(criterionMaximum) as Criterion[];

const pointsPerSharedInterest = 10;
const pointsPerSharedSlot = 5;

export interface MatchScore {
  /** False when a gender wish of either side is not met: such a pair is never proposed. */
  allowed: boolean;
  total: number;
  /** Points per criterion, shown to the coordinator so every proposal explains itself. */
  points: Record<Criterion, number>;
}

function sharedCount<T>(a: readonly T[], b: readonly T[]): number {
  const other = new Set(b);
  return new Set(a.filter((x) => other.has(x))).size;
}

function wishMet(wish: MatchProfile["genderPreference"], partner: MatchProfile["gender"]): boolean {
  return wish === "any" || wish === partner;
}

/** How well a mentor and a mentee fit, criterion by criterion (integers, so optimal totals compare exactly). */
export function scorePair(mentor: MatchProfile, mentee: MatchProfile): MatchScore {
  const allowed = wishMet(mentor.genderPreference, mentee.gender) && wishMet(mentee.genderPreference, mentor.gender);
  const points: Record<Criterion, number> = {
    interests: Math.min(criterionMaximum.interests, pointsPerSharedInterest * sharedCount(mentor.interests, mentee.interests)),
    language: sharedCount(mentor.languages, mentee.languages) > 0 ? criterionMaximum.language : 0,
    municipality: mentor.municipalityNumber === mentee.municipalityNumber ? criterionMaximum.municipality : 0,
    gender: allowed ? criterionMaximum.gender : 0,
    availability: Math.min(criterionMaximum.availability, pointsPerSharedSlot * sharedCount(mentor.availability, mentee.availability)),
  };
  const total = criteria.reduce((sum, criterion) => sum + points[criterion], 0);
  return { allowed, total, points };
}

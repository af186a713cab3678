import type { CandidateFacts, OpeningFacts } from "./match-facts.ts";
import { compareRanked, countyOf, maxPoints, minorGroupOf, passesFilters, scoreMatch, type Match } from "./match-score.ts";

export interface RankedCandidate {
  candidate: CandidateFacts;
  total: number;
  id: string;
}

/** The best `limit` seen so far, best first (a short sorted array: limit is about 20). */
class TopList {
  readonly entries: RankedCandidate[] = [];
  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.entries.length >= this.limit;
  }

  /** The score a newcomer must beat (or tie with a lower id) to get in. */
  get worst(): RankedCandidate | undefined {
    return this.entries[this.entries.length - 1];
  }

  offer(entry: RankedCandidate): void {
    const worst = this.worst;
    if (this.full && worst && compareRanked(entry, worst) >= 0) return;
    let at = this.entries.length;
    while (at > 0 && compareRanked(entry, this.entries[at - 1]!) < 0) at--;
    this.entries.splice(at, 0, entry);
    if (this.entries.length > this.limit) this.entries.pop();
  }
}

function addTo(map: Map<string, number[]>, key: string, position: number) {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== position) list.push(position);
  } else map.set(key, [position]);
}

/**
 * Candidates grouped by what earns the most points: the same STYRK-08 code, the same minor group,
 * the wished municipality, the county. A search takes the groups in falling order of the best
 * score any member could reach, and stops when its 20th best beats everything left.
 */
export interface CandidateIndex {
  candidates: readonly CandidateFacts[];
  byCode: ReadonlyMap<string, readonly number[]>;
  byMinorGroup: ReadonlyMap<string, readonly number[]>;
  byMunicipality: ReadonlyMap<string, readonly number[]>;
  /** Candidates who wish a municipality in the county (half the place points, as for those who named no place). */
  byCounty: ReadonlyMap<string, readonly number[]>;
  anywhere: readonly number[];
  /** Per candidate, the search that last looked at it (so one array serves every search). */
  seenIn: Int32Array;
  searches: number;
}

export function buildCandidateIndex(candidates: readonly CandidateFacts[]): CandidateIndex {
  const byCode = new Map<string, number[]>();
  const byMinorGroup = new Map<string, number[]>();
  const byMunicipality = new Map<string, number[]>();
  const byCounty = new Map<string, number[]>();
  const anywhere: number[] = [];
  candidates.forEach((candidate, position) => {
    for (const code of [...candidate.experienceCodes, ...candidate.wishedCodes].sort()) {
      addTo(byCode, code, position);
      addTo(byMinorGroup, minorGroupOf(code), position);
    }
    if (candidate.wishedMunicipalities.length === 0) anywhere.push(position);
    for (const number of [...candidate.wishedMunicipalities].sort()) {
      addTo(byMunicipality, number, position);
      addTo(byCounty, countyOf(number), position);
    }
  });
  return { candidates, byCode, byMinorGroup, byMunicipality, byCounty, anywhere, seenIn: new Int32Array(candidates.length), searches: 0 };
}

/** The best `limit` candidates for the opening who pass its hard filters, best first (score, then id). */
export function topCandidates(index: CandidateIndex, opening: OpeningFacts, limit = 20): RankedCandidate[] {
  const search = ++index.searches;
  const top = new TopList(limit);
  const full = criteriaTotal();
  const county = countyOf(opening.municipalityNumber);
  // Each group with the most a member of it (and not of an earlier group) can score.
  const groups: Array<[readonly number[], number]> = [[index.byCode.get(opening.occupationCode) ?? [], full]];
  // A required authorisation is held only by candidates with the occupation itself: the first group is everyone.
  if (!opening.authorisationRequired) {
    const outsideOccupation = full - maxPoints.occupation;
    groups.push(
      [index.byMinorGroup.get(minorGroupOf(opening.occupationCode)) ?? [], full - maxPoints.occupation / 2],
      [index.byMunicipality.get(opening.municipalityNumber) ?? [], outsideOccupation],
      [index.byCounty.get(county) ?? [], outsideOccupation - maxPoints.place / 2],
      [index.anywhere, outsideOccupation - maxPoints.place / 2],
      [allPositions(index), outsideOccupation - maxPoints.place],
    );
  }
  for (const [positions, bound] of groups) {
    // Strictly better than anything left: an equal score with a lower id could still come.
    if (top.full && top.worst!.total > bound) break;
    for (const position of positions) {
      if (index.seenIn[position] === search) continue;
      index.seenIn[position] = search;
      const candidate = index.candidates[position]!;
      if (!passesFilters(candidate, opening)) continue;
      top.offer({ candidate, total: scoreMatch(candidate, opening).total, id: candidate.id });
    }
  }
  return top.entries;
}

const everyPosition = new WeakMap<CandidateIndex, number[]>();
function allPositions(index: CandidateIndex): readonly number[] {
  let positions = everyPosition.get(index);
  if (!positions) everyPosition.set(index, (positions = index.candidates.map((_, i) => i)));
  return positions;
}

function criteriaTotal(): number {
  return Object.values(maxPoints).reduce((sum, points) => sum + points, 0);
}

/** The same answer as topCandidates by scoring every candidate: the baseline the index is measured and checked against. */
export function scanTopCandidates(candidates: readonly CandidateFacts[], opening: OpeningFacts, limit = 20): RankedCandidate[] {
  const top = new TopList(limit);
  for (const candidate of candidates) {
    if (!passesFilters(candidate, opening)) continue;
    top.offer({ candidate, total: scoreMatch(candidate, opening).total, id: candidate.id });
  }
  return top.entries;
}

/** Openings for one candidate, best first: a plain scan, as one person's openings are few thousand at most. */
export function topOpenings<O extends OpeningFacts>(candidate: CandidateFacts, openings: readonly O[], limit = 20): Array<{ opening: O; match: Match }> {
  return openings
    .filter((opening) => passesFilters(candidate, opening))
    .map((opening) => ({ opening, match: scoreMatch(candidate, opening) }))
    .sort((a, b) => compareRanked({ total: a.match.total, id: a.opening.id }, { total: b.match.total, id: b.opening.id }))
    .slice(0, limit);
}

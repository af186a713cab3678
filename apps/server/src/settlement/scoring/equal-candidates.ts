import type { Candidate } from "./settlement-score.ts";

type Amounts = Readonly<Record<string, number>>;

/** The candidates with exactly this score (scores are rounded to 4 decimals, so equal is equal), in the household's order. */
export function equalCandidates(candidates: readonly Candidate[], score: number): Candidate[] {
  return candidates.filter((candidate) => candidate.score === score);
}

/**
 * The tie rule. Equal scores are common: the spread part already prefers municipalities with
 * more of their places free, and where even that is equal the optimizer has no preference, so
 * which municipality a household got would be chance. After solving, each household (in the
 * order they became ready) takes the first of its equal candidates in its fixed draw (the order
 * `candidatesFor` gives) that still has room. The batch's total score does not change.
 */
export function settleTiesByDraw(
  households: ReadonlyArray<{ id: string; use: Amounts }>,
  capacity: ReadonlyMap<string, Amounts>,
  chosen: ReadonlyMap<string, string>,
  candidatesOf: ReadonlyMap<string, readonly Candidate[]>,
): Map<string, string> {
  const settled = new Map(chosen);
  const load = new Map<string, Record<string, number>>();
  const add = (municipality: string, use: Amounts, sign: 1 | -1) => {
    const row = load.get(municipality) ?? {};
    for (const [dimension, amount] of Object.entries(use)) row[dimension] = (row[dimension] ?? 0) + sign * amount;
    load.set(municipality, row);
  };
  for (const household of households) {
    const municipality = settled.get(household.id);
    if (municipality) add(municipality, household.use, 1);
  }
  const fits = (municipality: string, use: Amounts) =>
    Object.entries(use).every(([dimension, amount]) => amount <= 0 || (load.get(municipality)?.[dimension] ?? 0) + amount <= (capacity.get(municipality)?.[dimension] ?? 0) + 1e-9);
  for (const household of households) {
    const current = settled.get(household.id);
    const candidates = candidatesOf.get(household.id) ?? [];
    const picked = candidates.find((c) => c.municipality === current);
    if (!current || !picked) continue;
    add(current, household.use, -1);
    const first = equalCandidates(candidates, picked.score).find((c) => fits(c.municipality, household.use))?.municipality ?? current;
    add(first, household.use, 1);
    settled.set(household.id, first);
  }
  return settled;
}

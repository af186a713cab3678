import type { SettlementInstance } from "./settlement-schema.ts";

/**
 * The instance as flat typed arrays, which the solver phases share. An "option" is one
 * usable (household, candidate) pair; options of household h are optionStart[h] … optionStart[h+1]−1.
 * Candidates that can never be chosen are left out: those whose use exceeds the municipality's
 * capacity, and (for households that need not be placed) those whose score is below −unplacedPenalty,
 * since leaving the household out is then always better.
 */
export interface CompiledInstance {
  householdCount: number;
  municipalityCount: number;
  dimensionCount: number;
  householdIds: string[];
  municipalityIds: string[];
  dimensions: string[];
  /** capacity[m * dimensionCount + d] */
  capacity: Float64Array;
  /** use[h * dimensionCount + d] */
  use: Float64Array;
  mustPlace: Uint8Array;
  unplacedPenalty: number;
  optionStart: Int32Array;
  optionHousehold: Int32Array;
  optionMunicipality: Int32Array;
  optionScore: Float64Array;
}

export function compileInstance(instance: SettlementInstance): CompiledInstance {
  const dimensions = instance.dimensions;
  const dimensionCount = dimensions.length;
  const municipalityIndex = new Map(instance.municipalities.map((m, index) => [m.id, index]));
  const capacity = new Float64Array(instance.municipalities.length * dimensionCount);
  instance.municipalities.forEach((municipality, m) => {
    dimensions.forEach((dimension, d) => (capacity[m * dimensionCount + d] = municipality.capacity[dimension] ?? 0));
  });

  const householdCount = instance.households.length;
  const unplacedPenalty = instance.unplacedPenalty ?? 0;
  const use = new Float64Array(householdCount * dimensionCount);
  const mustPlace = new Uint8Array(householdCount);
  const optionStart = new Int32Array(householdCount + 1);
  const owners: number[] = [];
  const municipalities: number[] = [];
  const scores: number[] = [];
  instance.households.forEach((household, h) => {
    dimensions.forEach((dimension, d) => (use[h * dimensionCount + d] = household.use[dimension] ?? 0));
    mustPlace[h] = household.mustPlace ? 1 : 0;
    for (const candidate of household.candidates) {
      const m = municipalityIndex.get(candidate.municipality);
      if (m === undefined || !fitsEmpty(use, h, capacity, m, dimensionCount)) continue;
      if (!household.mustPlace && candidate.score + unplacedPenalty < 0) continue;
      owners.push(h);
      municipalities.push(m);
      scores.push(candidate.score);
    }
    optionStart[h + 1] = municipalities.length;
  });

  return {
    householdCount,
    municipalityCount: instance.municipalities.length,
    dimensionCount,
    householdIds: instance.households.map((h) => h.id),
    municipalityIds: instance.municipalities.map((m) => m.id),
    dimensions: [...dimensions],
    capacity,
    use,
    mustPlace,
    unplacedPenalty,
    optionStart,
    optionHousehold: Int32Array.from(owners),
    optionMunicipality: Int32Array.from(municipalities),
    optionScore: Float64Array.from(scores),
  };
}

function fitsEmpty(use: Float64Array, h: number, capacity: Float64Array, m: number, dimensionCount: number): boolean {
  for (let d = 0; d < dimensionCount; d++) {
    if ((use[h * dimensionCount + d] ?? 0) > (capacity[m * dimensionCount + d] ?? 0)) return false;
  }
  return true;
}

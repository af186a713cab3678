import { mulberry32 } from "./instance-generator.ts";
import type { CompiledInstance } from "./compiled-instance.ts";
import type { Placement } from "./placement.ts";
import type { SettlementInstance } from "./settlement-schema.ts";

/** A tiny random instance (few households, tight capacities) that brute force can solve. */
export function tinyInstance(seed: number, households = 6, municipalities = 3): SettlementInstance {
  const random = mulberry32(seed);
  const integer = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const ids = Array.from({ length: municipalities }, (_, m) => String(4600 + m));
  return {
    dimensions: ["persons", "wheelchairHomes"],
    municipalities: ids.map((id) => ({ id, capacity: { persons: integer(1, 8), wheelchairHomes: integer(0, 1) } })),
    households: Array.from({ length: households }, (_, h) => ({
      id: `h${h}`,
      use: { persons: integer(1, 5), wheelchairHomes: random() < 0.3 ? 1 : 0 },
      candidates: ids.filter(() => random() < 0.7).map((municipality) => ({ municipality, score: Math.round((random() * 8 - 1) * 10) / 10 })),
      mustPlace: random() < 0.15,
    })),
    unplacedPenalty: integer(0, 2),
  };
}

/** The best objective over every assignment, or undefined when none places every mustPlace household. */
export function bruteForceOptimum(instance: SettlementInstance): number | undefined {
  const remaining = new Map(instance.municipalities.map((m) => [m.id, { ...m.capacity }]));
  const penalty = instance.unplacedPenalty ?? 0;
  let best: number | undefined;
  const visit = (index: number, value: number): void => {
    const household = instance.households[index];
    if (!household) {
      if (best === undefined || value > best) best = value;
      return;
    }
    if (!household.mustPlace) visit(index + 1, value - penalty);
    for (const candidate of household.candidates) {
      const left = remaining.get(candidate.municipality);
      if (!left || instance.dimensions.some((d) => (household.use[d] ?? 0) > (left[d] ?? 0))) continue;
      for (const d of instance.dimensions) left[d] = (left[d] ?? 0) - (household.use[d] ?? 0);
      visit(index + 1, value + candidate.score);
      for (const d of instance.dimensions) left[d] = (left[d] ?? 0) + (household.use[d] ?? 0);
    }
  };
  visit(0, 0);
  return best;
}

/** The objective of a fractional solution, from each option's share (an LP's, or a master LP's). */
export function fractionalValue(instance: CompiledInstance, optionValue: Float64Array): number {
  let value = -instance.unplacedPenalty * instance.householdCount;
  optionValue.forEach((share, option) => (value += share * ((instance.optionScore[option] ?? 0) + instance.unplacedPenalty)));
  return value;
}

/** Each household's municipality by id, or "out". */
export function municipalitiesOf(placement: Placement): string[] {
  const { municipalityIds, optionMunicipality } = placement.instance;
  return Array.from(placement.chosen, (option) => (option < 0 ? "out" : (municipalityIds[optionMunicipality[option] ?? 0] ?? "")));
}

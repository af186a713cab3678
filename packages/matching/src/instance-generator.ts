import type { SettlementInstance } from "./settlement-schema.ts";

export interface GeneratorMunicipality {
  id: string;
  population: number;
}

export interface GeneratorOptions {
  households: number;
  seed: number;
  /** Ids and populations (e.g. from municipalities-2024.csv); 357 synthetic ones when left out. */
  municipalities?: GeneratorMunicipality[];
  /** Candidates per household, inclusive range (default 20–60). */
  candidates?: [number, number];
  /** Total capacity of each dimension as a share of total demand, drawn per dimension (default 0.9–1.1). */
  capacityRatio?: [number, number];
  /** Share of households that must be placed (default 0.02). */
  mustPlaceShare?: number;
  unplacedPenalty?: number;
}

/** Household sizes of arrivals: many singles, families of 3–5, few large. Index = size − 1. */
const SIZE_WEIGHTS = [0.35, 0.12, 0.15, 0.15, 0.11, 0.06, 0.04, 0.02];
const UNACCOMPANIED_MINOR_SHARE_OF_SINGLES = 0.1;
const WHEELCHAIR_SHARE = 0.03;
const FAMILY_TIE_SHARE = 0.2;

/** A seeded, realistic instance: the same options always give the same instance. */
export function generateSettlementInstance(options: GeneratorOptions): SettlementInstance {
  const random = mulberry32(options.seed);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const [minCandidates, maxCandidates] = options.candidates ?? [20, 60];
  const [minRatio, maxRatio] = options.capacityRatio ?? [0.9, 1.1];
  const municipalities = options.municipalities ?? syntheticMunicipalities(357, random);

  const households = Array.from({ length: options.households }, (_, index) => {
    const size = 1 + pickWeighted(SIZE_WEIGHTS, random());
    return {
      id: `h${index + 1}`,
      size,
      minor: size === 1 && random() < UNACCOMPANIED_MINOR_SHARE_OF_SINGLES,
      wheelchair: random() < WHEELCHAIR_SHARE,
      mustPlace: random() < (options.mustPlaceShare ?? 0.02),
    };
  });
  const demand = {
    persons: households.reduce((sum, h) => sum + h.size, 0),
    unaccompaniedMinors: households.filter((h) => h.minor).length,
    wheelchairHomes: households.filter((h) => h.wheelchair).length,
  };

  // Smaller municipalities settle relatively more per resident; only some take minors or have adapted homes.
  const weight = municipalities.map((m) => Math.pow(Math.max(m.population, 1), 0.7) * (0.6 + 0.8 * random()));
  const takesMinors = municipalities.map(() => random() < 0.35);
  const hasWheelchairHomes = municipalities.map(() => random() < 0.5);
  // Each dimension's total capacity is ratio × demand (rounded within the range), split in proportion to weight by
  // largest remainders: rounding each share alone left most small municipalities at 0 and the total far below range.
  const share = (total: number, eligible: boolean[]): number[] => {
    const ratio = minRatio + (maxRatio - minRatio) * random();
    const capacity = Math.min(Math.floor(maxRatio * total), Math.max(Math.ceil(minRatio * total), Math.round(ratio * total)));
    const eligibleWeight = weight.reduce((sum, w, m) => sum + (eligible[m] ? w : 0), 0);
    const exact = weight.map((w, m) => (eligible[m] && eligibleWeight > 0 ? (capacity * w) / eligibleWeight : 0));
    const shares = exact.map(Math.floor);
    const left = capacity - shares.reduce((sum, s) => sum + s, 0);
    const byRemainder = exact.map((x, m) => ({ m, remainder: x - Math.floor(x) })).sort((a, b) => b.remainder - a.remainder);
    for (const { m } of byRemainder.slice(0, left)) shares[m] = (shares[m] ?? 0) + 1;
    return shares;
  };
  const persons = share(demand.persons, municipalities.map(() => true));
  const minors = share(demand.unaccompaniedMinors, takesMinors);
  const wheelchairHomes = share(demand.wheelchairHomes, hasWheelchairHomes);
  // Labour market and services: some municipalities suit most households better.
  const attractiveness = municipalities.map(() => 0.3 * normal());

  return {
    dimensions: ["persons", "unaccompaniedMinors", "wheelchairHomes"],
    municipalities: municipalities.map((m, index) => ({
      id: m.id,
      capacity: { persons: persons[index] ?? 0, unaccompaniedMinors: minors[index] ?? 0, wheelchairHomes: wheelchairHomes[index] ?? 0 },
    })),
    households: households.map((household) => {
      const eligible = municipalities.map(
        (_, m) => (!household.minor || (takesMinors[m] ?? false)) && (!household.wheelchair || (hasWheelchairHomes[m] ?? false)),
      );
      const count = minCandidates + Math.floor(random() * (maxCandidates - minCandidates + 1));
      const chosen = sampleWeighted(weight, eligible, count, random);
      const tie = random() < FAMILY_TIE_SHARE ? Math.floor(random() * chosen.length) : -1;
      return {
        id: household.id,
        use: { persons: household.size, unaccompaniedMinors: household.minor ? 1 : 0, wheelchairHomes: household.wheelchair ? 1 : 0 },
        candidates: chosen.map((m, index) => {
          const fit = 1 + (attractiveness[m] ?? 0) + 0.4 * normal();
          const score = Math.pow(household.size, 0.8) * fit + (index === tie ? 1.5 : 0);
          return { municipality: municipalities[m]?.id ?? "", score: Math.round(score * 100) / 100 };
        }),
        mustPlace: household.mustPlace,
      };
    }),
    unplacedPenalty: options.unplacedPenalty ?? 0.5,
  };
}

function syntheticMunicipalities(count: number, random: () => number): GeneratorMunicipality[] {
  return Array.from({ length: count }, (_, index) => ({
    id: String(1000 + index),
    population: Math.round(Math.exp(7 + 4 * random())),
  }));
}

/** Up to `count` distinct eligible indices, drawn with probability proportional to weight (Efraimidis–Spirakis). */
function sampleWeighted(weights: number[], eligible: boolean[], count: number, random: () => number): number[] {
  return weights
    .map((w, index) => ({ index, key: eligible[index] ? Math.pow(random(), 1 / w) : -1 }))
    .filter((entry) => entry.key >= 0)
    .sort((a, b) => b.key - a.key)
    .slice(0, count)
    .map((entry) => entry.index);
}

function pickWeighted(weights: number[], u: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let target = u * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i] ?? 0;
    if (target < 0) return i;
  }
  return weights.length - 1;
}

/** Small fast seeded generator; Math.random cannot be seeded. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

import { improveByMoves } from "./greedy.ts";
import type { Placement } from "./placement.ts";

const GAIN_TOLERANCE = 1e-9;
/** Longest chain of households searched (from one 1,000-household settlement, chains of up to 4 gained 2.3; of up to 8, 12 or 20, 4.2). */
const MAX_CHAIN = 10;
/** Most time for exchange chains on one settlement: 1,000 households need 0.05–0.2 s, a pass over 10,000 over a second. */
export const CHAIN_MILLISECONDS = 1000;
/** Stands for "not placed" where a municipality is expected: no capacity, so it never blocks. */
const OUT = -1;

/** A chain of households, each moving to `enter[i]` (an option, or −1 for out). */
interface Chain {
  households: number[];
  enter: number[];
  gain: number;
}

/**
 * Exchange chains (Ahuja, Orlin and Sharma's neighbourhood for the multi-resource generalised
 * assignment problem): household h1 moves into the municipality of h2, which moves into that of
 * h3, and so on; the chain closes at h1's own municipality (a cycle: every municipality one
 * household in and one out, so each step's fit can be checked alone) or in a municipality with
 * room, or with the last household leaving the settlement. The MIPs reopen a few hundred
 * households around some municipalities; a chain runs across any of them, and finds what those
 * neighbourhoods miss (1,000 households: settlements that the search had ended with, 4,202.65 and
 * 4,014.26, rose to 4,203.20 and 4,016.11 in 0.1 s).
 *
 * Each pass is a label-correcting search over the improvement graph with one label per household
 * and chain length (the best-gaining chain of that length ending there, every prefix gaining);
 * the best chains found are applied when their municipalities are disjoint. Passes repeat until
 * none gains or the deadline (performance.now() milliseconds). Ends with single moves, so the
 * explanations' guarantee still holds.
 */
export function improveByExchangeChains(placement: Placement, deadline: number): void {
  while (performance.now() < deadline && applyDisjoint(placement, bestChains(placement, deadline)) > 0);
  improveByMoves(placement);
}

/**
 * Every chain that closes with a gain, found by one pass of the search; past the deadline only the
 * shorter ones (a pass over 10,000 households takes over a second).
 */
function bestChains(placement: Placement, deadline: number): Chain[] {
  const { householdCount, municipalityCount, dimensionCount, optionStart, optionScore, optionMunicipality, use, mustPlace, unplacedPenalty } =
    placement.instance;
  const remaining = placement.remaining;
  const municipalityOf = (h: number): number => {
    const option = placement.chosen[h] ?? -1;
    return option < 0 ? OUT : (optionMunicipality[option] ?? 0);
  };
  const occupants: number[][] = Array.from({ length: municipalityCount }, () => []);
  for (let h = 0; h < householdCount; h++) {
    const m = municipalityOf(h);
    if (m !== OUT) occupants[m]?.push(h);
  }
  /** Whether a fits into m once b has left (b = −1: nobody leaves). */
  const fitsInstead = (a: number, b: number, m: number): boolean => {
    for (let d = 0; d < dimensionCount; d++) {
      const freed = b >= 0 ? (use[b * dimensionCount + d] ?? 0) : 0;
      if ((use[a * dimensionCount + d] ?? 0) > (remaining[m * dimensionCount + d] ?? 0) + freed + GAIN_TOLERANCE) return false;
    }
    return true;
  };

  const closed: Chain[] = [];
  let labels: (Chain | undefined)[] = Array.from({ length: householdCount }, (_, h) => ({ households: [h], enter: [], gain: 0 }));
  for (let length = 1; length <= MAX_CHAIN && performance.now() < deadline; length++) {
    const next: (Chain | undefined)[] = new Array(householdCount);
    labels.forEach((chain, a) => {
      if (!chain) return;
      const first = chain.households[0] ?? 0;
      const firstMunicipality = municipalityOf(first);
      // Municipalities a household of the chain already enters or leaves, except the first's (the chain may close there).
      const taken = new Set(chain.households.slice(1).map(municipalityOf));
      const value = placement.value(a);
      const close = (option: number, gain: number): void => {
        if (gain > GAIN_TOLERANCE) closed.push({ households: chain.households, enter: [...chain.enter, option], gain });
      };
      if (!mustPlace[a] && municipalityOf(a) !== OUT && !taken.has(OUT)) close(-1, chain.gain - unplacedPenalty - value);
      for (let option = optionStart[a] ?? 0; option < (optionStart[a + 1] ?? 0); option++) {
        const m = optionMunicipality[option] ?? 0;
        if (m === municipalityOf(a) || taken.has(m)) continue;
        const gain = chain.gain + (optionScore[option] ?? 0) - value;
        if (fitsInstead(a, -1, m)) close(option, gain);
        if (m === firstMunicipality) {
          if (fitsInstead(a, first, m)) close(option, gain);
          continue;
        }
        if (gain <= GAIN_TOLERANCE) continue;
        for (const b of occupants[m] ?? []) {
          if ((next[b]?.gain ?? -Infinity) >= gain || !fitsInstead(a, b, m)) continue;
          next[b] = { households: [...chain.households, b], enter: [...chain.enter, option], gain };
        }
      }
    });
    labels = next;
  }
  return closed;
}

/** Applies the chains, best first, that touch no municipality or household an earlier one did; returns how many. */
function applyDisjoint(placement: Placement, chains: Chain[]): number {
  const { optionMunicipality } = placement.instance;
  const touched = new Set<number>();
  const moved = new Set<number>();
  let applied = 0;
  for (const chain of chains.sort((a, b) => b.gain - a.gain)) {
    const municipalities = [...chain.households.map((h) => placement.chosen[h] ?? -1), ...chain.enter]
      .filter((option) => option >= 0)
      .map((option) => optionMunicipality[option] ?? 0);
    if (chain.households.some((h) => moved.has(h)) || municipalities.some((m) => touched.has(m))) continue;
    const before = Int32Array.from(chain.households, (h) => placement.chosen[h] ?? -1);
    const value = placement.objective();
    for (const h of chain.households) placement.unplace(h);
    chain.households.forEach((h, i) => {
      const option = chain.enter[i] ?? -1;
      if (option >= 0) placement.place(h, option);
    });
    if (!placement.isFeasible() || placement.objective() <= value + GAIN_TOLERANCE) {
      // Not expected (each step's fit was checked); undone rather than trusted.
      for (const h of chain.households) placement.unplace(h);
      chain.households.forEach((h, i) => {
        if ((before[i] ?? -1) >= 0) placement.place(h, before[i] ?? 0);
      });
      continue;
    }
    for (const h of chain.households) moved.add(h);
    for (const m of municipalities) touched.add(m);
    applied++;
  }
  return applied;
}

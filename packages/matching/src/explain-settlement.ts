import type { HouseholdExplanation, SettlementInstance } from "./settlement-schema.ts";

interface MunicipalityLoad {
  capacity: Record<string, number>;
  used: Map<string, number>;
  /** Scores of the households placed there that use each dimension. */
  scores: Map<string, number[]>;
}

/**
 * Why each household got its municipality and not a better-scored candidate. Assumes what the
 * solver guarantees: no household could move to a better candidate that has room, so every such
 * candidate is full in some dimension (or scores below leaving the household out).
 */
export function explainSettlement(instance: SettlementInstance, chosenByHousehold: Map<string, string>): Record<string, HouseholdExplanation> {
  const penalty = instance.unplacedPenalty ?? 0;
  const loads = new Map<string, MunicipalityLoad>(
    instance.municipalities.map((m) => [m.id, { capacity: m.capacity, used: new Map(), scores: new Map() }]),
  );
  for (const household of instance.households) {
    const chosen = chosenByHousehold.get(household.id);
    const load = chosen === undefined ? undefined : loads.get(chosen);
    if (!load) continue;
    const score = household.candidates.find((c) => c.municipality === chosen)?.score ?? 0;
    for (const dimension of instance.dimensions) {
      const amount = household.use[dimension] ?? 0;
      if (amount === 0) continue;
      load.used.set(dimension, (load.used.get(dimension) ?? 0) + amount);
      const scores = load.scores.get(dimension);
      if (scores) scores.push(score);
      else load.scores.set(dimension, [score]);
    }
  }

  const explanations: Record<string, HouseholdExplanation> = {};
  for (const household of instance.households) {
    const chosen = chosenByHousehold.get(household.id) ?? null;
    const chosenScore = household.candidates.find((c) => c.municipality === chosen)?.score ?? -Infinity;
    const alternatives = household.candidates
      .filter((c) => c.municipality !== chosen && c.score > chosenScore)
      .sort((a, b) => b.score - a.score)
      .map((candidate) => ({
        municipality: candidate.municipality,
        score: candidate.score,
        whyNot: whyNot(instance, household, candidate, loads.get(candidate.municipality), chosen === null ? penalty : undefined),
      }));
    explanations[household.id] = { chosen, reason: chosenReason(household, chosen, alternatives.length, penalty), alternatives };
  }
  return explanations;
}

type Household = SettlementInstance["households"][number];

function chosenReason(household: Household, chosen: string | null, betterCount: number, penalty: number): string {
  if (chosen === null) {
    if (household.candidates.length === 0) return "not placed: the household has no candidate municipalities";
    return household.candidates.every((c) => c.score < -penalty)
      ? `not placed: every candidate scores below ${-penalty}, the value of leaving the household out`
      : "not placed: no candidate had room for it without displacing households that added more in total";
  }
  if (betterCount === 0) return "placed in its highest-scored candidate";
  return `placed in its best candidate with room: the ${betterCount} higher-scored ${betterCount === 1 ? "candidate was" : "candidates were"} full`;
}

function whyNot(
  instance: SettlementInstance,
  household: Household,
  candidate: { municipality: string; score: number },
  load: MunicipalityLoad | undefined,
  unplacedPenalty: number | undefined,
): string {
  if (unplacedPenalty !== undefined && !household.mustPlace && candidate.score < -unplacedPenalty) {
    return `its score ${format(candidate.score)} is below ${format(-unplacedPenalty)}, the value of leaving the household out`;
  }
  if (!load) return `unknown municipality ${candidate.municipality}`;
  const reasons: string[] = [];
  for (const dimension of instance.dimensions) {
    const need = household.use[dimension] ?? 0;
    const capacity = load.capacity[dimension] ?? 0;
    const used = load.used.get(dimension) ?? 0;
    if (need === 0 || used + need <= capacity + 1e-9) continue;
    if (need > capacity) {
      reasons.push(`the household needs ${format(need)} ${dimension} but ${candidate.municipality} has capacity for ${format(capacity)}`);
      continue;
    }
    const scores = load.scores.get(dimension) ?? [];
    const range = scores.length === 0 ? "" : ` with ${scores.length === 1 ? "score" : "scores"} ${scoreRange(scores)}`;
    const short = used < capacity ? `; the household needs ${format(need)}` : "";
    reasons.push(
      `capacity of ${dimension} in ${candidate.municipality} was full: ${format(used)} of ${format(capacity)} used by ${scores.length} ${scores.length === 1 ? "household" : "households"}${range}${short}`,
    );
  }
  return reasons.length > 0 ? reasons.join("; ") : `${candidate.municipality} had room, but the settlement as a whole scored higher without this placement`;
}

function scoreRange(scores: number[]): string {
  const low = scores.reduce((a, b) => Math.min(a, b));
  const high = scores.reduce((a, b) => Math.max(a, b));
  return low === high ? format(low) : `${format(low)}–${format(high)}`;
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, "");
}

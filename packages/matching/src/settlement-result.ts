import type { CompiledInstance } from "./compiled-instance.ts";
import { explainSettlement } from "./explain-settlement.ts";
import type { Placement } from "./placement.ts";
import type { SettlementInstance, SettlementResult } from "./settlement-schema.ts";

/** Within this relative distance of the bound a settlement counts as optimal (the contract's 1e-6). */
const OPTIMAL_GAP = 1e-6;

/** The contract's result, with the objective recomputed from the assignments themselves. */
export function settlementResult(
  instance: SettlementInstance,
  compiled: CompiledInstance,
  placement: Placement,
  bound: number,
  startedAt: number,
): SettlementResult {
  const chosenByHousehold = new Map<string, string>();
  placement.chosen.forEach((option, household) => {
    if (option >= 0) {
      chosenByHousehold.set(compiled.householdIds[household] ?? "", compiled.municipalityIds[compiled.optionMunicipality[option] ?? 0] ?? "");
    }
  });
  const assignments: SettlementResult["assignments"] = [];
  const unplaced: string[] = [];
  let objective = 0;
  for (const household of instance.households) {
    const municipality = chosenByHousehold.get(household.id);
    if (municipality === undefined) {
      unplaced.push(household.id);
      objective -= instance.unplacedPenalty ?? 0;
    } else {
      assignments.push({ household: household.id, municipality });
      objective += household.candidates.find((c) => c.municipality === municipality)?.score ?? Number.NaN;
    }
  }
  // The bound is computed in floating point too; an objective a rounding error above it shows the two agree.
  const honestBound = Math.max(bound, objective);
  const optimal = honestBound - objective <= OPTIMAL_GAP * Math.max(1, Math.abs(honestBound));
  return {
    status: optimal ? "optimal" : "feasible",
    objective,
    bound: honestBound,
    assignments,
    unplaced,
    explanations: explainSettlement(instance, chosenByHousehold),
    solveSeconds: secondsSince(startedAt),
  };
}

/** No settlement places every mustPlace household; nobody is placed and the reason says why. */
export function infeasibleResult(instance: SettlementInstance, reason: string, startedAt: number): SettlementResult {
  const objective = 0 - (instance.unplacedPenalty ?? 0) * instance.households.length;
  const explanations: SettlementResult["explanations"] = {};
  for (const household of instance.households) {
    explanations[household.id] = { chosen: null, reason: `not placed: the instance is infeasible (${reason})`, alternatives: [] };
  }
  return {
    status: "infeasible",
    reason,
    objective,
    // With no feasible settlement every number bounds the (empty) set; the objective keeps bound ≥ objective.
    bound: objective,
    assignments: [],
    unplaced: instance.households.map((h) => h.id),
    explanations,
    solveSeconds: secondsSince(startedAt),
  };
}

export function secondsSince(startedAt: number): number {
  return Math.round(performance.now() - startedAt) / 1000;
}

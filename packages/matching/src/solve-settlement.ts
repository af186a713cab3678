import { solveAssignmentMip, type MipSettings } from "./assignment-mip.ts";
import { compileInstance, type CompiledInstance } from "./compiled-instance.ts";
import { greedyPlacement, improveByMoves } from "./greedy.ts";
import { highsRuntime } from "./highs-runtime.ts";
import { obviousInfeasibility } from "./infeasibility.ts";
import { lagrangianBound, type LagrangianBound } from "./lagrangian-bound.ts";
import { neighbourhoodSearch } from "./neighbourhood-search.ts";
import { Placement } from "./placement.ts";
import { solveRelaxation } from "./relaxation.ts";
import { completeFromRelaxation, integralPart } from "./round-relaxation.ts";
import { infeasibleResult, settlementResult } from "./settlement-result.ts";
import type { SettlementInstance, SettlementResult, SolveOptions } from "./settlement-schema.ts";
import type { Highs } from "highs";

const DEFAULT_TIME_LIMIT_SECONDS = 60;
const DEFAULT_RELATIVE_GAP = 1e-3;
/** Kept back from the time limit for checking and explaining. */
const FINISHING_SECONDS = 1;
/** Up to this many columns the whole MIP beats neighbourhood search in 60 s (1,000 households: 0.24 % vs 2.7 % gap); above it, it stalls at the root. */
const MAX_FIXED_MIP_COLUMNS = 40_000;
const INFEASIBLE = "the mustPlace households cannot all be placed within the capacities";

/**
 * 1. LP relaxation; its capacity duals price the capacities, giving a Lagrangian upper bound.
 * 2. Keep the households the LP places wholly; solve the small MIP over the rest (the households
 *    it splits or leaves out) in the capacity that remains, started from a rounding of the LP.
 * 3. While the gap is above target and the instance is small enough once every option that cannot
 *    appear in a better settlement is removed (Lagrangian fixing): the MIP over what is left.
 * 4. Until the deadline or the target: large-neighbourhood search, a MIP over a few reopened municipalities at a time.
 * 5. Check feasibility and explain.
 */
export async function solveSettlement(instance: SettlementInstance, options: SolveOptions = {}): Promise<SettlementResult> {
  const startedAt = performance.now();
  const timeLimit = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  const secondsLeft = (): number => timeLimit - (performance.now() - startedAt) / 1000 - FINISHING_SECONDS;
  const settings = (): MipSettings => ({
    timeLimitSeconds: secondsLeft(),
    relativeGap: options.relativeGap ?? DEFAULT_RELATIVE_GAP,
    seed: options.seed ?? 0,
  });

  const compiled = compileInstance(instance);
  const obvious = obviousInfeasibility(compiled);
  if (obvious) return infeasibleResult(instance, obvious, startedAt);

  const highs = await highsRuntime();
  const relaxation = solveRelaxation(highs, compiled, secondsLeft(), settings().seed);
  if (relaxation.status === "infeasible") return infeasibleResult(instance, INFEASIBLE, startedAt);
  const lagrangian = lagrangianBound(compiled, relaxation.prices);
  let bound = lagrangian.bound;
  const closeEnough = (placement: Placement | undefined): boolean =>
    placement !== undefined && bound - placement.objective() <= settings().relativeGap * Math.max(1, Math.abs(bound));

  const base = integralPart(compiled, relaxation.optionValue);
  const rounded = completeFromRelaxation(base, relaxation.optionValue, lagrangian.optionLoss);
  let incumbent = better(improved(rounded), improved(greedyPlacement(compiled)));

  if (!closeEnough(incumbent)) {
    const residual = solveAssignmentMip(
      highs,
      compiled,
      { base, keepOption: optionsOfUnplaced(base), forcePlace: new Uint8Array(compiled.householdCount), start: feasible(rounded) },
      settings(),
    );
    incumbent = better(improved(residual.placement), incumbent);
  }
  // The whole-instance MIP, when small enough, has had its say on every household: no search after it.
  let searchedWhole = false;
  if (!closeEnough(incumbent)) {
    const fixed = solveFixedMip(highs, compiled, lagrangian, incumbent, settings());
    if (fixed) {
      searchedWhole = true;
      if (fixed.bound === -Infinity && !incumbent) return infeasibleResult(instance, INFEASIBLE, startedAt);
      bound = fixed.bound;
      incumbent = better(improved(fixed.placement), incumbent);
    }
  }
  if (incumbent && !searchedWhole && !closeEnough(incumbent)) {
    const target = bound - settings().relativeGap * Math.max(1, Math.abs(bound));
    incumbent = neighbourhoodSearch(highs, incumbent, target, secondsLeft, settings());
  }
  if (!incumbent) {
    return infeasibleResult(instance, `no settlement placing every mustPlace household was found within ${timeLimit} s`, startedAt);
  }
  return settlementResult(instance, compiled, incumbent, bound, startedAt);
}

/**
 * The whole MIP without the options that cannot appear in a settlement better than the incumbent
 * (see lagrangian-bound.ts), and with the households placed that must be. Skipped (undefined)
 * when too many options remain. Its bound holds for the whole instance.
 */
function solveFixedMip(highs: Highs, instance: CompiledInstance, lagrangian: LagrangianBound, incumbent: Placement | undefined, settings: MipSettings) {
  const incumbentValue = incumbent ? incumbent.objective() : -Infinity;
  // A little slack so rounding in the bound arithmetic never removes an option that belongs.
  const allowance = lagrangian.bound - incumbentValue + 1e-7 * Math.max(1, Math.abs(lagrangian.bound));
  const keepOption = new Uint8Array(instance.optionScore.length);
  lagrangian.optionLoss.forEach((loss, option) => (keepOption[option] = loss <= allowance ? 1 : 0));
  const forcePlace = new Uint8Array(instance.householdCount);
  incumbent?.chosen.forEach((option, household) => {
    if (option < 0) return;
    keepOption[option] = 1;
    forcePlace[household] = (lagrangian.unplacedLoss[household] ?? 0) > allowance ? 1 : 0;
  });
  if (keepOption.reduce((count, keep) => count + keep, 0) > MAX_FIXED_MIP_COLUMNS) return undefined;
  const outcome = solveAssignmentMip(highs, instance, { base: new Placement(instance), keepOption, forcePlace, start: incumbent }, settings);
  // A better settlement is bounded by the MIP, any other by the incumbent.
  return { placement: outcome.placement, bound: Math.min(lagrangian.bound, Math.max(incumbentValue, outcome.bound)) };
}

function optionsOfUnplaced(placement: Placement): Uint8Array {
  const { optionHousehold } = placement.instance;
  return Uint8Array.from(optionHousehold, (household) => ((placement.chosen[household] ?? -1) < 0 ? 1 : 0));
}

function feasible(placement: Placement): Placement | undefined {
  return placement.isFeasible() ? placement : undefined;
}

/** A copy improved by single moves (the input may be a MIP start still in use). */
function improved(placement: Placement | undefined): Placement | undefined {
  if (!placement) return undefined;
  const copy = placement.clone();
  improveByMoves(copy);
  return copy;
}

/** The feasible one of the two with the higher objective. */
function better(a: Placement | undefined, b: Placement | undefined): Placement | undefined {
  const candidates = [a, b].filter((p): p is Placement => p !== undefined && p.isFeasible());
  return candidates.reduce<Placement | undefined>((best, p) => (!best || p.objective() > best.objective() ? p : best), undefined);
}

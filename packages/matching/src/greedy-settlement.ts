import { compileInstance } from "./compiled-instance.ts";
import { greedyPlacement } from "./greedy.ts";
import { lagrangianBound } from "./lagrangian-bound.ts";
import { infeasibleResult, settlementResult } from "./settlement-result.ts";
import type { SettlementInstance, SettlementResult } from "./settlement-schema.ts";

/**
 * The baseline: highest score first, respecting capacities, mustPlace households first. Its bound
 * is the cheap one where every household gets its best candidate (capacities priced at zero).
 */
export function greedySettlement(instance: SettlementInstance): SettlementResult {
  const startedAt = performance.now();
  const compiled = compileInstance(instance);
  const placement = greedyPlacement(compiled);
  if (!placement.isFeasible()) {
    return infeasibleResult(instance, "the greedy heuristic could not place every mustPlace household (the instance may still be feasible)", startedAt);
  }
  const bound = lagrangianBound(compiled, new Float64Array(compiled.capacity.length)).bound;
  return settlementResult(instance, compiled, placement, bound, startedAt);
}

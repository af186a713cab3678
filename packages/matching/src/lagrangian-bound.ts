import type { CompiledInstance } from "./compiled-instance.ts";

/**
 * Relaxing the capacity constraints with prices λ ≥ 0 (one per municipality and dimension) splits
 * the problem per household: each takes its best option at profit score − λ·use, or stays out.
 *   L(λ) = Σ λ·capacity + Σ_h best profit of h − unplacedPenalty × households
 * is an upper bound on every feasible settlement for any λ ≥ 0, and equals the LP relaxation
 * at the LP's capacity duals. Computing it here, rather than trusting the solver's objective,
 * keeps the reported bound valid whatever the solver's tolerances.
 *
 * A settlement x also satisfies objective(x) ≤ L(λ) − Σ_h loss_h(x), where loss is how far the
 * option x gives h falls below h's best profit: an option whose loss exceeds L − incumbent
 * cannot appear in any better settlement.
 */
export interface LagrangianBound {
  bound: number;
  /** Per option: best profit of its household minus the option's profit. */
  optionLoss: Float64Array;
  /** Per household: loss of leaving it unplaced (Infinity for mustPlace). */
  unplacedLoss: Float64Array;
  /** Per household: its best profit (at least 0, the profit of leaving it out, unless it must be placed); the LP dual of its row. */
  bestProfit: Float64Array;
}

export function lagrangianBound(instance: CompiledInstance, prices: Float64Array): LagrangianBound {
  const { householdCount, dimensionCount, use, optionStart, optionMunicipality, optionScore, mustPlace, unplacedPenalty } = instance;
  const profit = new Float64Array(optionScore.length);
  const optionLoss = new Float64Array(optionScore.length);
  const unplacedLoss = new Float64Array(householdCount);
  const bestProfit = new Float64Array(householdCount);
  let bound = 0;
  for (let i = 0; i < prices.length; i++) bound += (prices[i] ?? 0) * (instance.capacity[i] ?? 0);
  for (let h = 0; h < householdCount; h++) {
    // Profits are measured relative to leaving the household out, which is worth −penalty.
    let best = mustPlace[h] ? -Infinity : 0;
    for (let option = optionStart[h] ?? 0; option < (optionStart[h + 1] ?? 0); option++) {
      const base = (optionMunicipality[option] ?? 0) * dimensionCount;
      let value = (optionScore[option] ?? 0) + unplacedPenalty;
      for (let d = 0; d < dimensionCount; d++) value -= (prices[base + d] ?? 0) * (use[h * dimensionCount + d] ?? 0);
      profit[option] = value;
      if (value > best) best = value;
    }
    for (let option = optionStart[h] ?? 0; option < (optionStart[h + 1] ?? 0); option++) optionLoss[option] = best - (profit[option] ?? 0);
    unplacedLoss[h] = mustPlace[h] ? Infinity : best;
    bestProfit[h] = best;
    bound += best;
  }
  return { bound: bound - unplacedPenalty * householdCount, optionLoss, unplacedLoss, bestProfit };
}

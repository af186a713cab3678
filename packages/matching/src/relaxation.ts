import type { Highs, Model } from "highs";
import type { CompiledInstance } from "./compiled-instance.ts";
import { lagrangianBound } from "./lagrangian-bound.ts";

export interface Relaxation {
  /** "infeasible" is proved: then no settlement places every mustPlace household. */
  status: "solved" | "infeasible" | "incomplete";
  /** Per option: its LP value (0 for options outside the model). */
  optionValue: Float64Array;
  /** Per municipality × dimension: the capacity's shadow price, ≥ 0. */
  prices: Float64Array;
}

/** Options per household in the first restricted LP: the best-scored ones. */
const FIRST_OPTIONS = 4;
/** Options per household added in a pricing round, best profit first. */
const OPTIONS_PER_ROUND = 3;
const MAX_ROUNDS = 50;

/**
 * Solves the LP relaxation by column generation: most of the 200,000 options of a large batch
 * never carry LP value, so the LP starts from each household's best-scored options (every option
 * of a mustPlace household, so a restricted LP is infeasible only if the whole one is) and adds
 * the options that price out, warm-started, until none does. Measured on 5,000 households: 3.3 s
 * of CPU against 8–9 s for the LP over every option, same value.
 *
 * Pricing uses the capacity duals λ alone: an option of household h prices out when its profit
 * score + penalty − λ·use exceeds the best profit among h's options in the LP (or 0). When none
 * does, the Lagrangian bound L(λ) over every option equals the restricted LP's value, which is
 * then the LP optimum. This avoids relying on the sign convention of the household rows' duals.
 */
export function solveRelaxation(highs: Highs, instance: CompiledInstance, timeLimitSeconds: number, seed: number): Relaxation {
  const startedAt = performance.now();
  const secondsLeft = (): number => timeLimitSeconds - (performance.now() - startedAt) / 1000;
  const { householdCount, optionStart, optionScore, mustPlace, capacity } = instance;
  const optionCount = optionScore.length;
  const optionValue = new Float64Array(optionCount);
  const prices = new Float64Array(capacity.length);
  if (optionCount === 0) return { status: "solved", optionValue, prices };

  const rows = relaxationRows(highs, instance);
  const inModel = new Uint8Array(optionCount);
  const columnOption: number[] = [];
  const first: number[] = [];
  for (let h = 0; h < householdCount; h++) {
    const options = range(optionStart[h] ?? 0, optionStart[h + 1] ?? 0);
    if (!mustPlace[h]) options.sort((a, b) => (optionScore[b] ?? 0) - (optionScore[a] ?? 0)).splice(FIRST_OPTIONS);
    first.push(...options);
  }
  const columns = columnData(instance, rows, first);
  first.forEach((option) => (inModel[option] = 1));
  columnOption.push(...first);

  const model: Model = highs.createModel({
    numCols: first.length,
    numRows: rows.count,
    sense: highs.constants.objectiveSense.maximize,
    colCost: columns.cost,
    colLower: columns.lower,
    colUpper: columns.upper,
    rowLower: rows.lower,
    rowUpper: rows.upper,
    matrix: columns.matrix,
  });
  try {
    model.options.set({ output_flag: false, random_seed: seed });
    const statuses = highs.constants.modelStatus;
    for (let round = 0; ; round++) {
      model.options.set({ time_limit: Math.max(secondsLeft(), 0.1) });
      const { modelStatus } = model.run();
      if (modelStatus === statuses.infeasible) return { status: "infeasible", optionValue, prices };
      const solution = model.getSolution();
      const solved = modelStatus === statuses.optimal && model.info.get("primal_solution_status") === highs.constants.solutionStatus.feasible;
      if (!solved) return { status: "incomplete", optionValue, prices };
      optionValue.fill(0);
      columnOption.forEach((option, column) => (optionValue[option] = solution.colValue[column] ?? 0));
      prices.fill(0);
      // Only the upper side of a capacity row can bind, so the magnitude is the price whatever HiGHS's sign convention.
      rows.capacityRow.forEach((row, index) => {
        if (row >= 0) prices[index] = Math.abs(solution.rowDual[row] ?? 0);
      });

      const entering = pricedOut(instance, prices, inModel);
      if (entering.length === 0) return { status: "solved", optionValue, prices };
      if (round + 1 >= MAX_ROUNDS || secondsLeft() <= 0) return { status: "incomplete", optionValue, prices };
      entering.forEach((option) => (inModel[option] = 1));
      columnOption.push(...entering);
      const added = columnData(instance, rows, entering);
      model.addCols({ cost: added.cost, lower: added.lower, upper: added.upper, matrix: added.matrix });
    }
  } finally {
    model.dispose();
  }

  function range(from: number, to: number): number[] {
    return Array.from({ length: to - from }, (_, index) => from + index);
  }

  /** Options outside the LP whose profit beats the best of their household's options inside it. */
  function pricedOut(instance: CompiledInstance, prices: Float64Array, inModel: Uint8Array): number[] {
    // Loss = the household's best profit over every option (or 0 for leaving it out) − the option's profit.
    const { optionLoss, unplacedLoss } = lagrangianBound(instance, prices);
    const entering: number[] = [];
    for (let h = 0; h < householdCount; h++) {
      const options = range(optionStart[h] ?? 0, optionStart[h + 1] ?? 0);
      const insideLoss = options.reduce((least, option) => (inModel[option] ? Math.min(least, optionLoss[option] ?? 0) : least), unplacedLoss[h] ?? 0);
      const better = options.filter((option) => !inModel[option] && (optionLoss[option] ?? 0) < insideLoss - 1e-9);
      better.sort((a, b) => (optionLoss[a] ?? 0) - (optionLoss[b] ?? 0));
      entering.push(...better.slice(0, OPTIONS_PER_ROUND));
    }
    return entering;
  }
}

interface RelaxationRows {
  count: number;
  lower: Float64Array;
  upper: Float64Array;
  /** Row of each household with options (−1 otherwise). */
  householdRow: Int32Array;
  /** Row of each municipality × dimension that every option together could exceed (−1 otherwise). */
  capacityRow: Int32Array;
}

/** One row per household (≤ 1, = 1 when it must be placed) and one per capacity that can bind. */
function relaxationRows(highs: Highs, instance: CompiledInstance): RelaxationRows {
  const { householdCount, dimensionCount, optionStart, optionMunicipality, use, capacity, mustPlace } = instance;
  const demand = new Float64Array(capacity.length);
  const householdRow = new Int32Array(householdCount).fill(-1);
  let count = 0;
  for (let h = 0; h < householdCount; h++) {
    if ((optionStart[h] ?? 0) === (optionStart[h + 1] ?? 0)) continue;
    householdRow[h] = count++;
    for (let option = optionStart[h] ?? 0; option < (optionStart[h + 1] ?? 0); option++) {
      const base = (optionMunicipality[option] ?? 0) * dimensionCount;
      for (let d = 0; d < dimensionCount; d++) demand[base + d] = (demand[base + d] ?? 0) + (use[h * dimensionCount + d] ?? 0);
    }
  }
  const capacityRow = new Int32Array(capacity.length).fill(-1);
  for (let i = 0; i < capacity.length; i++) if ((demand[i] ?? 0) > (capacity[i] ?? 0)) capacityRow[i] = count++;
  const lower = new Float64Array(count).fill(-highs.infinity);
  const upper = new Float64Array(count);
  householdRow.forEach((row, h) => {
    if (row < 0) return;
    upper[row] = 1;
    if (mustPlace[h]) lower[row] = 1;
  });
  capacityRow.forEach((row, i) => {
    if (row >= 0) upper[row] = capacity[i] ?? 0;
  });
  return { count, lower, upper, householdRow, capacityRow };
}

/** The columns of some options, in CSC form over the relaxation's rows; cost = score + penalty. */
function columnData(instance: CompiledInstance, rows: RelaxationRows, options: number[]) {
  const { dimensionCount, use, optionHousehold, optionMunicipality, optionScore, unplacedPenalty } = instance;
  const cost = new Float64Array(options.length);
  const starts = new Int32Array(options.length + 1);
  const indices = new Int32Array(options.length * (1 + dimensionCount));
  const values = new Float64Array(indices.length);
  let entry = 0;
  options.forEach((option, column) => {
    const h = optionHousehold[option] ?? 0;
    cost[column] = (optionScore[option] ?? 0) + unplacedPenalty;
    indices[entry] = rows.householdRow[h] ?? 0;
    values[entry++] = 1;
    const base = (optionMunicipality[option] ?? 0) * dimensionCount;
    for (let d = 0; d < dimensionCount; d++) {
      const amount = use[h * dimensionCount + d] ?? 0;
      const row = rows.capacityRow[base + d] ?? -1;
      if (amount === 0 || row < 0) continue;
      indices[entry] = row;
      values[entry++] = amount;
    }
    starts[column + 1] = entry;
  });
  return {
    cost,
    lower: new Float64Array(options.length),
    upper: new Float64Array(options.length).fill(1),
    matrix: { format: "csc" as const, numRows: rows.count, numCols: options.length, starts, indices: indices.subarray(0, entry), values: values.subarray(0, entry) },
  };
}

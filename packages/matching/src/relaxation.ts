import type { Highs } from "highs";
import type { CompiledInstance } from "./compiled-instance.ts";
import { buildAssignmentModel } from "./assignment-model.ts";

export interface Relaxation {
  /** "infeasible" is proved: then no settlement places every mustPlace household. */
  status: "solved" | "infeasible" | "incomplete";
  /** Per option: its LP value (0 for options outside the model). */
  optionValue: Float64Array;
  /** Per municipality × dimension: the capacity's shadow price, ≥ 0. */
  prices: Float64Array;
}

/** Solves the LP relaxation; its capacity duals give prices for the Lagrangian bound and the fixing. */
export function solveRelaxation(highs: Highs, instance: CompiledInstance, timeLimitSeconds: number, seed: number): Relaxation {
  const everyOption = new Uint8Array(instance.optionScore.length).fill(1);
  const model = buildAssignmentModel(highs, instance, {
    keepOption: everyOption,
    forcePlace: new Uint8Array(instance.householdCount),
    capacity: instance.capacity,
    integer: false,
  });
  const optionValue = new Float64Array(instance.optionScore.length);
  const prices = new Float64Array(instance.capacity.length);
  if (model.data.numCols === 0) return { status: "solved", optionValue, prices };
  const solver = highs.createModel(model.data);
  try {
    solver.options.set({ output_flag: false, time_limit: Math.max(timeLimitSeconds, 0.1), random_seed: seed });
    const { modelStatus } = solver.run();
    const statuses = highs.constants.modelStatus;
    if (modelStatus === statuses.infeasible) return { status: "infeasible", optionValue, prices };
    const solution = solver.getSolution();
    const feasible = solver.info.get("primal_solution_status") === highs.constants.solutionStatus.feasible;
    if (feasible) model.columnOption.forEach((option, column) => (optionValue[option] = solution.colValue[column] ?? 0));
    if (solver.info.get("dual_solution_status") !== highs.constants.solutionStatus.none) {
      // Only the upper side of a capacity row can bind, so the magnitude is the price whatever HiGHS's sign convention.
      model.capacityRow.forEach((row, index) => {
        if (row >= 0) prices[index] = Math.abs(solution.rowDual[row] ?? 0);
      });
    }
    return { status: modelStatus === statuses.optimal && feasible ? "solved" : "incomplete", optionValue, prices };
  } finally {
    solver.dispose();
  }
}

import type { Highs } from "highs";
import type { CompiledInstance } from "./compiled-instance.ts";
import { buildAssignmentModel } from "./assignment-model.ts";
import type { Placement } from "./placement.ts";

export interface MipScope {
  /** Households outside the MIP keep their place here; households inside must be unplaced here. */
  base: Placement;
  /** Per option: 1 if the MIP may choose it (only options of households unplaced in `base`). */
  keepOption: Uint8Array;
  /** Per household: 1 if the MIP must place it (beyond mustPlace). */
  forcePlace: Uint8Array;
  /** A feasible settlement that agrees with `base` outside the MIP, handed to HiGHS as its start. */
  start: Placement | undefined;
}

export interface MipOutcome {
  /** `base` completed with the MIP's best choices, when HiGHS found a solution. */
  placement: Placement | undefined;
  /** Upper bound on every settlement that agrees with `base` outside the MIP (−Infinity: none exists). */
  bound: number;
}

export interface MipSettings {
  timeLimitSeconds: number;
  relativeGap: number;
  seed: number;
  /** Stop as soon as the settlement found reaches this objective (e.g. close enough to a bound known outside the MIP). */
  stopAtObjective?: number;
  /** Shared with a MIP in another thread (one Int32 over a SharedArrayBuffer): set on reaching stopAtObjective; stop when set. */
  stopSignal?: Int32Array;
  /** Stop once HiGHS's settlement is within this of its own bound (a search's MIP need not prove its neighbourhood's optimum). */
  absoluteGap?: number;
  /** Stop this MIP alone (no stop signal) once its settlement reaches this objective: a search round's first improvement. */
  stopAtImprovement?: number;
  /** On the helper thread: set (one Int32 over a SharedArrayBuffer) once the MIP has ended, for a thread that cannot await the answer. */
  answered?: Int32Array;
}

/** The assignment MIP over the households unplaced in `base`, within the capacity `base` leaves. */
export function solveAssignmentMip(highs: Highs, instance: CompiledInstance, scope: MipScope, settings: MipSettings): MipOutcome {
  const model = buildAssignmentModel(highs, instance, {
    keepOption: scope.keepOption,
    forcePlace: scope.forcePlace,
    capacity: scope.base.remaining,
    integer: true,
  });
  const baseValue = scope.base.objective();
  if (model.data.numCols === 0) return { placement: scope.base.clone(), bound: baseValue };
  // With the settled part as offset, HiGHS's objective, bound and relative gap are those of the whole settlement.
  const solver = highs.createModel({ ...model.data, offset: baseValue });
  try {
    solver.options.set({
      output_flag: false,
      time_limit: Math.max(settings.timeLimitSeconds, 0.1),
      mip_rel_gap: settings.relativeGap,
      random_seed: settings.seed,
      ...(settings.absoluteGap ? { mip_abs_gap: settings.absoluteGap } : {}),
    });
    const start = scope.start;
    if (start) {
      const colValue = new Float64Array(model.data.numCols);
      model.columnOption.forEach((option, column) => {
        if (start.chosen[instance.optionHousehold[option] ?? 0] === option) colValue[column] = 1;
      });
      // Only a hint: HiGHS rejecting it must not stop the solve.
      solver.raw.setSolution({ colValue });
    }
    const { modelStatus } = solver.run(stoppingCallbacks(highs, settings));
    if (modelStatus === highs.constants.modelStatus.infeasible) return { placement: undefined, bound: -Infinity };
    const reported = Number(solver.info.get("mip_dual_bound"));
    const bound = Number.isNaN(reported) ? Infinity : reported;

    if (solver.info.get("primal_solution_status") !== highs.constants.solutionStatus.feasible) return { placement: undefined, bound };
    const values = solver.getSolution().colValue;
    const placement = scope.base.clone();
    model.columnOption.forEach((option, column) => {
      if ((values[column] ?? 0) > 0.5) placement.place(instance.optionHousehold[option] ?? 0, option);
    });
    return { placement: placement.isFeasible() ? placement : undefined, bound };
  } finally {
    solver.dispose();
  }
}

/**
 * Callbacks that stop a HiGHS run at the deadline of settings.timeLimitSeconds (HiGHS checks its
 * own time limit too seldom: 3.8 s late on 1,000 households), on the stop signal, once a MIP
 * solution reaches settings.stopAtObjective (which raises the stop signal for the other thread),
 * and once it reaches settings.stopAtImprovement (which does not).
 */
export function stoppingCallbacks(highs: Highs, settings: MipSettings) {
  const { stopAtObjective, stopAtImprovement, stopSignal } = settings;
  const deadline = Date.now() + Math.max(settings.timeLimitSeconds, 0.1) * 1000;
  const overdue = (event: { interrupt(): void }): undefined => {
    if (Date.now() > deadline || (stopSignal && Atomics.load(stopSignal, 0) === 1)) event.interrupt();
    return undefined;
  };
  return {
    [highs.constants.callbackType.simplexInterrupt]: overdue,
    [highs.constants.callbackType.mipInterrupt](event: { data: { mip_primal_bound?: number }; interrupt(): void }) {
      const found = event.data.mip_primal_bound ?? Number.NaN;
      if (stopAtObjective !== undefined && Number.isFinite(found) && found >= stopAtObjective) {
        if (stopSignal) Atomics.store(stopSignal, 0, 1);
        event.interrupt();
      } else if (stopAtImprovement !== undefined && Number.isFinite(found) && found >= stopAtImprovement) event.interrupt();
      else overdue(event);
      return undefined;
    },
  };
}

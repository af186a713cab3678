import type { Highs } from "highs";
import { solveAssignmentMip, type MipOutcome, type MipSettings } from "./assignment-mip.ts";
import type { CompiledInstance } from "./compiled-instance.ts";
import { Placement } from "./placement.ts";

/**
 * The plain method: one HiGHS MIP over every household × candidate binary, HiGHS's own settings
 * apart from the gap, time limit and seed, and the start given (none for the benchmark's baseline).
 * Its objective, bound and gap are those of the whole settlement.
 */
export function solvePlainMip(highs: Highs, instance: CompiledInstance, settings: MipSettings, start?: Placement): MipOutcome {
  return solveAssignmentMip(
    highs,
    instance,
    {
      base: new Placement(instance),
      keepOption: new Uint8Array(instance.optionScore.length).fill(1),
      forcePlace: new Uint8Array(instance.householdCount),
      start,
    },
    settings,
  );
}

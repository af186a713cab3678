import { test } from "node:test";
import assert from "node:assert/strict";
import { solveAssignmentMip } from "./assignment-mip.ts";
import { compileInstance } from "./compiled-instance.ts";
import { greedyPlacement } from "./greedy.ts";
import { highsRuntime } from "./highs-runtime.ts";
import { generateSettlementInstance } from "./instance-generator.ts";
import { Placement } from "./placement.ts";

/** An 80-household instance, every option open, and a start clearly short of the optimum. */
async function startShortOfOptimum() {
  const highs = await highsRuntime();
  // A seed whose greedy settlement places every household that must be (the start must be feasible).
  const seed = [1, 2, 3, 4, 5, 6, 7, 8].find((s) => greedyPlacement(compileInstance(generateSettlementInstance({ households: 80, seed: s }))).isFeasible());
  const instance = compileInstance(generateSettlementInstance({ households: 80, seed: seed ?? 0 }));
  // The greedy settlement without its first ten households that need not be placed.
  const start = greedyPlacement(instance);
  for (let h = 0, left = 10; h < instance.householdCount && left > 0; h++) {
    if (!instance.mustPlace[h] && (start.chosen[h] ?? -1) >= 0) {
      start.unplace(h);
      left--;
    }
  }
  const scope = { base: new Placement(instance), keepOption: new Uint8Array(instance.optionScore.length).fill(1), forcePlace: new Uint8Array(instance.householdCount), start };
  return { highs, instance, start, scope };
}

test("with an absolute gap the MIP stops within it of its bound, short of the optimum it proves without", async () => {
  const { highs, instance, start, scope } = await startShortOfOptimum();
  const settings = { timeLimitSeconds: 60, relativeGap: 0, seed: 0 };
  const optimum = solveAssignmentMip(highs, instance, scope, settings).placement?.objective() ?? Number.NaN;
  assert.ok(optimum - start.objective() > 0.1, `the start ${start.objective()} is already optimal`);
  // Wider than the distance from the start to any bound (each household in its best candidate): HiGHS may stop at its start.
  let everyoneBest = 0;
  for (let h = 0; h < instance.householdCount; h++) {
    everyoneBest += Math.max(-instance.unplacedPenalty, ...instance.optionScore.subarray(instance.optionStart[h], instance.optionStart[h + 1]));
  }
  const absoluteGap = everyoneBest - start.objective() + 1;
  const stopped = solveAssignmentMip(highs, instance, scope, { ...settings, absoluteGap });
  const value = stopped.placement?.objective() ?? Number.NaN;
  assert.ok(stopped.bound - value <= absoluteGap + 1e-6, `${value} against a bound of ${stopped.bound}`);
  assert.ok(value < optimum - 1e-6, `it went on to the optimum ${optimum}`);
});

test("at its first improvement the MIP stops alone: better than its start, its optimum not proved, no stop signal raised", async () => {
  const { highs, start, instance, scope } = await startShortOfOptimum();
  const stopSignal = new Int32Array(new SharedArrayBuffer(4));
  const outcome = solveAssignmentMip(highs, instance, scope, { timeLimitSeconds: 60, relativeGap: 0, seed: 0, stopSignal, stopAtImprovement: start.objective() + 1e-6 });
  const value = outcome.placement?.objective() ?? Number.NaN;
  assert.ok(value > start.objective(), `${value} is no better than the start ${start.objective()}`);
  // Without the stop HiGHS proves the optimum (gap 0), and its bound meets its settlement.
  assert.ok(outcome.bound > value + 1e-6, `it went on to prove ${value} optimal`);
  assert.equal(Atomics.load(stopSignal, 0), 0);
});

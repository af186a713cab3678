import { test } from "node:test";
import assert from "node:assert/strict";
import { compileInstance } from "./compiled-instance.ts";
import { disagreement, improveOverDisagreement, searchBesideMip } from "./disagreement.ts";
import { greedyPlacement } from "./greedy.ts";
import { highsModule, highsRuntime } from "./highs-runtime.ts";
import { placementFromFillings, searchHouseholdPrices } from "./household-prices.ts";
import { generateSettlementInstance } from "./instance-generator.ts";
import { KnapsackRelaxation } from "./knapsack-bound.ts";
import { lagrangianBound } from "./lagrangian-bound.ts";
import { MipThread } from "./mip-thread.ts";
import { NeighbourhoodGuide } from "./neighbourhood-guide.ts";
import { SharedIncumbent } from "./shared-incumbent.ts";
import { solveRelaxation } from "./relaxation.ts";

/** A time budget no run reaches: the search stops on reaching its objective, not on the clock. */
const unlimitedSeconds = 3_600;

/** 500 households, their disagreement against the LP and the fillings, and the better first settlement. */
async function disagreementCase() {
  const highs = await highsRuntime();
  const compiled = compileInstance(generateSettlementInstance({ households: 500, seed: 9 }));
  const relaxation = solveRelaxation(highs, compiled, 30, 0);
  const lp = lagrangianBound(compiled, relaxation.prices);
  const search = searchHouseholdPrices(compiled, new KnapsackRelaxation(compiled, relaxation.prices), lp.bestProfit, {
    incumbent: () => lp.bound * 0.99,
    closeEnough: () => false,
    worthwhile: () => 0,
    secondsLeft: () => 10,
    onFillings: () => {},
  });
  const start = [placementFromFillings(compiled, search.taken), greedyPlacement(compiled)].filter((p) => p.isFeasible()).sort((a, b) => b.objective() - a.objective())[0];
  assert.ok(start);
  const { base, keepOption } = disagreement(compiled, start, relaxation.optionValue, search.taken, lp.optionLoss);
  const scope = { base, keepOption, forcePlace: new Uint8Array(compiled.householdCount), start };
  // Stops at the first settlement better than the start, however long the machine takes to find
  // it: no wall-clock expectation (the time limits only guard against a hang; the runner's timeout is the real one).
  const settings = { timeLimitSeconds: unlimitedSeconds, relativeGap: 1e-3, seed: 0, stopAtObjective: start.objective() + 1e-6 };
  // The price search's prices stand in for the master's, which a guide gets in the solver.
  const guide = new NeighbourhoodGuide(compiled, { capacity: relaxation.prices, household: search.prices });
  return { highs, compiled, bound: search.bound, start, scope, settings, guide };
}

test("the search over the disagreement keeps the agreed households, and only improves, alone, beside the whole MIP, on both threads and guided", async () => {
  const { highs, compiled, bound, start, scope, settings, guide } = await disagreementCase();
  let reopened = 0;
  scope.base.chosen.forEach((option, h) => {
    if (option >= 0) assert.equal(option, start.chosen[h], "a household kept where it agrees");
    else {
      reopened++;
      if ((start.chosen[h] ?? -1) >= 0) assert.equal(scope.keepOption[start.chosen[h] ?? 0], 1, "its incumbent option stays open");
    }
  });
  assert.ok(reopened > 0 && reopened < compiled.householdCount, `${reopened} households reconsidered`);

  for (const mode of ["alone", "beside the whole MIP", "on both threads", "guided"]) {
    // Made here, so that a failure in the first round leaves no thread keeping the test alive.
    const helper = mode === "alone" ? undefined : new MipThread(compiled, await highsModule());
    try {
      const result =
        helper && mode === "beside the whole MIP"
          ? await searchBesideMip(highs, scope, settings, helper, unlimitedSeconds, () => unlimitedSeconds)
          : await improveOverDisagreement(highs, scope, settings, helper, () => unlimitedSeconds, mode === "guided" ? guide : undefined);
      assert.ok(result?.isFeasible(), mode);
      assert.ok((result?.objective() ?? -Infinity) > start.objective(), `${mode}: ${result?.objective()} vs start ${start.objective()}`);
      assert.ok((result?.objective() ?? Infinity) <= bound + 1e-9, mode);
    } finally {
      helper?.close();
    }
  }
});

for (const guided of [false, true]) {
  test(`the helper thread's search${guided ? ", guided," : ""} offers each settlement it finds to the shared one, which this thread reads`, async () => {
    const { compiled, start, scope, settings, guide } = await disagreementCase();
    const shared = SharedIncumbent.create(compiled, start);
    assert.equal(shared.betterThan(start), undefined, "nothing better than the start yet");
    const helper = new MipThread(compiled, await highsModule());
    try {
      const stopSignal = new Int32Array(new SharedArrayBuffer(4));
      const reply = await helper.search(compiled, scope, { ...settings, stopSignal }, shared, guided ? guide.prices : undefined);
      const found = reply.placement;
      assert.ok(found && found.isFeasible());
      assert.ok(found.objective() > start.objective(), `the helper found ${found.objective()} from ${start.objective()}`);
      assert.equal(Atomics.load(stopSignal, 0), 1, "reaching the target raises the stop signal");
      const read = shared.betterThan(start);
      assert.ok(read);
      assert.ok(read.isFeasible());
      assert.deepEqual(Array.from(read.chosen), Array.from(found.chosen), "the shared settlement is the helper's");
      assert.equal(shared.betterThan(read), undefined, "and nothing better than it");
    } finally {
      helper.close();
    }
  });
}

import { test } from "node:test";
import assert from "node:assert/strict";
import { compileInstance } from "./compiled-instance.ts";
import { disagreement, improveOverDisagreement } from "./disagreement.ts";
import { greedyPlacement } from "./greedy.ts";
import { highsRuntime } from "./highs-runtime.ts";
import { placementFromFillings, searchHouseholdPrices } from "./household-prices.ts";
import { generateSettlementInstance } from "./instance-generator.ts";
import { KnapsackRelaxation } from "./knapsack-bound.ts";
import { lagrangianBound } from "./lagrangian-bound.ts";
import { MipThread } from "./mip-thread.ts";
import { solveRelaxation } from "./relaxation.ts";

/** A time budget no run reaches: the search stops on reaching its objective, not on the clock. */
const unlimitedSeconds = 3_600;

test("the search over the disagreement keeps the agreed households, and only improves, alone and with a helper thread", async () => {
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
  let reopened = 0;
  base.chosen.forEach((option, h) => {
    if (option >= 0) assert.equal(option, start.chosen[h], "a household kept where it agrees");
    else {
      reopened++;
      if ((start.chosen[h] ?? -1) >= 0) assert.equal(keepOption[start.chosen[h] ?? 0], 1, "its incumbent option stays open");
    }
  });
  assert.ok(reopened > 0 && reopened < compiled.householdCount, `${reopened} households reconsidered`);

  const scope = { base, keepOption, forcePlace: new Uint8Array(compiled.householdCount), start };
  // Stops at the first settlement better than the start, however long the machine takes to find
  // it: no wall-clock expectation (the time limits only guard against a hang; the runner's timeout is the real one).
  const settings = { timeLimitSeconds: unlimitedSeconds, relativeGap: 1e-3, seed: 0, stopAtObjective: start.objective() + 1e-6 };
  for (const withHelper of [false, true]) {
    // Made here, so that a failure in the first round leaves no thread keeping the test alive.
    const helper = withHelper ? new MipThread(compiled) : undefined;
    try {
      const result = await improveOverDisagreement(highs, scope, settings, helper, () => unlimitedSeconds);
      assert.ok(result?.isFeasible());
      assert.ok((result?.objective() ?? -Infinity) > start.objective(), `${result?.objective()} vs start ${start.objective()}`);
      assert.ok((result?.objective() ?? Infinity) <= search.bound + 1e-9);
    } finally {
      helper?.close();
    }
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { compileInstance } from "./compiled-instance.ts";
import { highsRuntime } from "./highs-runtime.ts";
import { MipThread, solveOnBothThreads } from "./mip-thread.ts";
import { Placement } from "./placement.ts";
import { solveAssignmentMip } from "./assignment-mip.ts";
import { generateSettlementInstance } from "./instance-generator.ts";
import { bruteForceOptimum, tinyInstance } from "./test-instances.ts";

test("the helper thread solves a MIP to the brute-force optimum, alone and on two threads", async () => {
  const highs = await highsRuntime();
  let checked = 0;
  for (let seed = 1; checked < 5 && seed < 50; seed++) {
    const instance = tinyInstance(seed, 8, 3);
    const optimum = bruteForceOptimum(instance);
    if (optimum === undefined) continue;
    const compiled = compileInstance(instance);
    const scope = {
      base: new Placement(compiled),
      keepOption: new Uint8Array(compiled.optionScore.length).fill(1),
      forcePlace: new Uint8Array(compiled.householdCount),
      start: undefined,
    };
    const settings = { timeLimitSeconds: 20, relativeGap: 0, seed: 0 };
    const helper = new MipThread(compiled);
    try {
      const there = await helper.solve(compiled, scope, settings);
      assert.ok(Math.abs((there.placement?.objective() ?? Number.NaN) - optimum) < 1e-6, `seed ${seed}: thread ${there.placement?.objective()} vs ${optimum}`);
      assert.ok(there.bound >= optimum - 1e-6);
      const both = await solveOnBothThreads(highs, compiled, scope, settings, helper);
      assert.ok(Math.abs((both.placement?.objective() ?? Number.NaN) - optimum) < 1e-6, `seed ${seed}: both ${both.placement?.objective()} vs ${optimum}`);
      assert.ok(both.bound >= optimum - 1e-6);
    } finally {
      helper.close();
    }
    checked++;
  }
  assert.equal(checked, 5);
});

test("a raised stop signal ends a long MIP on either thread within moments", async () => {
  const highs = await highsRuntime();
  const compiled = compileInstance(generateSettlementInstance({ households: 400, seed: 5 }));
  const scope = {
    base: new Placement(compiled),
    keepOption: new Uint8Array(compiled.optionScore.length).fill(1),
    forcePlace: new Uint8Array(compiled.householdCount),
    start: undefined,
  };
  const stopSignal = new Int32Array(new SharedArrayBuffer(4));
  Atomics.store(stopSignal, 0, 1);
  // Proving this MIP optimal takes far longer than the 5 s allowed here.
  const settings = { timeLimitSeconds: 60, relativeGap: 0, seed: 0, stopSignal };
  const helper = new MipThread(compiled);
  try {
    let startedAt = performance.now();
    await helper.solve(compiled, scope, settings);
    assert.ok(performance.now() - startedAt < 5_000, "the helper thread stopped");
    startedAt = performance.now();
    solveAssignmentMip(highs, compiled, scope, settings);
    assert.ok(performance.now() - startedAt < 5_000, "this thread stopped");
  } finally {
    helper.close();
  }
});

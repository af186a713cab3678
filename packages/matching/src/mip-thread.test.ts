import { test } from "node:test";
import assert from "node:assert/strict";
import { compileInstance } from "./compiled-instance.ts";
import { highsModule, highsRuntime } from "./highs-runtime.ts";
import { MipThread, solveOnBothThreads } from "./mip-thread.ts";
import { Placement } from "./placement.ts";
import { solveAssignmentMip } from "./assignment-mip.ts";
import { generateSettlementInstance } from "./instance-generator.ts";
import { bruteForceOptimum, tinyInstance } from "./test-instances.ts";

test("the helper thread solves a MIP to the brute-force optimum, alone (and flags its answer) and on two threads", async () => {
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
    const answered = new Int32Array(new SharedArrayBuffer(4));
    const settings = { timeLimitSeconds: 20, relativeGap: 0, seed: 0 };
    const helper = new MipThread(compiled, await highsModule());
    try {
      const there = await helper.solve(compiled, scope, { ...settings, answered });
      // What a thread blocked in HiGHS reads instead of awaiting the answer.
      assert.equal(Atomics.load(answered, 0), 1);
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

test("a raised stop signal ends a long MIP on either thread before it is proven", async () => {
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
  // With gap 0 an unstopped MIP ends only once its bound meets its best settlement, which takes
  // minutes here; a stopped one ends with the two apart (or nothing found). No clock is read, so a
  // loaded machine cannot fail this, and a stop signal that is ignored still fails it.
  const settings = { timeLimitSeconds: 600, relativeGap: 0, seed: 0, stopSignal };
  const unproven = (outcome: { placement: Placement | undefined; bound: number }) => outcome.placement === undefined || outcome.bound - outcome.placement.objective() > 1e-6;
  const helper = new MipThread(compiled, await highsModule());
  try {
    assert.ok(unproven(await helper.solve(compiled, scope, settings)), "the helper thread stopped");
    assert.ok(unproven(solveAssignmentMip(highs, compiled, scope, settings)), "this thread stopped");
  } finally {
    helper.close();
  }
});

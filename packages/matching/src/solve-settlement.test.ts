import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { assertValidResult } from "./check-result.ts";
import { greedySettlement, solveSettlement, type SettlementInstance } from "./index.ts";
import { generateSettlementInstance } from "./instance-generator.ts";
import { bruteForceOptimum, tinyInstance } from "./test-instances.ts";
import { compileInstance } from "./compiled-instance.ts";
import { highsRuntime } from "./highs-runtime.ts";
import { lagrangianBound } from "./lagrangian-bound.ts";
import { solveRelaxation } from "./relaxation.ts";

for (const method of ["plain", "decomposition"] as const) {
  test(`${method}: matches brute force on 60 random tiny instances`, async () => {
    for (let seed = 1; seed <= 60; seed++) {
      const instance = tinyInstance(seed);
      const optimum = bruteForceOptimum(instance);
      const result = await solveSettlement(instance, { relativeGap: 0, method });
      if (optimum === undefined) {
        assert.equal(result.status, "infeasible", `seed ${seed}`);
        assert.ok(result.reason, `seed ${seed}: infeasible with a reason`);
        continue;
      }
      assertValidResult(instance, result);
      assert.ok(Math.abs(result.objective - optimum) < 1e-6, `seed ${seed}: ${result.objective} vs brute force ${optimum}`);
      assert.equal(result.status, "optimal", `seed ${seed}`);
      assert.ok(result.bound >= optimum - 1e-6, `seed ${seed}: bound ${result.bound} below optimum ${optimum}`);
    }
  });

  test(`${method}: every result is feasible, honest and explained (property)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 4 }), async (seed, households, municipalities) => {
        const instance = tinyInstance(seed, households, municipalities);
        const result = await solveSettlement(instance, { method });
        assertValidResult(instance, result);
        const optimum = bruteForceOptimum(instance);
        assert.equal(result.status === "infeasible", optimum === undefined);
        if (optimum !== undefined) assert.ok(result.bound >= optimum - 1e-6, `bound ${result.bound} below the optimum ${optimum}`);
      }),
      { numRuns: 80, seed: 42 },
    );
  });
}

test("a generated instance of 300 households is solved at least as well as greedy", async () => {
  const instance = generateSettlementInstance({ households: 300, seed: 7 });
  const result = await solveSettlement(instance, { timeLimitSeconds: 20 });
  const greedy = greedySettlement(instance);
  assertValidResult(instance, result);
  assertValidResult(instance, greedy);
  assert.ok(result.objective >= greedy.objective, `${result.objective} vs greedy ${greedy.objective}`);
});

test("a generated instance of 700 households (two threads): within 1 % of a bound below the LP's, far above greedy", async () => {
  const instance = generateSettlementInstance({ households: 700, seed: 11 });
  const result = await solveSettlement(instance, { timeLimitSeconds: 25 });
  assertValidResult(instance, result);
  const compiled = compileInstance(instance);
  const lp = lagrangianBound(compiled, solveRelaxation(await highsRuntime(), compiled, 30, 0).prices).bound;
  assert.ok(result.bound < lp, `bound ${result.bound} not below the LP bound ${lp}`);
  assert.ok(result.bound - result.objective <= 0.01 * Math.abs(result.bound), `gap: ${result.objective} vs ${result.bound}`);
  assert.ok(result.objective > greedySettlement(instance).objective);
});

test("mustPlace households that cannot fit make the instance infeasible, with a reason", async () => {
  const instance: SettlementInstance = {
    dimensions: ["persons"],
    municipalities: [{ id: "0301", capacity: { persons: 5 } }],
    households: [
      { id: "a", use: { persons: 3 }, candidates: [{ municipality: "0301", score: 1 }], mustPlace: true },
      { id: "b", use: { persons: 3 }, candidates: [{ municipality: "0301", score: 1 }], mustPlace: true },
    ],
  };
  const result = await solveSettlement(instance);
  assert.equal(result.status, "infeasible");
  assert.match(result.reason ?? "", /mustPlace/);
  assert.deepEqual(result.unplaced, ["a", "b"]);
});

test("explains a better candidate by the capacity that was used up, and by whom", async () => {
  const instance: SettlementInstance = {
    dimensions: ["persons", "wheelchairHomes"],
    municipalities: [
      { id: "4601", capacity: { persons: 12, wheelchairHomes: 0 } },
      { id: "0301", capacity: { persons: 20 } },
    ],
    households: [
      { id: "big", use: { persons: 8 }, candidates: [{ municipality: "4601", score: 9 }] },
      { id: "pair", use: { persons: 4 }, candidates: [{ municipality: "4601", score: 4.1 }] },
      { id: "late", use: { persons: 3 }, candidates: [{ municipality: "4601", score: 5 }, { municipality: "0301", score: 2.7 }] },
    ],
  };
  const result = await solveSettlement(instance);
  assert.equal(result.status, "optimal");
  assert.equal(result.objective, 15.8);
  const late = result.explanations.late;
  assert.equal(late?.chosen, "0301");
  assert.deepEqual(late?.alternatives, [
    { municipality: "4601", score: 5, whyNot: "capacity of persons in 4601 was full: 12 of 12 used by 2 households with scores 4.1–9" },
  ]);
  assert.equal(result.explanations.big?.reason, "placed in its highest-scored candidate");
});

test("the same instance and settings give the same placements (single thread, time limit not reached)", async () => {
  for (const households of [60, 200]) {
    const instance = generateSettlementInstance({ households, seed: 21 });
    const first = await solveSettlement(instance, { timeLimitSeconds: 60 });
    const second = await solveSettlement(instance, { timeLimitSeconds: 60 });
    assert.deepEqual(second.assignments, first.assignments, `${households} households`);
    assert.equal(second.bound, first.bound);
  }
});

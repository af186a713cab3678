import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { compileInstance } from "./compiled-instance.ts";
import { highsRuntime } from "./highs-runtime.ts";
import { placementFromFillings, searchHouseholdPrices } from "./household-prices.ts";
import { generateSettlementInstance, mulberry32 } from "./instance-generator.ts";
import { KnapsackRelaxation } from "./knapsack-bound.ts";
import { lagrangianBound } from "./lagrangian-bound.ts";
import { solveRelaxation } from "./relaxation.ts";
import type { SettlementInstance } from "./settlement-schema.ts";
import { bruteForceOptimum, tinyInstance } from "./test-instances.ts";

/** Household prices at random: ≥ 0, and of either sign for households that must be placed. */
function randomPrices(instance: SettlementInstance, seed: number): Float64Array {
  const random = mulberry32(seed);
  return Float64Array.from(instance.households, (h) => (h.mustPlace ? random() * 8 - 4 : random() < 0.3 ? 0 : random() * 6));
}

function randomCapacityPrices(length: number, seed: number): Float64Array {
  const random = mulberry32(seed);
  return Float64Array.from({ length }, () => (random() < 0.5 ? 0 : random() * 2));
}

test("the knapsack bound is at least the optimum for any household and capacity prices (property, brute force)", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 4 }), (seed, households, municipalities) => {
      const instance = tinyInstance(seed, households, municipalities);
      const optimum = bruteForceOptimum(instance);
      if (optimum === undefined) return;
      const compiled = compileInstance(instance);
      const taken = new Uint8Array(compiled.optionScore.length);
      const capacityPrices = randomCapacityPrices(compiled.capacity.length, seed + 1);
      // Exact programmes; smaller limits price every dimension but one (programmes of up to 9 × 7 states × items), then all but the fractional bound.
      for (const maxWork of [Infinity, 80, 30, 0]) {
        const bound = new KnapsackRelaxation(compiled, capacityPrices, maxWork).evaluate(randomPrices(instance, seed), taken);
        assert.ok(bound >= optimum - 1e-9, `seed ${seed}, maxWork ${maxWork}: bound ${bound} below optimum ${optimum}`);
      }
    }),
    { numRuns: 300, seed: 7 },
  );
});

/** Tight in every dimension: several can bind at once in one municipality. */
function threeDimensionInstance(seed: number): SettlementInstance {
  const random = mulberry32(seed);
  const ids = ["4601", "4602", "4603"];
  return {
    dimensions: ["persons", "unaccompaniedMinors", "wheelchairHomes"],
    municipalities: ids.map((id) => ({
      id,
      capacity: { persons: 2 + Math.floor(random() * 9), unaccompaniedMinors: Math.floor(random() * 3), wheelchairHomes: Math.floor(random() * 3) },
    })),
    households: Array.from({ length: 7 }, (_, h) => ({
      id: `h${h}`,
      use: { persons: 1 + Math.floor(random() * 5), unaccompaniedMinors: random() < 0.4 ? 1 : 0, wheelchairHomes: random() < 0.4 ? 1 : 0 },
      candidates: ids.filter(() => random() < 0.8).map((municipality) => ({ municipality, score: Math.round((random() * 8 - 1) * 10) / 10 })),
      mustPlace: random() < 0.1,
    })),
    unplacedPenalty: Math.floor(random() * 2),
  };
}

test("after the price search (near the best prices, where the bound is tight) it still holds, in every mode of the programme", async () => {
  const highs = await highsRuntime();
  for (let seed = 1; seed <= 80; seed++) {
    const instance = threeDimensionInstance(seed);
    const optimum = bruteForceOptimum(instance);
    if (optimum === undefined) continue;
    const compiled = compileInstance(instance);
    const relaxation = solveRelaxation(highs, compiled, 10, 0);
    const lp = lagrangianBound(compiled, relaxation.prices);
    for (const maxWork of [Infinity, 60, 25, 0]) {
      const search = searchHouseholdPrices(compiled, new KnapsackRelaxation(compiled, relaxation.prices, maxWork), lp.bestProfit, {
        incumbent: () => optimum,
        closeEnough: () => false,
        worthwhile: () => 0,
        secondsLeft: () => 10,
        onFillings: () => {},
      });
      assert.ok(search.bound >= optimum - 1e-9, `seed ${seed}, maxWork ${maxWork}: bound ${search.bound} below optimum ${optimum}`);
    }
  }
});

test("with one municipality and zero prices the knapsack bound is the optimum (the programme is exact)", () => {
  for (let seed = 1; seed <= 40; seed++) {
    const random = mulberry32(seed);
    const instance: SettlementInstance = {
      dimensions: ["persons", "unaccompaniedMinors", "wheelchairHomes"],
      municipalities: [{ id: "4601", capacity: { persons: 1 + Math.floor(random() * 12), unaccompaniedMinors: Math.floor(random() * 3), wheelchairHomes: Math.floor(random() * 2) } }],
      households: Array.from({ length: 9 }, (_, h) => ({
        id: `h${h}`,
        use: { persons: 1 + Math.floor(random() * 6), unaccompaniedMinors: random() < 0.3 ? 1 : 0, wheelchairHomes: random() < 0.2 ? 1 : 0 },
        candidates: [{ municipality: "4601", score: Math.round(random() * 80) / 10 }],
      })),
      unplacedPenalty: 0.5,
    };
    const compiled = compileInstance(instance);
    const taken = new Uint8Array(compiled.optionScore.length);
    const bound = new KnapsackRelaxation(compiled, new Float64Array(compiled.capacity.length)).evaluate(new Float64Array(compiled.householdCount), taken);
    const optimum = bruteForceOptimum(instance) ?? Number.NaN;
    assert.ok(Math.abs(bound - optimum) < 1e-9, `seed ${seed}: bound ${bound} vs optimum ${optimum}`);
    // The filling it reports is a settlement with that objective.
    const placement = placementFromFillings(compiled, taken);
    assert.ok(placement.isFeasible());
    assert.ok(Math.abs(placement.objective() - optimum) < 1e-9, `seed ${seed}: filling ${placement.objective()} vs optimum ${optimum}`);
  }
});

test("fractional uses fall back to a bound that still holds", () => {
  for (let seed = 1; seed <= 60; seed++) {
    const instance = tinyInstance(seed, 6, 2);
    for (const household of instance.households) household.use.persons = (household.use.persons ?? 0) * 0.75;
    const optimum = bruteForceOptimum(instance);
    if (optimum === undefined) continue;
    const compiled = compileInstance(instance);
    const bound = new KnapsackRelaxation(compiled, randomCapacityPrices(compiled.capacity.length, seed)).evaluate(
      randomPrices(instance, seed),
      new Uint8Array(compiled.optionScore.length),
    );
    assert.ok(bound >= optimum - 1e-9, `seed ${seed}: bound ${bound} below optimum ${optimum}`);
  }
});

test("on a generated instance the price search ends at or below the LP bound and above every settlement it built", async () => {
  const compiled = compileInstance(generateSettlementInstance({ households: 300, seed: 3 }));
  const highs = await highsRuntime();
  const relaxation = solveRelaxation(highs, compiled, 30, 0);
  assert.equal(relaxation.status, "solved");
  const lp = lagrangianBound(compiled, relaxation.prices);
  const knapsacks = new KnapsackRelaxation(compiled, relaxation.prices);
  // At the LP duals the knapsacks, solved in integers, can only lose against the LP.
  const atDuals = knapsacks.evaluate(lp.bestProfit, new Uint8Array(compiled.optionScore.length));
  assert.ok(atDuals <= lp.bound + 1e-6, `K at the LP duals ${atDuals} above the LP bound ${lp.bound}`);
  let best = -Infinity;
  const search = searchHouseholdPrices(compiled, knapsacks, lp.bestProfit, {
    incumbent: () => (best > -Infinity ? best : lp.bound * 0.99),
    closeEnough: () => false,
    worthwhile: () => 0,
    secondsLeft: () => 10,
    onFillings: (taken) => {
      const placement = placementFromFillings(compiled, taken);
      if (placement.isFeasible()) best = Math.max(best, placement.objective());
    },
  });
  assert.ok(search.bound <= atDuals + 1e-9);
  assert.ok(search.bound < lp.bound, `K ${search.bound} not below the LP bound ${lp.bound}`);
  assert.ok(best > -Infinity && search.bound >= best - 1e-9, `K ${search.bound} below a settlement worth ${best}`);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { compileInstance, type CompiledInstance } from "./compiled-instance.ts";
import { improveByEjections } from "./ejection-moves.ts";
import { improveByExchangeChains } from "./exchange-chains.ts";
import { greedyPlacement } from "./greedy.ts";
import { Placement } from "./placement.ts";
import type { SettlementInstance } from "./settlement-schema.ts";
import { bruteForceOptimum, municipalitiesOf, tinyInstance } from "./test-instances.ts";

const persons = (n: number) => ({ persons: n });
// No deadline (Infinity): both improvements end when nothing gains, so no clock can fail these tests.

/** Places each household in the municipality named, by id. */
function placed(compiled: CompiledInstance, municipalities: string[]): Placement {
  const placement = new Placement(compiled);
  municipalities.forEach((id, h) => {
    for (let option = compiled.optionStart[h] ?? 0; option < (compiled.optionStart[h + 1] ?? 0); option++) {
      if (compiled.municipalityIds[compiled.optionMunicipality[option] ?? 0] === id) placement.place(h, option);
    }
  });
  return placement;
}

test("three households trade places round a cycle of full municipalities, which no ejection can do", () => {
  // Each municipality has room for one household; each household is where it likes least.
  const instance: SettlementInstance = {
    dimensions: ["persons"],
    municipalities: ["A", "B", "C"].map((id) => ({ id, capacity: persons(3) })),
    households: [
      { id: "a", use: persons(3), candidates: [{ municipality: "A", score: 1 }, { municipality: "B", score: 4 }] },
      { id: "b", use: persons(3), candidates: [{ municipality: "B", score: 1 }, { municipality: "C", score: 4 }] },
      { id: "c", use: persons(3), candidates: [{ municipality: "C", score: 1 }, { municipality: "A", score: 4 }] },
    ],
    unplacedPenalty: 10,
  };
  const compiled = compileInstance(instance);
  const placement = placed(compiled, ["A", "B", "C"]);
  improveByEjections(placement, Infinity);
  assert.equal(placement.objective(), 3, "ejection moves find nothing");

  improveByExchangeChains(placement, Infinity);
  assert.deepEqual(municipalitiesOf(placement), ["B", "C", "A"]);
  assert.equal(placement.objective(), 12);
});

test("a chain of three moves ends in the one municipality with room, where an ejection moves only one household on", () => {
  // A, B and C are full, D has room for one more. a gains much in B; b and c lose a little each moving on.
  const instance: SettlementInstance = {
    dimensions: ["persons"],
    municipalities: [
      { id: "A", capacity: persons(2) },
      { id: "B", capacity: persons(2) },
      { id: "C", capacity: persons(2) },
      { id: "D", capacity: persons(4) },
    ],
    households: [
      { id: "a", use: persons(2), candidates: [{ municipality: "A", score: 1 }, { municipality: "B", score: 5 }] },
      { id: "b", use: persons(2), candidates: [{ municipality: "B", score: 3 }, { municipality: "C", score: 2.5 }] },
      { id: "c", use: persons(2), candidates: [{ municipality: "C", score: 3 }, { municipality: "D", score: 2.8 }] },
      { id: "d", use: persons(2), candidates: [{ municipality: "D", score: 1 }] },
    ],
    unplacedPenalty: 10,
  };
  const compiled = compileInstance(instance);
  const placement = placed(compiled, ["A", "B", "C", "D"]);
  improveByEjections(placement, Infinity);
  assert.equal(placement.objective(), 8, "ejection moves find nothing");

  improveByExchangeChains(placement, Infinity);
  assert.deepEqual(municipalitiesOf(placement), ["B", "C", "D", "D"]);
  assert.ok(Math.abs(placement.objective() - 11.3) < 1e-9);
});

test("never lowers the objective nor breaks a capacity, nor passes the optimum (property)", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 5 }), (seed, households, municipalities) => {
      const instance = tinyInstance(seed, households, municipalities);
      const compiled = compileInstance(instance);
      const placement = greedyPlacement(compiled);
      const before = placement.objective();
      const wasFeasible = placement.isFeasible();
      improveByExchangeChains(placement, Infinity);
      assert.ok(placement.objective() >= before - 1e-9);
      if (!wasFeasible) return;
      assert.ok(placement.isFeasible());
      assert.ok(placement.objective() <= (bruteForceOptimum(instance) ?? -Infinity) + 1e-9);
    }),
    { numRuns: 300, seed: 11 },
  );
});

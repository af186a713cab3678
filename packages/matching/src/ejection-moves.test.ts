import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { compileInstance } from "./compiled-instance.ts";
import { improveByEjections } from "./ejection-moves.ts";
import { greedyPlacement, improveByMoves } from "./greedy.ts";
import { Placement } from "./placement.ts";
import type { SettlementInstance } from "./settlement-schema.ts";
import { municipalitiesOf, tinyInstance } from "./test-instances.ts";

const persons = (n: number) => ({ persons: n });

test("a household gets into a full municipality when the one there can move on, which single moves cannot do", () => {
  // A has room for 4: the small household sits there, the family of 4 is out. Moving the small one to B lets the family in.
  const instance: SettlementInstance = {
    dimensions: ["persons"],
    municipalities: [
      { id: "A", capacity: persons(4) },
      { id: "B", capacity: persons(2) },
    ],
    households: [
      { id: "small", use: persons(2), candidates: [{ municipality: "A", score: 3 }, { municipality: "B", score: 2.5 }] },
      { id: "family", use: persons(4), candidates: [{ municipality: "A", score: 6 }] },
    ],
    unplacedPenalty: 0,
  };
  const compiled = compileInstance(instance);
  const placement = new Placement(compiled);
  placement.place(0, compiled.optionStart[0] ?? 0);
  improveByMoves(placement);
  assert.equal(placement.objective(), 3, "single moves leave the family out");

  improveByEjections(placement, Infinity);
  assert.equal(placement.objective(), 8.5);
  assert.ok(placement.isFeasible());
  assert.deepEqual(municipalitiesOf(placement), ["B", "A"]);
});

test("never lowers the objective nor breaks a capacity, and leaves no single improving move (property)", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 5 }), (seed, households, municipalities) => {
      const compiled = compileInstance(tinyInstance(seed, households, municipalities));
      const placement = greedyPlacement(compiled);
      const before = placement.objective();
      const wasFeasible = placement.isFeasible();
      improveByEjections(placement, Infinity);
      assert.ok(placement.objective() >= before - 1e-9);
      if (wasFeasible) assert.ok(placement.isFeasible());
      const after = placement.objective();
      improveByMoves(placement);
      assert.equal(placement.objective(), after);
    }),
    { numRuns: 300, seed: 7 },
  );
});

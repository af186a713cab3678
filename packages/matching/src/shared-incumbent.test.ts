import { test } from "node:test";
import assert from "node:assert/strict";
import { compileInstance } from "./compiled-instance.ts";
import { greedyPlacement } from "./greedy.ts";
import { generateSettlementInstance } from "./instance-generator.ts";
import { SharedIncumbent } from "./shared-incumbent.ts";

test("the shared settlement keeps only a better offer, and hands out a copy only when it is better", () => {
  const compiled = compileInstance(generateSettlementInstance({ households: 60, seed: 4 }));
  const better = greedyPlacement(compiled);
  assert.ok(better.isFeasible());
  // The same with one household that need not be placed left out.
  const worse = better.clone();
  const household = better.chosen.findIndex((option, h) => option >= 0 && !compiled.mustPlace[h] && (compiled.optionScore[option] ?? 0) + compiled.unplacedPenalty > 0);
  assert.ok(household >= 0);
  worse.unplace(household);
  assert.ok(worse.isFeasible() && worse.objective() < better.objective());

  const shared = SharedIncumbent.create(compiled, better);
  assert.equal(shared.betterThan(better), undefined);
  shared.offer(worse);
  assert.equal(shared.betterThan(better), undefined, "a worse offer is not kept");
  const read = shared.betterThan(worse);
  assert.ok(read && read !== better, "a copy");
  assert.deepEqual(Array.from(read.chosen), Array.from(better.chosen));
  assert.deepEqual(Array.from(read.remaining), Array.from(better.remaining), "capacities recounted from the choices");

  // Another view of the same memory (as a worker thread makes one) sees the same settlement.
  const other = new SharedIncumbent(shared.buffer, compiled);
  assert.deepEqual(Array.from(other.betterThan(worse)?.chosen ?? []), Array.from(better.chosen));
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { compileInstance } from "./compiled-instance.ts";
import { Placement } from "./placement.ts";
import { SharedIncumbent } from "./shared-incumbent.ts";
import { tinyInstance } from "./test-instances.ts";

test("the shared settlement keeps only a better offer, and hands out a copy only when it is better", () => {
  const compiled = compileInstance(tinyInstance(3, 8, 3));
  const empty = new Placement(compiled);
  // The first household that fits alone somewhere, placed: better than nobody placed unless its score is below −penalty.
  const option = compiled.optionScore.findIndex((score) => score + compiled.unplacedPenalty > 0);
  assert.ok(option >= 0);
  const better = empty.clone();
  better.place(compiled.optionHousehold[option] ?? 0, option);
  assert.ok(better.objective() > empty.objective());

  const shared = SharedIncumbent.create(compiled, better);
  assert.equal(shared.betterThan(better), undefined);
  shared.offer(empty);
  assert.equal(shared.betterThan(better), undefined, "a worse offer is not kept");
  const read = shared.betterThan(empty);
  assert.ok(read && read !== better, "a copy");
  assert.deepEqual(Array.from(read.chosen), Array.from(better.chosen));
  assert.deepEqual(Array.from(read.remaining), Array.from(better.remaining), "capacities recounted from the choices");

  // Another view of the same memory (as a worker thread makes one) sees the same settlement.
  const other = new SharedIncumbent(shared.buffer, compiled);
  assert.deepEqual(Array.from(other.betterThan(empty)?.chosen ?? []), Array.from(better.chosen));
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { generateSettlementInstance } from "./instance-generator.ts";

test("the generator follows the benchmark's description and repeats itself for a seed", () => {
  for (const households of [1_000, 5_000]) {
    for (const seed of [1, 2]) {
      const instance = generateSettlementInstance({ households, seed });
      assert.deepEqual(generateSettlementInstance({ households, seed }), instance, "same options, same instance");
      assert.equal(instance.municipalities.length, 357);
      assert.deepEqual(instance.dimensions, ["persons", "unaccompaniedMinors", "wheelchairHomes"]);
      assert.equal(instance.households.length, households);
      for (const household of instance.households) {
        const size = household.use.persons ?? 0;
        assert.ok(Number.isInteger(size) && size >= 1 && size <= 8, `size ${size}`);
        assert.ok(household.candidates.length >= 20 && household.candidates.length <= 60, `${household.candidates.length} candidates`);
        assert.equal(new Set(household.candidates.map((c) => c.municipality)).size, household.candidates.length, "distinct candidates");
      }
      // Every dimension's total capacity is 90–110 % of its total demand.
      for (const dimension of instance.dimensions) {
        const capacity = instance.municipalities.reduce((sum, m) => sum + (m.capacity[dimension] ?? 0), 0);
        const demand = instance.households.reduce((sum, h) => sum + (h.use[dimension] ?? 0), 0);
        assert.ok(capacity >= 0.9 * demand && capacity <= 1.1 * demand, `${households}/${seed} ${dimension}: capacity ${capacity} for demand ${demand}`);
      }
    }
  }
});

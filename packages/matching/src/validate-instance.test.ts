import { test } from "node:test";
import assert from "node:assert/strict";
import { formatFieldError } from "@velkomst/validation";
import { validateInstance, type SettlementInstance } from "./index.ts";

function valid(): SettlementInstance {
  return {
    dimensions: ["persons", "wheelchairHomes"],
    municipalities: [
      { id: "0301", capacity: { persons: 10, wheelchairHomes: 1 } },
      { id: "4601", capacity: { persons: 5 } },
    ],
    households: [
      { id: "h1", use: { persons: 3 }, candidates: [{ municipality: "0301", score: 3.1 }, { municipality: "4601", score: 2.7 }], mustPlace: false },
      { id: "h2", use: { persons: 1, wheelchairHomes: 1 }, candidates: [{ municipality: "0301", score: 1 }] },
    ],
  };
}

function errorsOf(instance: unknown): string[] {
  const result = validateInstance(instance);
  assert.equal(result.ok, false);
  return result.ok ? [] : result.errors.map(formatFieldError);
}

test("accepts a valid instance", () => {
  assert.equal(validateInstance(valid()).ok, true);
});

test("names an unknown candidate municipality", () => {
  const instance = valid();
  instance.households[1]?.candidates.push({ municipality: "9999", score: 1 });
  assert.deepEqual(errorsOf(instance), ['households[1].candidates[1].municipality: unknown municipality "9999"']);
});

test("rejects negative use and capacity", () => {
  const instance = valid();
  instance.households[0]!.use.persons = -1;
  instance.municipalities[1]!.capacity.persons = -2;
  assert.deepEqual(errorsOf(instance).sort(), [
    "households[0].use.persons: expected a number >= 0",
    "municipalities[1].capacity.persons: expected a number >= 0",
  ]);
});

test("rejects duplicate household and municipality ids", () => {
  const instance = valid();
  instance.households[1]!.id = "h1";
  instance.municipalities.push({ id: "0301", capacity: { persons: 1 } });
  assert.deepEqual(errorsOf(instance), ['municipalities[2].id: duplicate municipality id "0301"', 'households[1].id: duplicate household id "h1"']);
});

test("rejects a use or capacity key that is not a dimension", () => {
  const instance = valid();
  instance.households[0]!.use.beds = 2;
  instance.municipalities[0]!.capacity.minors = 1;
  assert.deepEqual(errorsOf(instance), [
    'municipalities[0].capacity.minors: unknown dimension "minors" (not in dimensions)',
    'households[0].use.beds: unknown dimension "beds" (not in dimensions)',
  ]);
});

test("rejects a duplicate dimension", () => {
  const instance = valid();
  instance.dimensions.push("persons");
  assert.deepEqual(errorsOf(instance), ['dimensions[2]: duplicate dimension "persons"']);
});

test("rejects a municipality listed twice among one household's candidates", () => {
  const instance = valid();
  instance.households[0]!.candidates.push({ municipality: "0301", score: 1 });
  assert.deepEqual(errorsOf(instance), ['households[0].candidates[2].municipality: duplicate candidate "0301" (also candidates[0])']);
});

test("reports schema errors with their path", () => {
  assert.deepEqual(errorsOf({ dimensions: [], municipalities: [{ id: "0301" }], households: [{ id: "h", use: {}, candidates: [{ municipality: "0301", score: "high" }] }] }).sort(), [
    "dimensions: expected at least 1 items",
    "households[0].candidates[0].score: expected a number",
    "municipalities[0].capacity: is required",
  ]);
});

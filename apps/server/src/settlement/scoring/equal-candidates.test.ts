import assert from "node:assert/strict";
import { test } from "node:test";
import { defaultWeights, type Candidate, type Parts } from "./settlement-score.ts";
import { equalCandidates, settleTiesByDraw } from "./equal-candidates.ts";

const parts: Parts = { settle: 1, labour: 0.5, ties: 0, services: 0, wait: 0, priority: 0, spread: 1 };
const candidate = (municipality: string, score: number): Candidate => ({ municipality, score, parts });
const use = { persons: 2, unaccompaniedMinors: 0, wheelchairHomes: 0 };
const room = (persons: number) => ({ persons, unaccompaniedMinors: 0, wheelchairHomes: 0 });

test("equal candidates are those with exactly the chosen score, in the household's order", () => {
  const list = [candidate("5056", 7), candidate("5014", 7), candidate("5001", 6.5), candidate("3301", 7)];
  assert.deepEqual(
    equalCandidates(list, 7).map((c) => c.municipality),
    ["5056", "5014", "3301"],
  );
  assert.equal(defaultWeights.spread > 0, true, "the spread part is what separates most equals before the draw");
});

test("among equals each household gets the first of its draw with room; the total score stays the same", () => {
  const households = [
    { id: "a", use },
    { id: "b", use },
  ];
  // The optimizer put both in 3301; each household's draw puts 5056 first, which has room for one.
  const candidatesOf = new Map([
    ["a", [candidate("5056", 7), candidate("3301", 7), candidate("5014", 5)]],
    ["b", [candidate("5056", 7), candidate("3301", 7)]],
  ]);
  const capacity = new Map([
    ["5056", room(2)],
    ["3301", room(4)],
    ["5014", room(10)],
  ]);
  const settled = settleTiesByDraw(households, capacity, new Map([["a", "3301"], ["b", "3301"]]), candidatesOf);
  assert.deepEqual([...settled], [["a", "5056"], ["b", "3301"]], "a takes 5056's room; b finds it full and stays");
});

test("a household is never moved to a candidate with a lower score, and unplaced households stay unplaced", () => {
  const candidatesOf = new Map([["a", [candidate("5056", 9), candidate("3301", 7)]]]);
  const capacity = new Map([["5056", room(10)], ["3301", room(10)]]);
  assert.deepEqual([...settleTiesByDraw([{ id: "a", use }], capacity, new Map([["a", "3301"]]), candidatesOf)], [["a", "3301"]]);
  assert.deepEqual([...settleTiesByDraw([{ id: "a", use }], capacity, new Map(), candidatesOf)], []);
});

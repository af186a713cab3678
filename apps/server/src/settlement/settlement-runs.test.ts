import assert from "node:assert/strict";
import { test } from "node:test";
import { solveSettlement, type SettlementInstance } from "@velkomst/matching";
import { explainProposals, relativeGap } from "./settlement-runs.ts";
import type { Candidate, Parts } from "./scoring/settlement-score.ts";

const parts = (labour: number): Parts => ({ settle: 1, labour, ties: 0, services: 0, wait: 0, priority: 0, spread: 0 });

test("explanations: the better candidate was full in persons; a household with no candidate says so", async () => {
  // Two households both prefer A (room for 3 persons); the bigger family scores more there.
  const candidates = new Map<string, Candidate[]>([
    ["big", [{ municipality: "A", score: 8, parts: parts(1) }, { municipality: "B", score: 6, parts: parts(0.5) }]],
    ["small", [{ municipality: "A", score: 4, parts: parts(1) }, { municipality: "B", score: 3, parts: parts(0.5) }]],
    ["none", []],
  ]);
  const instance: SettlementInstance = {
    dimensions: ["persons", "unaccompaniedMinors", "wheelchairHomes"],
    municipalities: [
      { id: "A", capacity: { persons: 3, unaccompaniedMinors: 0, wheelchairHomes: 0 } },
      { id: "B", capacity: { persons: 10, unaccompaniedMinors: 0, wheelchairHomes: 0 } },
    ],
    households: [
      { id: "big", use: { persons: 3, unaccompaniedMinors: 0, wheelchairHomes: 0 }, candidates: candidates.get("big")!.map(({ municipality, score }) => ({ municipality, score })) },
      { id: "small", use: { persons: 2, unaccompaniedMinors: 0, wheelchairHomes: 0 }, candidates: candidates.get("small")!.map(({ municipality, score }) => ({ municipality, score })) },
      { id: "none", use: { persons: 1, unaccompaniedMinors: 0, wheelchairHomes: 0 }, candidates: [] },
    ],
    unplacedPenalty: 0,
  };
  const result = await solveSettlement(instance, { timeLimitSeconds: 5 });
  assert.equal(result.status, "optimal");
  const explained = explainProposals(instance, result, candidates);
  assert.equal(explained.get("big")?.municipality, "A");
  assert.equal(explained.get("big")?.explanation.reason, "best");
  const small = explained.get("small")!;
  assert.equal(small.municipality, "B");
  assert.equal(small.explanation.reason, "bestWithRoom");
  assert.deepEqual(small.explanation.alternatives.map((a) => [a.municipality, a.why]), [["A", { kind: "full", dimensions: ["persons"] }]]);
  assert.deepEqual(small.explanation.parts, parts(0.5));
  assert.equal(explained.get("none")?.municipality, null);
  assert.equal(explained.get("none")?.explanation.reason, "noCandidates");
  assert.equal(relativeGap(result.objective, result.bound), 0);
  assert.equal(relativeGap(99, 100), 0.01);
});

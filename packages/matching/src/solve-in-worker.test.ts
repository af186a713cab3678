import { test } from "node:test";
import assert from "node:assert/strict";
import { assertValidResult } from "./check-result.ts";
import { solveSettlement, solveSettlementInWorker } from "./index.ts";
import { tinyInstance } from "./test-instances.ts";

test("solves in a worker thread with the same result as in process", async () => {
  const instance = tinyInstance(4, 7, 3);
  const [inWorker, inProcess] = await Promise.all([solveSettlementInWorker(instance, { relativeGap: 0 }), solveSettlement(instance, { relativeGap: 0 })]);
  assertValidResult(instance, inWorker);
  assert.equal(inWorker.objective, inProcess.objective);
  assert.equal(inWorker.status, "optimal");
});

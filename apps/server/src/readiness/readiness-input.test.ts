import { test } from "node:test";
import assert from "node:assert/strict";
import { isIsoDate, parseItemInput } from "./readiness-input.ts";

test("a valid form becomes an item input; empty fields mean none", () => {
  assert.deepEqual(parseItemInput({ status: "done", ownerUser: "", ownerName: "  Rådmannen  ", dueDate: "", notes: "Ferdig.\r\n" }), {
    ok: true,
    value: { status: "done", ownerUserId: null, ownerName: "Rådmannen", dueDate: null, notes: "Ferdig." },
  });
});

test("a due date written the Norwegian way, or in ISO form, is the ISO date", () => {
  for (const dueDate of ["30.09.2026", "30092026", "2026-09-30"]) {
    const result = parseItemInput({ status: "in-progress", dueDate });
    assert.equal(result.ok && result.value.dueDate, "2026-09-30", dueDate);
  }
});

test("each problem is named by its field", () => {
  const codes = (fields: Record<string, string>) => {
    const result = parseItemInput(fields);
    return result.ok ? [] : result.errors.map((e) => `${e.path}:${e.code}`);
  };
  assert.deepEqual(codes({ status: "finished" }), ["status:status"]);
  assert.deepEqual(codes({ status: "not-relevant", notes: "   " }), ["notes:notRelevantNeedsNote"]);
  assert.deepEqual(codes({ status: "done", dueDate: "2026-02-30" }), ["dueDate:dueDate"]);
  assert.deepEqual(codes({ status: "done", dueDate: "09/30/2026" }), ["dueDate:dueDate"]);
  assert.deepEqual(codes({ status: "done", notes: "x".repeat(4001) }), ["notes:tooLong"]);
  assert.deepEqual(codes({ status: "done", ownerName: "x".repeat(201) }), ["ownerName:tooLong"]);
  assert.deepEqual(codes({ status: "done", ownerUser: "'; drop table users; --" }), ["ownerUser:ownerUser"]);
  assert.deepEqual(codes({}), ["status:status"]);
});

test("dates are real calendar dates within 2000–2100", () => {
  assert.ok(isIsoDate("2028-02-29"));
  assert.ok(!isIsoDate("2026-02-29"));
  assert.ok(!isIsoDate("1999-12-31"));
  assert.ok(!isIsoDate("2026-13-01"));
});

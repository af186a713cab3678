import { test } from "node:test";
import assert from "node:assert/strict";
import { addDays, addMonths, addYears, ageOn, isIsoDate, startOfYearTurning } from "./iso-date.ts";

test("adding months keeps the day or falls back to the month's last day", () => {
  assert.equal(addMonths("2025-03-10", 3), "2025-06-10");
  assert.equal(addMonths("2025-11-30", 3), "2026-02-28");
  assert.equal(addMonths("2024-01-31", 1), "2024-02-29");
  assert.equal(addMonths("2025-12-15", 1), "2026-01-15");
  assert.equal(addYears("2024-02-29", 3), "2027-02-28");
});

test("adding days crosses months, years and leap days", () => {
  assert.equal(addDays("2025-02-25", 8), "2025-03-05");
  assert.equal(addDays("2024-02-25", 8), "2024-03-04");
  assert.equal(addDays("2025-12-28", 8), "2026-01-05");
  assert.equal(addDays("1969-12-31", 1), "1970-01-01");
});

test("age counts completed years; the birthday itself counts", () => {
  assert.equal(ageOn("2000-05-10", "2018-05-09"), 17);
  assert.equal(ageOn("2000-05-10", "2018-05-10"), 18);
  assert.equal(ageOn("2004-02-29", "2022-02-28"), 17);
  assert.equal(ageOn("2004-02-29", "2022-03-01"), 18);
  assert.equal(startOfYearTurning("2008-11-30", 18), "2026-01-01");
});

test("recognises real calendar dates only", () => {
  assert.ok(isIsoDate("2024-02-29"));
  assert.ok(!isIsoDate("2025-02-29"));
  assert.ok(!isIsoDate("2025-13-01"));
  assert.ok(!isIsoDate("25-01-01"));
});

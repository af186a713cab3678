import { test } from "node:test";
import assert from "node:assert/strict";
import { lastDayOfPeriod } from "./last-day-of-period.ts";

test("a period ends the day before the same date, or at the end of a month without that date", () => {
  assert.equal(lastDayOfPeriod("2025-01-06", 6), "2025-07-05");
  assert.equal(lastDayOfPeriod("2025-01-01", 12), "2025-12-31");
  assert.equal(lastDayOfPeriod("2024-08-31", 6), "2025-02-28");
  assert.equal(lastDayOfPeriod("2030-03-31", 6), "2030-09-30");
  assert.equal(lastDayOfPeriod("2023-08-31", 6), "2024-02-29");
  assert.equal(lastDayOfPeriod("2025-01-31", 6), "2025-07-30");
});

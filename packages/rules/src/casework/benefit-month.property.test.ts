import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { addDays } from "../dates/iso-date.ts";
import { introductionBenefitMonth, type BenefitMonthInput } from "./benefit-month.ts";

const runs = { numRuns: 500 };
const day = fc.integer({ min: 0, max: 3 * 365 }).map((offset) => addDays("2025-01-01", offset));
const period = fc.tuple(day, fc.integer({ min: 0, max: 400 })).map(([from, length]) => ({ from, to: addDays(from, length) }));
const hours = fc.integer({ min: 0, max: 4 * 24 * 31 }).map((quarters) => quarters / 4);
const input: fc.Arbitrary<BenefitMonthInput> = fc.record({
  month: fc.tuple(fc.integer({ min: 2025, max: 2027 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => `${year}-${String(month).padStart(2, "0")}`),
  perYear: fc.integer({ min: 50_000, max: 400_000 }),
  periods: fc.array(period, { maxLength: 4 }),
  invalidAbsenceHours: hours,
  validAbsenceHours: hours,
}).map((record) => ({ ...record, perMonth: Math.round(record.perYear / 12) }));

test("the month's total is the sum of its lines, in whole kroner, between 0 and the month's benefit", () => {
  fc.assert(
    fc.property(input, (month) => {
      const result = introductionBenefitMonth(month);
      assert.equal(result.total, result.lines.reduce((sum, line) => sum + line.amount, 0));
      assert.ok(Number.isInteger(result.total));
      assert.ok(result.total >= 0 && result.total <= month.perMonth, `${result.total} of ${month.perMonth}`);
    }),
    runs,
  );
});

test("more invalid absence never raises the benefit; valid absence never changes it", () => {
  fc.assert(
    fc.property(input, hours, hours, (month, more, valid) => {
      const total = introductionBenefitMonth(month).total;
      assert.ok(introductionBenefitMonth({ ...month, invalidAbsenceHours: month.invalidAbsenceHours + more }).total <= total);
      assert.equal(introductionBenefitMonth({ ...month, validAbsenceHours: valid }).total, total);
    }),
    runs,
  );
});

test("more days in the programme never lower the benefit, and the whole month gives the month's benefit", () => {
  fc.assert(
    fc.property(input, period, (month, extra) => {
      const clean = { ...month, invalidAbsenceHours: 0 };
      assert.ok(introductionBenefitMonth({ ...clean, periods: [...clean.periods, extra] }).total >= introductionBenefitMonth(clean).total);
      assert.equal(introductionBenefitMonth({ ...clean, periods: [{ from: "2024-12-01", to: "2028-01-31" }] }).total, clean.perMonth);
    }),
    runs,
  );
});

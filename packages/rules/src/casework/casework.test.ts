import { test } from "node:test";
import assert from "node:assert/strict";
import { checkFullTime } from "./full-time-check.ts";
import { introductionBenefitMonth, type BenefitLine } from "./benefit-month.ts";
import { programmeFrame } from "./programme-frame.ts";
import { programmeStartDeadline } from "./start-deadline.ts";

// 2 G from 1 May 2026 (136 549 kr): 273 098 kr a year, 22 758 kr a month (seed 001 Box 10.1: "2G årlig").
const full = { perYear: 273098, perMonth: 22758 };

test("the programme starts at the latest three months after settlement (integreringsloven § 12), the month's last day when the date is missing", () => {
  const deadline = programmeStartDeadline("2026-03-15");
  assert.equal(deadline.deadline, "2026-06-15");
  assert.equal(deadline.months, 3);
  assert.match(deadline.legalBasis[0]!, /§ 12/);
  assert.equal(deadline.legalReferences[0]!.href, "https://lovdata.no/dokument/NL/lov/2020-11-06-127/%C2%A712");
  assert.equal(programmeStartDeadline("2026-11-30").deadline, "2027-02-28");
});

test("the plan's hours against the full-time norm of 37.5 hours a week (seed 001 Box 10.1: 'på fulltid'); ch. 6A may be part time", () => {
  assert.deepEqual(
    (({ plannedHours, normHours, shortBy, status }) => ({ plannedHours, normHours, shortBy, status }))(checkFullTime([15, 2.5, 20], "2026-06-01", true)),
    { plannedHours: 37.5, normHours: 37.5, shortBy: 0, status: "fullTime" },
  );
  assert.equal(checkFullTime([15, 10], "2026-06-01", true).status, "short");
  assert.equal(checkFullTime([15, 10], "2026-06-01", true).shortBy, 12.5);
  assert.equal(checkFullTime([15, 10], "2026-06-01", false).status, "partTimeAllowed");
  assert.equal(checkFullTime([0.1, 0.2, 37.2], "2026-06-01", true).status, "fullTime", "decimals add up as typed");
});

test("a whole month is 1/12 of the year whatever its length; invalid absence costs 1/1 850 of the year an hour; valid absence costs nothing", () => {
  const month = introductionBenefitMonth({ month: "2026-06", ...full, periods: [{ from: "2026-01-05", to: "2027-01-04" }], invalidAbsenceHours: 7.5, validAbsenceHours: 4 });
  assert.deepEqual(
    month.lines.map((line) => [line.kind, line.amount]),
    [["wholeMonth", 22758], ["invalidAbsence", -1107], ["validAbsence", 0]],
  );
  assert.equal(month.total, 21651);
  const february = introductionBenefitMonth({ month: "2027-02", ...full, periods: [{ from: "2026-01-05", to: "2027-12-31" }], invalidAbsenceHours: 0, validAbsenceHours: 0 });
  assert.equal(february.total, 22758, "28 days are still a whole month");
});

test("a month the participant starts in is paid 1/30 of the month a day; leave splits the periods", () => {
  const start = introductionBenefitMonth({ month: "2026-06", ...full, periods: [{ from: "2026-06-16", to: "2027-06-15" }], invalidAbsenceHours: 0, validAbsenceHours: 0 });
  assert.equal(start.lines.length, 1);
  const [{ ruleChecks: _unverified, ...partMonth }] = start.lines as [Extract<BenefitLine, { kind: "partMonth" }>];
  assert.deepEqual(partMonth, { kind: "partMonth", amount: 11379, perMonth: 22758, days: 15, daysAMonth: 30 });
  const withLeave = introductionBenefitMonth({
    month: "2026-07",
    ...full,
    periods: [{ from: "2026-01-01", to: "2026-07-09" }, { from: "2026-07-20", to: "2027-01-01" }],
    invalidAbsenceHours: 0,
    validAbsenceHours: 0,
  });
  assert.equal((withLeave.lines[0] as { days: number }).days, 21);
  assert.equal(withLeave.total, Math.round((22758 * 21) / 30));
  const none = introductionBenefitMonth({ month: "2026-07", ...full, periods: [{ from: "2026-08-01", to: "2027-01-01" }], invalidAbsenceHours: 10, validAbsenceHours: 0 });
  assert.equal(none.total, 0, "no programme days, nothing to deduct from");
});

test("the frame: the end moves with leave and an extension; the adviser is warned three months before", () => {
  const base = { start: "2026-01-05", standardEnd: "2028-01-04", latestEnd: "2029-01-04", extended: false, leaveDays: 0, warningMonths: 3 };
  assert.equal(programmeFrame({ ...base, today: "2026-01-04" }).status, "notStarted");
  assert.equal(programmeFrame({ ...base, today: "2027-10-03" }).status, "running");
  assert.equal(programmeFrame({ ...base, today: "2027-10-04" }).status, "endingSoon");
  assert.equal(programmeFrame({ ...base, today: "2028-01-05" }).status, "ended");
  assert.equal(programmeFrame({ ...base, leaveDays: 10, today: "2028-01-05" }).end, "2028-01-14");
  assert.equal(programmeFrame({ ...base, extended: true, today: "2028-01-05" }).status, "running");
});

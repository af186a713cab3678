import { test } from "node:test";
import assert from "node:assert/strict";
import type { Parameter } from "../parameters/parameter.ts";
import { parametersRoot, RuleParameters, ruleParameters, type ParameterName } from "../parameters/rule-parameters.ts";
import { introductionBenefitMonth } from "./benefit-month.ts";
import { checkFullTime } from "./full-time-check.ts";
import { programmeStartDeadline } from "./start-deadline.ts";

const month = { month: "2026-06", perYear: 273098, perMonth: 22758, invalidAbsenceHours: 0, validAbsenceHours: 0 };
const wholeMonth = introductionBenefitMonth({ ...month, periods: [{ from: "2026-06-01", to: "2026-06-30" }] });
const partMonthWithAbsence = introductionBenefitMonth({ ...month, periods: [{ from: "2026-06-16", to: "2026-06-30" }], invalidAbsenceHours: 3 });
const lineOf = (kind: string) => partMonthWithAbsence.lines.find((line) => line.kind === kind) as { ruleChecks: unknown } | undefined;

/** Each answer the cases pages show from a value marked `unverified`, and that value's parameter. */
const answers: Array<[string, { ruleChecks: readonly { parameter: string; reason: string }[] } | undefined, ParameterName]> = [
  ["start deadline (§ 12)", programmeStartDeadline("2026-03-15"), "integration/programme-start-deadline-months"],
  ["full-time norm", checkFullTime([37.5], "2026-06-01", true), "integration/programme-full-time-hours-per-week"],
  ["full-time norm with own activity", checkFullTime([30], "2026-06-01", true, { ownActivity: true }), "integration/programme-full-time-hours-per-week-own-activity"],
  ["part of a month (1/30 a day)", lineOf("partMonth") as never, "integration/introduction-benefit-days-a-month"],
  ["invalid absence (1/1 850 an hour)", lineOf("invalidAbsence") as never, "integration/introduction-benefit-hours-a-year"],
];

for (const [answer, result, parameter] of answers) {
  test(`the ${answer} says its value is not yet confirmed by the law's own text`, () => {
    const period = ruleParameters.all.get(parameter)!.periods.at(-1)!;
    assert.ok(period.unverified, `${parameter} is marked unverified in its parameter file`);
    assert.deepEqual(
      result!.ruleChecks.map((check) => [check.parameter, check.reason]),
      [[parameter, "unverified"]],
    );
  });
}

test("answers resting on values the law's text confirms carry no such check", () => {
  assert.equal(wholeMonth.lines[0]!.kind, "wholeMonth");
  assert.ok(!("ruleChecks" in wholeMonth.lines[0]!), "a whole month is 1/12 of the year, confirmed");
});

test("exactly the parameters marked unverified are the ones the answers flag", () => {
  const marked = [...ruleParameters.all.values()].filter((p) => p.periods.some((period) => period.unverified !== undefined)).map((p) => p.name);
  assert.deepEqual(marked.sort(), answers.map(([, , parameter]) => parameter).sort());
});

/** The real parameters, with `unverified` set or dropped on one of them. */
function parametersWith(name: ParameterName, unverified: string | undefined): RuleParameters {
  const all = new Map(ruleParameters.all);
  const parameter = all.get(name)!;
  all.set(name, { ...parameter, periods: parameter.periods.map((period) => ({ ...period, unverified })) } satisfies Parameter);
  return new RuleParameters(parametersRoot, all);
}

test("the flag follows the parameter file: dropping `unverified` drops the check, adding it adds one", () => {
  const deadline = "integration/programme-start-deadline-months";
  const checksOf = (parameters: RuleParameters, name: typeof deadline | "integration/social-studies-hours") =>
    parameters.unverifiedFor(parameters.number(name, "2026-06-01").legalBasis).map((check) => [check.parameter, check.reason, check.since]);

  assert.deepEqual(checksOf(ruleParameters, deadline), [[deadline, "unverified", "2021-01-01"]]);
  assert.deepEqual(checksOf(parametersWith(deadline, undefined), deadline), []);

  const hours = "integration/social-studies-hours";
  assert.deepEqual(checksOf(ruleParameters, hours), []);
  const flagged = checksOf(parametersWith(hours, "not read in the law's text"), hours);
  assert.deepEqual(flagged.map(([parameter, reason]) => [parameter, reason]), [[hours, "unverified"]]);
});

test("an unverified value is not a dated check: `velkomst rules-status` lists it only when its review is due", () => {
  assert.equal(ruleParameters.checksOn("2026-12-07").some((check) => check.parameter === "integration/programme-start-deadline-months"), false);
});

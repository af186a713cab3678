import { test } from "node:test";
import assert from "node:assert/strict";
import { addYears } from "../dates/iso-date.ts";
import { todayInNorway } from "../dates/today.ts";
import { ruleParameters } from "./rule-parameters.ts";

/** A legal value nobody has looked at for two years is a risk: the law may have changed under it. */
const maximumReviewAgeYears = 2;

test("every parameter value was reviewed within the last two years", () => {
  const oldestAllowed = addYears(todayInNorway(), -maximumReviewAgeYears);
  const stale = [...ruleParameters.all.values()].flatMap((parameter) =>
    parameter.periods.filter((period) => period.lastReviewed < oldestAllowed).map((period) => `${parameter.path} (${period.from}): last reviewed ${period.lastReviewed}`),
  );
  assert.deepEqual(stale, [], `stale reviews:\n${stale.join("\n")}`);
});

test("no review date lies in the future", () => {
  const today = todayInNorway();
  for (const parameter of ruleParameters.all.values()) {
    for (const period of parameter.periods) assert.ok(period.lastReviewed <= today, `${parameter.path}: lastReviewed ${period.lastReviewed}`);
  }
});

test("every value cites a provision and a seed section (or says why the seeds are silent)", () => {
  for (const parameter of ruleParameters.all.values()) {
    for (const period of parameter.periods) {
      assert.ok(period.reference.length > 0 && period.reference.every((r) => r.title && r.href.startsWith("https://")), parameter.path);
      assert.ok(period.seed.length > 0, parameter.path);
    }
  }
});

test("the temporary rules for collective protection have a start and an end", () => {
  const rule = "integration/collective-protection-temporary-rules";
  assert.equal(ruleParameters.temporaryRule(rule, "2022-06-14"), undefined);
  assert.ok(ruleParameters.temporaryRule(rule, "2022-06-15"));
  const end = ruleParameters.all.get(rule)!.periods.at(-1)!.to!;
  assert.ok(end, "an end date");
  assert.equal(ruleParameters.temporaryRule(rule, end), undefined);
});

test("the rules cover dates from the latest first value of an ordinary parameter", () => {
  assert.equal(ruleParameters.coverageStart, "2021-01-01");
  assert.throws(() => ruleParameters.number("eea/registration-threshold-months", "2009-12-31"), /no value on 2009-12-31/);
});

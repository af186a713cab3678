import { test } from "node:test";
import assert from "node:assert/strict";
import { addDays, addYears } from "../dates/iso-date.ts";
import { todayInNorway } from "../dates/today.ts";
import { reviewHorizonYears } from "./rule-check.ts";
import { ruleParameters } from "./rule-parameters.ts";

test("the parameter data needs no check on the day it was last reviewed, apart from the unconfirmed end of ch. 6A", () => {
  const checks = ruleParameters.checksOn("2026-12-06");
  assert.deepEqual(
    checks.map((c) => [c.parameter, c.reason, c.since]),
    [["integration/collective-protection-temporary-rules", "endUnconfirmed", "2026-07-01"]],
  );
});

test("a value is being checked from the day its review is older than the review horizon", () => {
  const lastReviewed = ruleParameters.all.get("eea/registration-threshold-months")!.periods.at(-1)!.lastReviewed;
  const horizon = addYears(lastReviewed, reviewHorizonYears);
  const onDate = (date: string) => ruleParameters.checksOn(date).find((c) => c.parameter === "eea/registration-threshold-months");
  assert.equal(onDate(addDays(horizon, -1)), undefined);
  const check = onDate(horizon)!;
  assert.deepEqual([check.reason, check.since, check.lastReviewed], ["reviewOverdue", horizon, lastReviewed]);
  assert.match(check.source.href, /^https:\/\/lovdata\.no\//);
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

test("the temporary rules for collective protection start on 2022-06-15 and are kept past their unconfirmed end", () => {
  const rule = "integration/collective-protection-temporary-rules";
  assert.equal(ruleParameters.temporaryRule(rule, "2022-06-14"), undefined);
  assert.ok(ruleParameters.temporaryRule(rule, "2022-06-15"));
  const last = ruleParameters.all.get(rule)!.periods.at(-1)!;
  assert.equal(last.to, "2026-07-01");
  assert.equal(last.endConfirmed, false);
  assert.ok(ruleParameters.temporaryRule(rule, "2026-07-01"), "still in force past the unconfirmed end");
  assert.equal(ruleParameters.checksOn("2026-06-30").find((c) => c.parameter === rule), undefined);
  assert.equal(ruleParameters.checksOn("2026-07-01").find((c) => c.parameter === rule)?.reason, "endUnconfirmed");
});

test("the rules cover dates from the latest first value of an ordinary parameter", () => {
  assert.equal(ruleParameters.coverageStart, "2021-01-01");
  assert.throws(() => ruleParameters.number("eea/registration-threshold-months", "2009-12-31"), /no value on 2009-12-31/);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluatePlan } from "./evaluate-plan.ts";
import { rulesVersion } from "../rules-version.ts";
import { validateProfile } from "../profile/validate-profile.ts";
import { formatFieldError } from "@velkomst/validation";

const profile = { arrivalDate: "2025-02-10", birthDate: "1990-05-01", citizenship: "PL", residenceBasis: "eea-worker" } as const;

test("asOf defaults to the injected today, and the plan says which rules and date it used", () => {
  const plan = evaluatePlan(profile, { today: "2025-03-01" });
  assert.equal(plan.asOf, "2025-03-01");
  assert.match(plan.rulesVersion, /^\d{4}-\d{2}-\d{2}\+[0-9a-f]{12}$/);
  assert.equal(plan.rulesVersion, rulesVersion);
});

test("texts come in the requested language with dates written for that language", () => {
  const en = evaluatePlan({ ...profile, asOf: "2025-03-01", language: "en-GB" });
  assert.match(en.determinations.eeaRegistration.why, /by 10 May 2025\./);
  const nb = evaluatePlan({ ...profile, asOf: "2025-03-01" });
  assert.match(nb.determinations.eeaRegistration.why, /innen 10\. mai 2025\./);
  const pl = evaluatePlan({ ...profile, asOf: "2025-03-01", language: "pl" });
  assert.match(pl.determinations.eeaRegistration.why, /do 10 maja 2025/);
  const uk = evaluatePlan({ ...profile, asOf: "2025-03-01", language: "uk" });
  assert.match(uk.determinations.eeaRegistration.why, /до 10 травня 2025\.$/);
});

test("validation reports problems one per field, in the CLI's one-line form", () => {
  const result = validateProfile({ arrivalDate: "2025-02-30", birthDate: "1990-05-01", citizenship: "PL", residenceBasis: "eea-worker", extra: true });
  assert.ok(!result.ok);
  assert.deepEqual(result.errors.map(formatFieldError).sort(), ["arrivalDate: expected a date YYYY-MM-DD", "extra: is not a known field"]);
});

test("semantic checks use the injected today when asOf is omitted", () => {
  const result = validateProfile({ ...profile, birthDate: "2025-06-01", arrivalDate: "2025-06-01" }, { today: "2025-03-01" });
  assert.ok(!result.ok);
  assert.deepEqual(result.errors.map((e) => [e.path, e.code]), [["birthDate", "afterAsOf"]]);
});

test("a rule past its review horizon is explained as being checked, with the source to verify", () => {
  const plan = evaluatePlan({ ...profile, asOf: "2029-01-01" });
  const registration = plan.determinations.eeaRegistration;
  assert.deepEqual(registration.ruleChecks?.map((c) => c.reason), ["reviewOverdue"]);
  assert.match(registration.ruleChecks![0]!.source.href, /^https:\/\/lovdata\.no\//);
  assert.match(registration.why, /Denne regelen ble sist kontrollert 23\. november 2026\. Vi kontrollerer den på nytt\. Sjekk kilden: Utlendingsloven § 117/);
  assert.equal(evaluatePlan({ ...profile, asOf: "2026-12-06" }).determinations.eeaRegistration.ruleChecks, undefined);
});

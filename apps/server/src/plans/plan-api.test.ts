import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

describe("POST /api/v1/plan", () => {
  let t: TestApp;
  before(async () => (t = await startTestApp()));
  after(() => t.close());

  test("returns the plan of the contract for an EEA worker staying 4 months", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/plan",
      payload: { asOf: "2025-03-01", arrivalDate: "2025-02-10", birthDate: "1990-05-01", citizenship: "PL", residenceBasis: "eea-worker", plannedStayMonths: 4, language: "en" },
    });
    assert.equal(response.statusCode, 200);
    const plan = response.json();
    assert.equal(plan.asOf, "2025-03-01");
    assert.equal(plan.determinations.idNumberType.value, "d-number");
    assert.deepEqual(plan.determinations.eeaRegistration.value, { required: true, deadline: "2025-05-10" });
    const ids: string[] = plan.steps.map((s: { id: string }) => s.id);
    assert.ok(ids.includes("eea-registration"));
    for (const step of plan.steps) for (const before of step.after) assert.ok(ids.indexOf(before) < ids.indexOf(step.id));
  });

  test("names each bad field with what was expected", async () => {
    const response = await t.app.inject({ method: "POST", url: "/api/v1/plan", payload: { arrivalDate: "2025-02-30", birthDate: "1990-01-01", citizenship: "PL", residenceBasis: "tourist" } });
    assert.equal(response.statusCode, 400);
    const paths = response.json().errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual(paths, ["arrivalDate", "residenceBasis"]);
    assert.match(JSON.stringify(response.json()), /expected a date YYYY-MM-DD/);
  });

  test("refuses a citizenship that cannot hold the residence basis, naming the field and what was expected", async () => {
    const response = await t.app.inject({ method: "POST", url: "/api/v1/plan", payload: { asOf: "2025-03-01", arrivalDate: "2025-02-10", birthDate: "1990-05-01", citizenship: "GB", residenceBasis: "eea-worker" } });
    assert.equal(response.statusCode, 400);
    const [error, ...others] = response.json().errors;
    assert.equal(others.length, 0);
    assert.equal(error.path, "citizenship");
    assert.match(error.message, /expected an EU\/EEA\/EFTA citizenship for residenceBasis eea-worker.*GB is not covered on 2025-03-01/);
  });

  test("a rule past its unconfirmed end carries ruleChecks with the source, on the determination and its step", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/plan",
      payload: { asOf: "2026-12-06", arrivalDate: "2026-09-01", birthDate: "1990-05-01", citizenship: "UA", residenceBasis: "collective-protection", language: "en" },
    });
    assert.equal(response.statusCode, 200);
    const plan = response.json();
    assert.deepEqual(plan.determinations.introductionProgramme.value, { right: true, duty: false });
    const check = { reason: "endUnconfirmed", since: "2026-07-01", source: { text: "Integreringsloven kap. 6A (midlertidige regler for fordrevne fra Ukraina)", href: "https://lovdata.no/dokument/NL/lov/2020-11-06-127" } };
    assert.deepEqual(plan.determinations.introductionProgramme.ruleChecks, [check]);
    assert.deepEqual(plan.steps.find((s: { id: string }) => s.id === "introduction-programme").ruleChecks, [check]);
    assert.equal(plan.determinations.idNumberType.ruleChecks, undefined);
  });

  test("refuses dates out of order across fields", async () => {
    const response = await t.app.inject({ method: "POST", url: "/api/v1/plan", payload: { asOf: "2025-01-01", arrivalDate: "2024-12-01", birthDate: "2026-01-01", citizenship: "PL", residenceBasis: "eea-worker" } });
    assert.equal(response.statusCode, 400);
    assert.ok(response.json().errors.some((e: { path: string }) => e.path === "birthDate"));
  });
});

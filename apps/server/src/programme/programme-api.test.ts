import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

const displaced = { birthDate: "1985-04-04", residenceBasis: "collective-protection", arrivalDate: "2023-09-01", education: "higher", programmeStart: "2024-01-08" };

describe("POST /api/v1/programme", () => {
  let t: TestApp;
  let coordinator = "";
  before(async () => {
    t = await startTestApp();
    coordinator = await t.signIn("coordinator");
  });
  after(() => t.close());

  const post = (payload: unknown, cookie = coordinator) =>
    t.app.inject({ method: "POST", url: "/api/v1/programme", headers: { cookie }, payload: payload as Record<string, unknown> });

  test("returns the contract's result for a displaced person under the temporary rules", async () => {
    const response = await post({ ...displaced, asOf: "2024-03-01", language: "en" });
    assert.equal(response.statusCode, 200, response.body);
    const result = response.json();
    assert.equal(result.asOf, "2024-03-01");
    assert.equal(result.language, "en");
    assert.deepEqual(result.determinations.introductionProgramme.value, { right: true, duty: false });
    assert.deepEqual(result.determinations.programmeDuration.value, { minMonths: 3, maxMonths: 6, extensionMonths: 6, standardEnd: "2024-07-07", latestEnd: "2025-01-07" });
    assert.deepEqual(result.determinations.introductionBenefit.value, { fraction: "1", perYear: 237240, perMonth: 19770, basicAmount: { value: 118620, validFrom: "2023-05-01", current: true } });
    assert.equal(result.determinations.norwegianTraining.value.rightEnds, "2025-01-07");
    assert.deepEqual(result.determinations.socialStudies.value, { right: false, duty: false, hours: null, deadline: null });
    for (const determination of Object.values(result.determinations) as Array<{ why: string; legalBasis: string[] }>) {
      assert.ok(determination.why && determination.legalBasis.length > 0);
    }
  });

  test("without asOf the date comes from the platform's clock", async () => {
    const response = await post(displaced);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().asOf, t.app.services.clock.today());
  });

  test("names each bad field with what was expected", async () => {
    const response = await post({ birthDate: "1985-02-30", residenceBasis: "tourist", arrivalDate: "2023-09-01", livesWithParents: "yes" });
    assert.equal(response.statusCode, 400);
    const errors: Array<{ path: string; message: string }> = response.json().errors;
    assert.deepEqual(errors.map((e) => e.path).sort(), ["birthDate", "education", "livesWithParents", "residenceBasis"]);
    assert.match(errors.find((e) => e.path === "birthDate")!.message, /expected a date YYYY-MM-DD/);
  });

  test("refuses dates out of order across fields, naming them", async () => {
    const response = await post({ ...displaced, asOf: "2024-03-01", programmeStart: "2023-08-31", childrenBirthDates: ["2024-03-02"] });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(response.json().errors.map((e: { path: string }) => e.path).sort(), ["childrenBirthDates[0]", "programmeStart"]);
  });

  test("is for staff: a visitor and a newcomer are refused", async () => {
    assert.equal((await post({ ...displaced, asOf: "2024-03-01" }, "")).statusCode, 401);
    assert.equal((await post({ ...displaced, asOf: "2024-03-01" }, await t.signIn("newcomer"))).statusCode, 403);
  });

  test("the OpenAPI document describes the route with the participant and result schemas", async () => {
    const document = (await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json();
    const operation = document.paths["/api/v1/programme"].post;
    assert.ok(operation.requestBody.content["application/json"].schema.properties.residenceBasis);
    assert.ok(operation.responses["200"].content["application/json"].schema.properties.determinations.properties.introductionBenefit);
  });
});

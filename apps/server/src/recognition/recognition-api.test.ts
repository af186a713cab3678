import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

describe("POST /api/v1/recognition", () => {
  let t: TestApp;
  before(async () => (t = await startTestApp()));
  after(() => t.close());

  /** Each question comes from this address, so a test can find what its own questions left in the audit log. */
  const asker = "192.0.2.41";
  const ask = (payload: unknown) => t.app.inject({ method: "POST", url: "/api/v1/recognition", payload: payload as Record<string, unknown>, remoteAddress: asker });

  test("answers the contract for a nurse from the Philippines: Helsedirektoratet's authorisation first, with why, law and review date", async () => {
    const response = await ask({ asOf: "2024-05-01", occupation: "nurse", educationCountry: "PH", citizenship: "PH", language: "en" });
    assert.equal(response.statusCode, 200);
    const answer = response.json();
    assert.equal(answer.regulated, true);
    assert.deepEqual(answer.occupation, { id: "nurse", styrk08: "2223", title: "Nurse" });
    const [first] = answer.routes;
    assert.equal(first.kind, "authorisation");
    assert.equal(first.body.id, "helsedirektoratet");
    assert.ok(first.why && first.legalBasis.length > 0 && first.lastReviewed);
    assert.match(answer.rulesVersion, /^\d{4}-\d{2}-\d{2}\+[0-9a-f]{12}$/);
  });

  test("asOf defaults to the platform's clock", async () => {
    const response = await ask({ occupation: "software-developer", educationCountry: "UA" });
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().asOf, t.app.services.clock.today());
  });

  test("a malformed question is 400 naming each field; an occupation the data does not know is 422 naming occupation", async () => {
    const malformed = await ask({ occupation: "nurse", educationCountry: "ph", hasDocuments: "yes" });
    assert.equal(malformed.statusCode, 400);
    assert.deepEqual(malformed.json().errors.map((e: { path: string }) => e.path).sort(), ["educationCountry", "hasDocuments"]);
    assert.match(JSON.stringify(malformed.json()), /2-letter country code/);
    const unknown = await ask({ occupation: "astronaut", educationCountry: "PH" });
    assert.equal(unknown.statusCode, 422);
    assert.deepEqual(unknown.json().errors.map((e: { path: string }) => e.path), ["occupation"]);
    const early = await ask({ asOf: "1990-01-01", occupation: "nurse", educationCountry: "PH" });
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().errors[0].path, "asOf");
  });

  test("stores nothing: no audit row for a question", async () => {
    await ask({ occupation: "electrician", educationCountry: "UA" });
    const left = await t.test.database.db
      .selectFrom("audit_log")
      .select("action")
      .where((eb) => eb.or([eb("ip", "=", asker), eb("action", "like", "recognition%"), eb("subject_type", "like", "recognition%")]))
      .execute();
    assert.deepEqual(left, []);
  });
});

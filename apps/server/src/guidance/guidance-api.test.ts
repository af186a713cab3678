import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { receiveEnquiry } from "./guidance-repository.ts";

for (const engine of testEngines) {
  describe(`the guidance API (${engine})`, () => {
    let t: TestApp;
    let hitraCoordinator = "";
    let froyaAdmin = "";
    const run = `${engine}-${Date.now().toString(36)}`;
    before(async () => {
      t = await startTestApp(engine);
      hitraCoordinator = await t.signIn("coordinator");
      froyaAdmin = await t.signIn("municipality-admin");
    });
    after(() => t.close());

    const call = (cookie: string, url: string) => t.app.inject({ method: "GET", url, headers: { cookie } });
    const enquiry = (municipality: string, name: string) =>
      receiveEnquiry(t.test.database.db, t.app.services.clock, { municipality, source: "public-form", name, contact: "+47 900 00 000", language: "ro", question: "Skattekort", planAnswers: { grunnlag: "eea", fodselsar: "1990" } });
    const auditOf = (subject: string, action: string) => t.test.database.db.selectFrom("audit_log").select("actor_user_id").where("subject_id", "=", subject).where("action", "=", action).execute();

    test("the queue lists the cases of the coordinator's municipalities only, and each listed case is logged", async () => {
      const hitra = await enquiry("5056", `Hitra ${run}`);
      const froya = await enquiry("5014", `Frøya ${run}`);
      const response = await call(hitraCoordinator, "/api/v1/guidance/cases");
      assert.equal(response.statusCode, 200, response.body);
      const ids = (response.json() as Array<{ id: string; status: string; language: string }>).map((c) => c.id);
      assert.ok(ids.includes(hitra));
      assert.ok(!ids.includes(froya), "another municipality's case is not listed");
      assert.equal((await auditOf(hitra, "guidance.listed")).length, 1);
      assert.equal((await auditOf(froya, "guidance.listed")).length, 0);
    });

    test("one case is read with its answers and logged; elsewhere it answers 404 and leaves no trace; a malformed id is a 400", async () => {
      const id = await enquiry("5056", `Lesbar ${run}`);
      const response = await call(hitraCoordinator, `/api/v1/guidance/cases/${id}`);
      assert.equal(response.statusCode, 200, response.body);
      const found = response.json();
      assert.equal(found.name, `Lesbar ${run}`);
      assert.equal(found.status, "new");
      assert.deepEqual(found.planAnswers, { grunnlag: "eea", fodselsar: "1990" });
      assert.deepEqual(found.interpreterBookings, []);
      assert.equal((await auditOf(id, "guidance.read")).length, 1);

      assert.equal((await call(froyaAdmin, `/api/v1/guidance/cases/${id}`)).statusCode, 404);
      assert.equal((await auditOf(id, "guidance.read")).length, 1, "the refused read is not logged as a read");
      const malformed = await call(hitraCoordinator, "/api/v1/guidance/cases/not-an-id");
      assert.equal(malformed.statusCode, 400);
      assert.match(malformed.body, /id/);
      assert.equal((await t.app.inject({ url: `/api/v1/guidance/cases/${id}` })).statusCode, 401);
    });

    test("the API is in the OpenAPI document", async () => {
      const paths = (await t.app.inject({ url: "/api/v1/openapi.json" })).json().paths;
      assert.ok(paths["/api/v1/guidance/cases"]?.get);
      assert.ok(paths["/api/v1/guidance/cases/{id}"]?.get?.parameters?.length);
    });
  });
}

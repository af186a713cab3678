import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { addDays } from "../events/oslo-time.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { formRequests } from "../../test/form-requests.ts";

for (const engine of testEngines) {
  describe(`the training API (${engine})`, () => {
    let t: TestApp;
    let coordinator = "";
    let froyaAdmin = "";
    let id = "";
    const run = `${engine}-${Date.now().toString(36)}`;
    before(async () => {
      t = await startTestApp(engine);
      coordinator = await t.signIn("coordinator");
      froyaAdmin = await t.signIn("municipality-admin");
      const today = t.app.services.clock.today();
      const created = await formRequests(t).post(coordinator, "/nb/ansatt/opplaering", { kommune: "5056", navn: `Lærer ${run}`, fodselsdato: "1992-03-03", grunnlag: "work-permit", ankomst: addDays(today, -40), utdanning: "higher" });
      assert.equal(created.statusCode, 303, created.body.slice(0, 300));
      id = String(created.headers.location).split("/").at(-1)!;
      assert.equal((await formRequests(t).post(coordinator, `/nb/ansatt/opplaering/${id}/timer`, { emne: "social-studies", periode: "session", timedato: today, antall: "3,5" })).statusCode, 303);
    });
    after(() => t.close());

    const call = (cookie: string, url: string) => t.app.inject({ method: "GET", url, headers: { cookie } });
    const auditOf = (action: string) => t.test.database.db.selectFrom("audit_log").select("actor_user_id").where("subject_id", "=", id).where("action", "=", action).execute();

    test("the list has the learner with minutes attended, each listing logged; another municipality's list does not", async () => {
      const response = await call(coordinator, "/api/v1/training/learners");
      assert.equal(response.statusCode, 200, response.body);
      const learner = (response.json() as Array<{ id: string; attendedMinutes: Record<string, number> }>).find((l) => l.id === id);
      assert.deepEqual(learner?.attendedMinutes, { norwegian: 0, "social-studies": 210 });
      assert.equal((await auditOf("training.listed")).length, 1);
      assert.ok(!(await call(froyaAdmin, "/api/v1/training/learners")).json().some((l: { id: string }) => l.id === id));
    });

    test("one learner is read with the rules' hours in the language asked for, and logged; elsewhere 404 without a trace", async () => {
      const response = await call(coordinator, `/api/v1/training/learners/${id}?lang=en`);
      assert.equal(response.statusCode, 200, response.body);
      const learner = response.json();
      assert.equal(learner.rules.socialStudies.value.hours, 75);
      assert.equal(learner.rules.norwegianTraining.value.free, false, "a labour migrant pays");
      assert.match(learner.rules.socialStudies.why, /[a-z]/);
      assert.equal(learner.attendance[0].minutes, 210);
      assert.equal((await auditOf("training.read")).length, 1);
      assert.equal((await call(froyaAdmin, `/api/v1/training/learners/${id}`)).statusCode, 404);
      assert.equal((await auditOf("training.read")).length, 1);
      assert.equal((await call(coordinator, `/api/v1/training/learners/${id}?lang=xx`)).statusCode, 400);
    });

    test("the API is in the OpenAPI document", async () => {
      const paths = (await t.app.inject({ url: "/api/v1/openapi.json" })).json().paths;
      assert.ok(paths["/api/v1/training/learners"]?.get);
      assert.ok(paths["/api/v1/training/learners/{id}"]?.get);
    });
  });
}

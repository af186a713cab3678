import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { formRequests } from "../../test/form-requests.ts";

for (const engine of testEngines) {
  describe(`Norwegian training demo (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    test("learners in Hitra in different phases: hours under way, social studies late, a labour migrant who pays", async () => {
      const coordinator = await t.signIn("coordinator");
      const list = await formRequests(t).get(coordinator, "/nb/ansatt/opplaering");
      for (const name of ["Rahul Menon (demo)", "Amina Yusuf (demo)", "Samuel Tesfaye (demo)"]) assert.ok(list.body.includes(name), name);
      const id = (name: string) => t.test.database.db.selectFrom("training_learners").select("id").where("name", "=", name).executeTakeFirstOrThrow().then((r) => r.id);
      const late = await formRequests(t).get(coordinator, `/nb/ansatt/opplaering/${await id("Samuel Tesfaye (demo)")}`);
      assert.match(late.body, /Fristen var [^:]+: 39 av 75 timer er gjennomført/);
      const migrant = await formRequests(t).get(coordinator, `/nb/ansatt/opplaering/${await id("Rahul Menon (demo)")}`);
      assert.match(migrant.body, /betaler selv/);
      assert.match(migrant.body, /15 av 75 timer, fristen er/);
    });

    test("learners in Frøya too: one with social studies complete, one just arrived", async () => {
      const froya = await t.signIn("municipality-admin");
      const list = await formRequests(t).get(froya, "/nb/ansatt/opplaering");
      for (const name of ["Khalid Rahimi (demo)", "Lina Haddad (demo)", "Oksana Melnyk (demo)"]) assert.ok(list.body.includes(name), name);
      const id = (await t.test.database.db.selectFrom("training_learners").select("id").where("name", "=", "Khalid Rahimi (demo)").executeTakeFirstOrThrow()).id;
      assert.match((await formRequests(t).get(froya, `/nb/ansatt/opplaering/${id}`)).body, /Fullført: 75 av 75 timer/);
    });
  });
}

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startTestApp, type TestApp } from "./test-app.ts";
import { testEngines } from "./test-database.ts";

for (const engine of testEngines) {
  describe(`reads of lists of people are audited (${engine})`, () => {
    let t: TestApp;
    before(async () => (t = await startTestApp(engine)));
    after(() => t.close());

    async function auditedReads(action: string, email: string) {
      return t.test.database.db
        .selectFrom("audit_log")
        .innerJoin("users", "users.id", "audit_log.actor_user_id")
        .select(["audit_log.ip", "audit_log.details"])
        .where("audit_log.action", "=", action)
        .where("users.email", "=", email)
        .execute();
    }

    test("the staff list, by API and page, names who read it and from where", async () => {
      const cookie = await t.signIn("national-admin");
      assert.equal((await t.app.inject({ url: "/api/v1/users", headers: { cookie }, remoteAddress: "192.0.2.41" })).statusCode, 200);
      assert.equal((await t.app.inject({ url: "/nb/ansatt/brukere", headers: { cookie }, remoteAddress: "192.0.2.42" })).statusCode, 200);
      const reads = await auditedReads("staff.users.listed", t.emailOf("national-admin"));
      assert.deepEqual(reads.map((r) => r.ip).sort(), ["192.0.2.41", "192.0.2.42"]);
    });

    test("the settlement households list, with health and accessibility needs, is audited", async () => {
      const cookie = await t.signIn("national-admin");
      const response = await t.app.inject({ url: "/api/v1/settlement/households", headers: { cookie }, remoteAddress: "192.0.2.43" });
      assert.equal(response.statusCode, 200);
      const reads = await auditedReads("settlement.households.listed", t.emailOf("national-admin"));
      assert.equal(reads.length, 1);
      assert.equal(reads[0]!.ip, "192.0.2.43");
      assert.equal((reads[0]!.details as { count: number }).count, (response.json() as unknown[]).length);
    });
  });
}

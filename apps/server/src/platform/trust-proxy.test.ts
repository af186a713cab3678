import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { ConfigError, loadConfig } from "../config.ts";
import { registrationsPerAddress } from "../newcomers/newcomer-accounts.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";

test("TRUST_PROXY=true is refused with what to write instead; hop counts and address lists are taken", () => {
  assert.throws(() => loadConfig({ TRUST_PROXY: "true" }), (error: unknown) => error instanceof ConfigError && /TRUST_PROXY: "true" would let any client choose its own address/.test(error.message) && /10\.0\.0\.5/.test(error.message));
  assert.equal(loadConfig({ TRUST_PROXY: "2" }).trustProxy, 2);
  assert.deepEqual(loadConfig({ TRUST_PROXY: "10.0.0.5, 10.1.0.0/16,::1" }).trustProxy, ["10.0.0.5", "10.1.0.0/16", "::1"]);
  assert.equal(loadConfig({}).trustProxy, false);
  assert.throws(() => loadConfig({ TRUST_PROXY: "proxy.example.no" }), /TRUST_PROXY: expected the proxies' addresses.*got "proxy\.example\.no"/);
  assert.throws(() => loadConfig({ TRUST_PROXY: "0" }), ConfigError);
});

for (const engine of testEngines) {
  for (const setting of ["10.0.0.5", "1"]) {
    describe(`behind a proxy, TRUST_PROXY=${setting} (${engine})`, () => {
      let t: TestApp;
      before(async () => (t = await startTestApp(engine, { env: { TRUST_PROXY: setting } })));
      after(() => t.close());

      test("a client cannot dodge a per-address limit or fake its address with its own X-Forwarded-For", async () => {
        const session = await t.formSession();
        const client = setting === "1" ? "198.51.100.7" : "198.51.100.8";
        const statuses: number[] = [];
        for (let i = 0; i <= registrationsPerAddress; i++) {
          const response = await t.app.inject({
            method: "POST",
            url: "/nb/min-side/ny-konto",
            // The proxy (10.0.0.5) appends the address it saw to whatever the client sent.
            remoteAddress: "10.0.0.5",
            headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `203.0.113.${i}, ${client}` },
            payload: new URLSearchParams({ _csrf: session.csrf, email: `proxy${i}.${setting}@example.no` }).toString(),
          });
          statuses.push(response.statusCode);
        }
        assert.equal(statuses.at(-1), 429, "the limit holds for the address the proxy saw");
        const audited = await t.test.database.db.selectFrom("audit_log").select("ip").distinct().where("action", "=", "newcomer.registration-requested").execute();
        assert.deepEqual(audited.map((row) => row.ip), [client], "the audit log has the client's real address");
      });
    });
  }
}

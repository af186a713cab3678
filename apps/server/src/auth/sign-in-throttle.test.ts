import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { generateSync } from "otplib";
import { cookiesOf, demoPassword, mergeCookies, startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { handClock } from "../../test/hand-clock.ts";
import { codesPerPendingSignIn } from "./authentication.ts";
import { delayRules } from "./login-throttle.ts";

const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

for (const engine of testEngines) {
  describe(`sign-in throttling and the second factor (${engine})`, () => {
    let t: TestApp;
    const time = handClock("2030-03-04T09:00:10Z");
    before(async () => (t = await startTestApp(engine, { clock: time.clock })));
    after(() => t.close());

    const apiSignIn = (email: string, password: string, ip: string, extra: Record<string, string> = {}) =>
      t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password, ...extra }, remoteAddress: ip });
    const codeNow = () => generateSync({ secret, epoch: time.seconds() });
    const wrongCode = () => (codeNow() === "123456" ? "654321" : "123456");
    async function withTotp(email: string) {
      await t.test.database.db.updateTable("users").set({ totp_secret: secret, totp_enabled: true }).where("email", "=", email).execute();
    }
    async function form(url: string, cookie: string, fields: Record<string, string>, ip: string) {
      const page = await t.app.inject({ url: url.endsWith("kode") ? url : "/nb/logg-inn", headers: { cookie }, remoteAddress: ip });
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
      const jar = mergeCookies(cookie, cookiesOf(page));
      const response = await t.app.inject({ method: "POST", url, headers: { cookie: jar }, payload: { _csrf: csrf, ...fields }, remoteAddress: ip });
      return { response, cookie: mergeCookies(jar, cookiesOf(response)) };
    }

    test("wrong codes with the right password are counted: after the free ones even the right code waits", async () => {
      const email = t.emailOf("coordinator");
      await withTotp(email);
      const free = delayRules["second-factor"].freeFailures;
      for (let i = 0; i < free; i++) {
        const wrong = await apiSignIn(email, demoPassword, `10.20.0.${i + 1}`, { totpCode: wrongCode() });
        assert.equal(wrong.statusCode, 401, `wrong code ${i + 1}`);
      }
      const right = await apiSignIn(email, demoPassword, "10.20.1.1", { totpCode: codeNow() });
      assert.equal(right.statusCode, 429, "the account's codes now wait, from any address");
      assert.equal(right.headers["retry-after"], String(delayRules["second-factor"].firstDelayMs / 1000));
      const successes = await t.test.database.db.selectFrom("login_attempts").select("id").where("email", "=", email).where("succeeded", "=", true).execute();
      assert.equal(successes.length, 0, "a right password with a wrong code is no successful sign-in");
      assert.ok(t.logs.some((line) => line.alert === "sign-in-failures" && line.factor === "second-factor"), "the operators are alerted");
      assert.ok(!JSON.stringify(t.logs).includes(email), "the alert names the account by id, not by address");

      time.advance(delayRules["second-factor"].firstDelayMs);
      assert.equal((await apiSignIn(email, demoPassword, "10.20.1.1", { totpCode: codeNow() })).statusCode, 200, "after the wait the right code works");
    });

    test("a code is accepted once: the same code again in its window is refused", async () => {
      const email = t.emailOf("editor");
      await withTotp(email);
      time.advance(30_000);
      const code = codeNow();
      assert.equal((await apiSignIn(email, demoPassword, "10.21.0.1", { totpCode: code })).statusCode, 200);
      time.advance(5_000);
      assert.equal((await apiSignIn(email, demoPassword, "10.21.0.1", { totpCode: code })).statusCode, 401, "a replayed code");
      time.advance(30_000);
      assert.equal((await apiSignIn(email, demoPassword, "10.21.0.1", { totpCode: codeNow() })).statusCode, 200, "the next code works");
    });

    test(`a pending sign-in on the web ends after ${codesPerPendingSignIn} wrong codes`, async () => {
      const email = t.emailOf("municipality-admin");
      await withTotp(email);
      const ip = "10.22.0.1";
      const signedIn = await form("/nb/logg-inn", "", { email, password: demoPassword }, ip);
      assert.equal(signedIn.response.headers.location, "/nb/logg-inn/kode");
      let cookie = signedIn.cookie;
      for (let i = 1; i < codesPerPendingSignIn; i++) {
        const wrong = await form("/nb/logg-inn/kode", cookie, { code: wrongCode() }, ip);
        assert.equal(wrong.response.statusCode, 401);
        cookie = wrong.cookie;
      }
      const last = await form("/nb/logg-inn/kode", cookie, { code: wrongCode() }, ip);
      assert.equal(last.response.statusCode, 401);
      assert.match(last.response.body, /Logg inn på nytt med passordet ditt/);
      const afterwards = await t.app.inject({ url: "/nb/logg-inn/kode", headers: { cookie: signedIn.cookie }, remoteAddress: ip });
      assert.equal(afterwards.headers.location, "/nb/logg-inn", "the pending sign-in is gone, so not even the right code could finish it");
      const refusals = await t.test.database.db.selectFrom("audit_log").select("details").where("action", "=", "sign-in.refused").where("ip", "=", ip).execute();
      assert.equal(refusals.length, codesPerPendingSignIn, "every wrong code is in the audit log");
    });

    test("a stranger's wrong passwords from another address do not keep the owner out", async () => {
      const email = t.emailOf("volunteer");
      const rule = delayRules.password;
      // Only the free failures count (the rest wait), so the stranger spreads them over addresses to reach the alert.
      for (let i = 0; i < rule.alertAfter; i++) await apiSignIn(email, "wrong password!", `10.23.${Math.floor(i / rule.freeFailures)}.1`);
      assert.equal((await apiSignIn(email, demoPassword, "10.23.9.2")).statusCode, 200);
      assert.ok(t.logs.some((line) => line.alert === "sign-in-failures" && line.factor === "password"), "many wrong passwords on one account alert the operators");
      const refusals = await t.test.database.db.selectFrom("audit_log").select("id").where("action", "=", "sign-in.refused").where("ip", "like", "10.23.%").execute();
      assert.equal(refusals.length, rule.alertAfter, "every wrong password is in the audit log");
    });

    test("a known account that must wait answers exactly like an unknown one, and never 423", async () => {
      const answers = [];
      for (const email of [t.emailOf("employer"), "nobody.here@example.no"]) {
        const ip = email.startsWith("nobody") ? "10.24.0.2" : "10.24.0.1";
        const statuses = [];
        for (let i = 0; i < 6; i++) statuses.push((await apiSignIn(email, "wrong password!", ip)).statusCode);
        const last = await apiSignIn(email, email.startsWith("nobody") ? "wrong password!" : demoPassword, ip);
        answers.push({ statuses, last: { status: last.statusCode, body: last.body, retryAfter: last.headers["retry-after"] } });
      }
      assert.deepEqual(answers[0], answers[1]);
      assert.deepEqual(answers[0]?.statuses, [401, 401, 401, 429, 429, 429]);
      assert.equal(answers[0]?.last.status, 429);
    });

    test("the delays grow per account and address, and pass", async () => {
      const email = t.emailOf("national-admin");
      const ip = "10.25.0.1";
      const rule = delayRules.password;
      for (let i = 0; i < rule.freeFailures; i++) assert.equal((await apiSignIn(email, "wrong password!", ip)).statusCode, 401);
      const waits = [];
      for (let i = 0; i < 3; i++) {
        const refused = await apiSignIn(email, demoPassword, ip);
        assert.equal(refused.statusCode, 429);
        waits.push(Number(refused.headers["retry-after"]));
        time.advance(Number(refused.headers["retry-after"]) * 1000);
        if (i < 2) assert.equal((await apiSignIn(email, "wrong password!", ip)).statusCode, 401);
      }
      assert.deepEqual(waits, [5, 10, 20]);
      assert.equal((await apiSignIn(email, demoPassword, ip)).statusCode, 200);
      const page = await form("/nb/logg-inn", "", { email, password: "wrong password!" }, ip);
      assert.equal(page.response.statusCode, 401, "a success starts the count afresh");
    });

    test("the sign-in page tells how long to wait, the same for every account", async () => {
      const ip = "10.26.0.1";
      for (let i = 0; i < delayRules.password.freeFailures; i++) await form("/nb/logg-inn", "", { email: "someone@example.no", password: "wrong password!" }, ip);
      const page = await form("/nb/logg-inn", "", { email: "someone@example.no", password: "wrong password!" }, ip);
      assert.equal(page.response.statusCode, 429);
      assert.match(page.response.body, /Prøv igjen etter kl\. \d\d:\d\d/);
    });
  });
}

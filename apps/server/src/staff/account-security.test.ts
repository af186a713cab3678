import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { generateSync } from "otplib";
import { demoPassword, startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { handClock } from "../../test/hand-clock.ts";

const attackerSecret = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";

for (const engine of testEngines) {
  describe(`two-factor sign-in on the account page (${engine})`, () => {
    let t: TestApp;
    const time = handClock("2030-06-07T10:00:05Z");
    const nextWindow = () => time.advance(30_000);
    const codeOf = (secret: string) => generateSync({ secret, epoch: time.seconds() });
    before(async () => (t = await startTestApp(engine, { clock: time.clock })));
    after(() => t.close());

    const post = (url: string, session: { cookie: string; csrf: string }, fields: Record<string, string> = {}) =>
      t.app.inject({
        method: "POST",
        url,
        headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
        remoteAddress: "10.40.0.1",
      });
    const totpOf = async (email: string) =>
      t.test.database.db.selectFrom("users").select(["totp_enabled", "totp_secret"]).where("email", "=", email).executeTakeFirstOrThrow();

    test("enrolment keeps the secret on the server: a secret in the posted form is ignored", async () => {
      const email = t.emailOf("editor");
      const session = await t.formSession(await t.signIn("editor"));
      const started = await post("/nb/ansatt/konto/totp", session);
      assert.equal(started.statusCode, 200);
      assert.doesNotMatch(started.body, /name="secret"/, "the secret is not a form field");
      const planted = await post("/nb/ansatt/konto/totp/bekreft", session, { secret: attackerSecret, code: codeOf(attackerSecret), password: demoPassword });
      assert.equal(planted.statusCode, 400);
      assert.deepEqual(await totpOf(email), { totp_enabled: false, totp_secret: null });

      const shown = /<code[^>]*>([A-Z2-7]+)<\/code>/.exec(started.body)?.[1] ?? "";
      const wrongPassword = await post("/nb/ansatt/konto/totp/bekreft", session, { code: codeOf(shown), password: "not my password" });
      assert.equal(wrongPassword.statusCode, 400, "switching it on needs the password too");
      assert.match(wrongPassword.body, /Passordet stemmer ikke/);
      nextWindow();
      const confirmed = await post("/nb/ansatt/konto/totp/bekreft", session, { code: codeOf(shown), password: demoPassword });
      assert.equal(confirmed.statusCode, 200);
      assert.deepEqual(await totpOf(email), { totp_enabled: true, totp_secret: shown });

      assert.equal((await post("/nb/ansatt/konto/totp", session)).statusCode, 409, "a second secret cannot replace the first with the password alone");
      nextWindow();
      assert.equal((await post("/nb/ansatt/konto/totp/bekreft", session, { code: codeOf(shown), password: demoPassword })).statusCode, 409);
      assert.deepEqual(await totpOf(email), { totp_enabled: true, totp_secret: shown });
    });

    test("turning it off needs the password and a current code", async () => {
      const email = t.emailOf("coordinator");
      const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
      const session = await t.formSession(await t.signIn("coordinator"));
      await t.test.database.db.updateTable("users").set({ totp_secret: secret, totp_enabled: true }).where("email", "=", email).execute();
      const bare = await post("/nb/ansatt/konto/totp/av", session);
      assert.equal(bare.statusCode, 400);
      assert.equal((await totpOf(email)).totp_enabled, true);
      const noCode = await post("/nb/ansatt/konto/totp/av", session, { password: demoPassword, code: "000000" });
      assert.equal(noCode.statusCode, 400);
      assert.equal((await totpOf(email)).totp_enabled, true);
      nextWindow();
      const confirmed = await post("/nb/ansatt/konto/totp/av", session, { password: demoPassword, code: codeOf(secret) });
      assert.equal(confirmed.statusCode, 200);
      assert.deepEqual(await totpOf(email), { totp_enabled: false, totp_secret: null });
    });
  });
}

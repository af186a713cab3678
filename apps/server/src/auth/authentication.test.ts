import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { generateSync } from "otplib";
import { cookiesOf, demoPassword, startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";

for (const engine of testEngines) {
  describe(`signing in (${engine})`, () => {
    let t: TestApp;
    before(async () => (t = await startTestApp(engine)));
    after(() => t.close());

    const signIn = (email: string, password: string, extra: Record<string, string> = {}, ip = "10.0.0.1") =>
      t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password, ...extra }, remoteAddress: ip });

    test("a session cookie is httpOnly and SameSite, and signing out ends it", async () => {
      const response = await signIn(t.emailOf("editor"), demoPassword);
      assert.equal(response.statusCode, 200);
      const cookie = response.cookies.find((c) => c.name === "velkomst_session");
      assert.ok(cookie?.httpOnly && cookie.sameSite === "Lax");
      const headers = { cookie: cookiesOf(response) };
      assert.equal((await t.app.inject({ url: "/api/v1/session", headers })).json().email, t.emailOf("editor"));
      assert.equal((await t.app.inject({ method: "DELETE", url: "/api/v1/session", headers })).statusCode, 204);
      assert.equal((await t.app.inject({ url: "/api/v1/session", headers })).statusCode, 401);
    });

    test("one address is throttled after 20 failures across accounts", async () => {
      for (let i = 0; i < 20; i++) await signIn(`nobody${i}@example.no`, "wrong password!", {}, "10.0.0.3");
      assert.equal((await signIn(t.emailOf("employer"), demoPassword, {}, "10.0.0.3")).statusCode, 429);
      assert.equal((await signIn(t.emailOf("employer"), demoPassword, {}, "10.0.0.4")).statusCode, 200);
    });

    test("with TOTP switched on, sign-in needs a valid code", async () => {
      const email = t.emailOf("coordinator");
      const { db } = t.test.database;
      const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
      await db.updateTable("users").set({ totp_secret: secret, totp_enabled: true }).where("email", "=", email).execute();
      assert.equal((await signIn(email, demoPassword, {}, "10.0.0.5")).statusCode, 401);
      assert.equal((await signIn(email, demoPassword, { totpCode: "000000" }, "10.0.0.5")).statusCode, 401);
      assert.equal((await signIn(email, demoPassword, { totpCode: generateSync({ secret }) }, "10.0.0.5")).statusCode, 200);
    });

    test("a mailed password reset link sets a new password once", async () => {
      const email = t.emailOf("municipality-admin");
      const request = await t.app.inject({ method: "POST", url: "/api/v1/password-reset", payload: { email } });
      assert.equal(request.statusCode, 202);
      assert.equal((await t.app.inject({ method: "POST", url: "/api/v1/password-reset", payload: { email: "nobody@example.no" } })).statusCode, 202);
      const mail = (await t.mailsTo(email)).at(-1);
      const token = /nytt-passord\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? "")?.[1];
      assert.ok(token, "the reset link is mailed");
      const short = await t.app.inject({ method: "POST", url: "/api/v1/password", payload: { token, password: "short" } });
      assert.equal(short.statusCode, 422);
      assert.equal(short.json().errors[0].path, "password");
      assert.equal((await t.app.inject({ method: "POST", url: "/api/v1/password", payload: { token, password: "a brand new long password" } })).statusCode, 204);
      assert.equal((await t.app.inject({ method: "POST", url: "/api/v1/password", payload: { token, password: "another long password" } })).statusCode, 410);
      assert.equal((await signIn(email, "a brand new long password", {}, "10.0.0.6")).statusCode, 200);
    });

    test("setting a password from one link revokes every other outstanding link of the account", async () => {
      const email = t.emailOf("volunteer");
      for (let i = 0; i < 2; i++) assert.equal((await t.app.inject({ method: "POST", url: "/api/v1/password-reset", payload: { email } })).statusCode, 202);
      const links = (await t.mailsTo(email)).map((mail) => /nytt-passord\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1]);
      const [older, newer] = links;
      assert.ok(older && newer && older !== newer);
      assert.equal((await t.app.inject({ method: "POST", url: "/api/v1/password", payload: { token: newer, password: "the newest long password" } })).statusCode, 204);
      assert.equal((await t.app.inject({ method: "POST", url: "/api/v1/password", payload: { token: older, password: "an older link's password" } })).statusCode, 410);
      assert.equal((await t.app.inject({ url: `/nb/nytt-passord/${older}` })).statusCode, 410);
      assert.equal((await signIn(email, "the newest long password", {}, "10.0.0.8")).statusCode, 200);
    });

    test("a municipality admin invites within their municipality but not outside it", async () => {
      const cookie = await t.signIn("national-admin");
      const frøyaAdmin = (await signIn(t.emailOf("municipality-admin"), "a brand new long password", {}, "10.0.0.7"));
      const headers = { cookie: cookiesOf(frøyaAdmin) };
      const inside = await t.app.inject({ method: "POST", url: "/api/v1/invitations", headers, payload: { email: "ny.redaktor@froya.kommune.no", name: "Ny Redaktør", role: "editor", scope: { kind: "municipality", id: "5014" } } });
      assert.equal(inside.statusCode, 201);
      const outside = await t.app.inject({ method: "POST", url: "/api/v1/invitations", headers, payload: { email: "x@oslo.kommune.no", name: "X", role: "editor", scope: { kind: "municipality", id: "0301" } } });
      assert.equal(outside.statusCode, 403);
      const escalate = await t.app.inject({ method: "POST", url: "/api/v1/invitations", headers, payload: { email: "y@froya.kommune.no", name: "Y", role: "national-admin", scope: { kind: "national", id: "" } } });
      assert.equal(escalate.statusCode, 403);
      const audit = await t.test.database.db.selectFrom("audit_log").select("action").where("action", "=", "user.invited").execute();
      assert.equal(audit.length, 1);
      const self = (await t.test.database.db.selectFrom("users").select("id").where("email", "=", t.emailOf("national-admin")).executeTakeFirstOrThrow()).id;
      const ownRole = await t.app.inject({ method: "DELETE", url: `/api/v1/users/${self}/roles?role=national-admin&scopeKind=national`, headers: { cookie } });
      assert.equal(ownRole.statusCode, 403);
      const listed = await t.app.inject({ url: "/api/v1/users", headers: { cookie } });
      assert.ok(listed.json().some((u: { email: string; hasPassword: boolean }) => u.email === "ny.redaktor@froya.kommune.no" && !u.hasPassword));
    });
  });
}

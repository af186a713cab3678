import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { purgeExpiredData, retentionDays } from "./retention.ts";

const day = 86_400_000;

for (const engine of testEngines) {
  describe(`retention (${engine})`, () => {
    let t: TestApp;
    before(async () => (t = await startTestApp(engine)));
    after(() => t.close());

    test("old sign-in attempts, audit IPs, expired sessions, used or expired links and old mail go; what is still needed stays", async () => {
      const db = t.test.database.db;
      const now = t.app.services.clock.now();
      const ago = (days: number) => new Date(now.getTime() - days * day);
      const { id: userId } = await db.selectFrom("users").select("id").where("email", "=", t.emailOf("editor")).executeTakeFirstOrThrow();
      await db
        .insertInto("login_attempts")
        .values([
          { email: "old.attempt@example.no", ip: "192.0.2.60", succeeded: false, attempted_at: ago(retentionDays.loginAttempts + 1) },
          { email: "new.attempt@example.no", ip: "192.0.2.61", succeeded: false, attempted_at: ago(1) },
        ])
        .execute();
      await db
        .insertInto("audit_log")
        .values([
          { action: "retention.test.old", subject_type: "test", subject_id: "old", ip: "192.0.2.62", at: ago(retentionDays.auditIps + 1) },
          { action: "retention.test.new", subject_type: "test", subject_id: "new", ip: "192.0.2.63", at: ago(1) },
        ])
        .execute();
      await db
        .insertInto("sessions")
        .values([
          { token_hash: "retention-expired", user_id: userId, expires_at: ago(1), idle_timeout_seconds: 1800, user_agent: "test" },
          { token_hash: "retention-live", user_id: userId, expires_at: new Date(now.getTime() + day), idle_timeout_seconds: 1800, user_agent: "test" },
        ])
        .execute();
      await db
        .insertInto("one_time_tokens")
        .values([
          { token_hash: "retention-token-expired", purpose: "password-reset", user_id: userId, expires_at: ago(1) },
          { token_hash: "retention-token-used", purpose: "password-reset", user_id: userId, expires_at: new Date(now.getTime() + day), used_at: ago(0.5) },
          { token_hash: "retention-token-live", purpose: "invitation", user_id: userId, expires_at: new Date(now.getTime() + day) },
        ])
        .execute();
      await db
        .insertInto("mail_queue")
        .values([
          { template: "retention-test", recipient: "old.mail@example.no", language: "nb", status: "sent", next_attempt_at: ago(40), created_at: ago(retentionDays.mail + 1) },
          { template: "retention-test", recipient: "new.mail@example.no", language: "nb", status: "sent", next_attempt_at: ago(1), created_at: ago(1) },
        ])
        .execute();

      const run = await purgeExpiredData(db, now);
      assert.ok(run.loginAttempts >= 1 && run.auditIps >= 1 && run.sessions >= 1 && run.tokens >= 2 && run.mail >= 1, JSON.stringify(run));

      const attempts = await db.selectFrom("login_attempts").select("email").where("email", "in", ["old.attempt@example.no", "new.attempt@example.no"]).execute();
      assert.deepEqual(attempts.map((a) => a.email), ["new.attempt@example.no"]);
      const audit = await db.selectFrom("audit_log").select(["subject_id", "ip"]).where("action", "like", "retention.test.%").orderBy("subject_id").execute();
      assert.deepEqual(audit, [{ subject_id: "new", ip: "192.0.2.63" }, { subject_id: "old", ip: null }], "the entry stays, its IP goes");
      const sessions = await db.selectFrom("sessions").select("token_hash").where("token_hash", "like", "retention-%").execute();
      assert.deepEqual(sessions.map((s) => s.token_hash), ["retention-live"]);
      const tokens = await db.selectFrom("one_time_tokens").select("token_hash").where("token_hash", "like", "retention-%").execute();
      assert.deepEqual(tokens.map((s) => s.token_hash), ["retention-token-live"]);
      const mail = await db.selectFrom("mail_queue").select("recipient").where("template", "=", "retention-test").execute();
      assert.deepEqual(mail.map((m) => m.recipient), ["new.mail@example.no"]);
    });
  });
}

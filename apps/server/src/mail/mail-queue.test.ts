import assert from "node:assert/strict";
import { createServer, type Server } from "node:net";
import { after, before, describe, test } from "node:test";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { composedMailsPerRecipient, deliverQueuedMail, maxMailAttempts, retryDelayMinutes } from "./mail-queue.ts";
import { formatMailQueueReport, mailQueueReport } from "./mail-queue-report.ts";

/** A mail server that accepts connections and never says a word: the worst case for a request that sends mail inline. */
async function silentMailServer(): Promise<{ url: string; server: Server }> {
  const server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return { url: `smtp://127.0.0.1:${address.port}`, server };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** The page without what differs on every request (the CSRF token, the request id). */
const comparable = (body: string) => body.replace(/name="_csrf" value="[^"]+"/g, "");

for (const engine of testEngines) {
  describe(`mail queue (${engine})`, () => {
    let t: TestApp;
    let silent: { url: string; server: Server };
    before(async () => {
      silent = await silentMailServer();
      t = await startTestApp(engine, { env: { SMTP_URL: silent.url } });
    });
    after(async () => {
      await t.close();
      silent.server.close();
    });

    test("password reset and registration answer the same, and as fast, for known and unknown addresses while the mail server hangs", async () => {
      const known = t.emailOf("editor");
      const unknown = "finnes.ikke@example.no";
      const session = await t.formSession();
      let sender = 0;
      const requests = {
        api: (email: string) => t.app.inject({ method: "POST", url: "/api/v1/password-reset", payload: { email } }),
        form: (email: string) =>
          t.app.inject({ method: "POST", url: "/nb/glemt-passord", headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded" }, payload: new URLSearchParams({ _csrf: session.csrf, email }).toString() }),
        // From many addresses, so the per-address limit of registrations does not answer instead.
        registration: (email: string) =>
          t.app.inject({ method: "POST", url: "/nb/min-side/ny-konto", remoteAddress: `10.9.0.${++sender}`, headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded" }, payload: new URLSearchParams({ _csrf: session.csrf, email }).toString() }),
      };
      for (const [name, request] of Object.entries(requests)) {
        const times: Record<string, number[]> = { known: [], unknown: [] };
        const answers: Record<string, Set<string>> = { known: new Set(), unknown: new Set() };
        for (let i = 0; i < 6; i++) {
          const pair = [["known", known], ["unknown", unknown]] as const;
          for (const [who, email] of i % 2 === 0 ? pair : [...pair].reverse()) {
            const started = performance.now();
            const response = await request(email);
            times[who]!.push(performance.now() - started);
            answers[who]!.add(`${response.statusCode} ${response.headers["content-type"]} ${comparable(response.body)}`);
          }
        }
        assert.deepEqual([...answers.known!], [...answers.unknown!], `${name}: the same answer`);
        assert.match([...answers.known!][0]!, /^20[02] /, `${name}: accepted`);
        const [knownMs, unknownMs] = [median(times.known!), median(times.unknown!)];
        assert.ok(knownMs < 1000, `${name}: answered in ${knownMs.toFixed(0)} ms although the mail server never answers`);
        // The same work either way; the margin is for a busy test machine (mail sent inline took seconds here).
        assert.ok(Math.abs(knownMs - unknownMs) < 50 + 0.5 * Math.max(knownMs, unknownMs), `${name}: ${knownMs.toFixed(1)} ms for a known address, ${unknownMs.toFixed(1)} ms for an unknown one`);
      }
    });

    test("a mail that fails is tried again later with a growing delay, then given up; operators see it without its text", async () => {
      const db = t.test.database.db;
      const email = t.emailOf("coordinator");
      await deliverQueuedMail({ ...t.app.services.mailQueue, transport: { send: async () => {} } }, t.app.services.clock.now());
      assert.equal((await t.app.inject({ method: "POST", url: "/api/v1/password-reset", payload: { email } })).statusCode, 202);
      const start = t.app.services.clock.now();
      const refusing = { ...t.app.services.mailQueue, transport: { send: () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })) } };
      const row = () => db.selectFrom("mail_queue").selectAll().where("recipient", "=", email).where("template", "=", "password-reset").executeTakeFirstOrThrow();
      let now = start;
      for (let attempt = 1; attempt <= maxMailAttempts; attempt++) {
        const run = await deliverQueuedMail(refusing, now);
        assert.deepEqual(run, attempt < maxMailAttempts ? { sent: 0, retrying: 1, failed: 0, dropped: 0 } : { sent: 0, retrying: 0, failed: 1, dropped: 0 }, `attempt ${attempt}`);
        const current = await row();
        assert.equal(current.attempts, attempt);
        if (attempt < maxMailAttempts) {
          assert.equal(current.next_attempt_at.getTime() - now.getTime(), retryDelayMinutes(attempt) * 60_000);
          assert.match(current.body ?? "", /nytt-passord\//, "the composed mail (one link) is kept for the next try");
          assert.equal((await deliverQueuedMail(refusing, new Date(current.next_attempt_at.getTime() - 1000))).retrying, 0, "not before its time");
          now = current.next_attempt_at;
        }
      }
      const given = await row();
      assert.equal(given.status, "failed");
      assert.equal(given.body, null, "the link is not kept once the mail is given up");
      const tokens = await db.selectFrom("one_time_tokens").innerJoin("users", "users.id", "one_time_tokens.user_id").select("token_hash").where("users.email", "=", email).execute();
      assert.equal(tokens.length, 1, "one link made, not one per try");

      const report = formatMailQueueReport(await mailQueueReport(db));
      assert.match(report, /password-reset .*failed [1-9]/);
      assert.match(report, new RegExp(`password-reset  ${email[0]}…@demo\\.velkomst\\.no  attempts ${maxMailAttempts}, given up: ECONNREFUSED: connect ECONNREFUSED`));
      assert.ok(!report.includes(email) && !report.includes("nytt-passord"), report);
    });

    test(`one address gets at most ${composedMailsPerRecipient} reset mails an hour, however often it is asked for`, async () => {
      const email = t.emailOf("employer");
      for (let i = 0; i < composedMailsPerRecipient + 3; i++) {
        assert.equal((await t.app.inject({ method: "POST", url: "/api/v1/password-reset", payload: { email } })).statusCode, 202);
      }
      const sent: string[] = [];
      await deliverQueuedMail({ ...t.app.services.mailQueue, transport: { send: async (mail) => void sent.push(mail.to) } }, t.app.services.clock.now());
      assert.equal(sent.filter((to) => to === email).length, composedMailsPerRecipient);
    });
  });
}

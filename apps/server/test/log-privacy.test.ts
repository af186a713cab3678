import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { deliverQueuedMail } from "../src/mail/mail-queue.ts";
import { createMailTransport } from "../src/mail/mail-transport.ts";
import { startTestApp, type TestApp } from "./test-app.ts";
import { testEngines } from "./test-database.ts";

const planQuery = "grunnlag=refugee&fodselsar=1987&statsborgerskap=SY&ankomst=2025-03&nummer=5014";

for (const engine of testEngines) {
  describe(`the server log (${engine})`, () => {
    let t: TestApp;
    before(async () => (t = await startTestApp(engine, { logLevel: "info" })));
    after(() => t.close());

    async function formPost(url: string, fields: Record<string, string>) {
      const { cookie, csrf } = await t.formSession();
      return t.app.inject({ method: "POST", url, headers: { cookie, "content-type": "application/x-www-form-urlencoded" }, payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString() });
    }

    test("after resets, registrations, sign-ups, plans and searches it holds no token, no mail text, no address and no query string", async () => {
      const known = t.emailOf("editor");
      const newcomer = "logg.test@example.no";
      const attendee = "signe.logg@example.no";
      assert.equal((await t.app.inject({ method: "POST", url: "/api/v1/password-reset", payload: { email: known } })).statusCode, 202);
      assert.equal((await formPost("/nb/glemt-passord", { email: known })).statusCode, 200);
      assert.equal((await formPost("/nb/min-side/ny-konto", { email: newcomer })).statusCode, 200);
      const event = await t.test.database.db.selectFrom("event_texts").select("event_id").where("language", "=", "nb").where("title", "like", "Innflytterfest%").executeTakeFirstOrThrow();
      const eventPage = await t.app.inject(`/nb/kommune/5014/arrangementer/${event.event_id}`);
      const signupPath = /href="(\/nb\/kommune\/5014\/arrangementer\/[^"]+\/pamelding)"/.exec(eventPage.body)?.[1];
      assert.ok(signupPath, "the demo party takes sign-ups");
      assert.equal((await formPost(signupPath, { name: "Signe Loggesen", email: attendee, partySize: "2", consent: "yes" })).statusCode, 303);
      assert.equal((await t.app.inject(`/nb/min-plan/resultat?${planQuery}`)).statusCode, 200);
      assert.equal((await t.app.inject("/nb/kommune/5014/sok?q=hemmeligsok")).statusCode, 200);
      assert.equal((await t.app.inject("/api/v1/search?q=hemmeligsok&municipality=5014")).statusCode < 500, true);

      // The queue sends through the transport the server uses without SMTP_URL: the log.
      const delivered: Array<{ to: string; subject: string; text: string }> = [];
      const logTransport = createMailTransport({ smtpUrl: undefined, from: "test@velkomst.no", log: t.app.log });
      await deliverQueuedMail({ ...t.app.services.mailQueue, transport: { send: async (mail) => (delivered.push(mail), logTransport.send(mail)) } }, t.app.services.clock.now());
      assert.ok(delivered.length >= 4, `${delivered.length} mails`);
      const links = delivered.flatMap((mail) => [...mail.text.matchAll(/\/(nytt-passord|avmelding)\/([A-Za-z0-9_-]+)/g)]);
      assert.ok(links.length >= 4, "reset, registration and cancel links were mailed");
      // Following the links logs their addresses too.
      for (const [path] of links) await t.app.inject(`/nb${path}`);

      const log = t.logs.map((line) => JSON.stringify(line)).join("\n");
      const requestLines = t.logs.filter((line) => line.req);
      assert.ok(requestLines.length >= 10, `${requestLines.length} request lines were logged`);
      for (const line of requestLines) assert.doesNotMatch(String((line.req as { url: string }).url), /\?/, "no query string");
      const secrets = [
        ...links.map(([, , token]) => token!),
        ...delivered.flatMap((mail) => [mail.subject, mail.text.split("\n").find((l) => l.length > 20)!]),
        known,
        newcomer,
        attendee,
        "Signe Loggesen",
        "hemmeligsok",
        "fodselsar=1987",
      ];
      for (const secret of secrets) assert.ok(!log.includes(secret), `the log holds "${secret}"`);
      assert.match(log, /"template":"event-signup"/);
      assert.match(log, /"to":"s…@example\.no"/);
      assert.match(log, /\/nb\/nytt-passord\/\[redacted\]/);
    });

    test("a plan with a person's answers is never stored by a cache", async () => {
      for (const url of [`/nb/min-plan/resultat?${planQuery}`, `/nb/min-plan/kalender.ics?${planQuery}`]) {
        assert.equal((await t.app.inject(url)).headers["cache-control"], "private, no-store", url);
      }
    });
  });
}

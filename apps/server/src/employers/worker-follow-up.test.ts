import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sql } from "kysely";
import { evaluatePlan } from "@velkomst/rules";
import { hashPassword } from "../auth/passwords.ts";
import { hashToken } from "../auth/tokens.ts";
import { addDays as inDays } from "../events/oslo-time.ts";
import { parseAnswers } from "../plans/plan-form.ts";
import { cookiesOf, demoPassword, startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { unknownLinksPerAddress } from "./worker-links.ts";

const froyaAdmin = "admin.froya@demo.velkomst.no";
const demoEmployer = "arbeidsgiver@demo.velkomst.no";
const newcomer = "nykommer@demo.velkomst.no";
/** A user of the other demo employer (Frøya Havbruk), made by the test. */
const otherEmployer = "havbruk.bruker@example.no";
const otherNewcomer = "annen.nykommer@example.no";
const password = "a long password for tests";

for (const engine of testEngines) {
  describe(`a reported worker's own link, account and consent on ${engine}`, () => {
    let t: TestApp;
    let today = "";
    let token = "";
    let noticeId = "";
    const sessions = new Map<string, { cookie: string; csrf: string }>();
    const get = (email: string | null, url: string, remoteAddress = "10.3.0.1") => t.app.inject({ method: "GET", url, headers: { cookie: email ? sessions.get(email)!.cookie : "" }, remoteAddress });
    const post = (email: string | null, url: string, fields: Record<string, string | string[]>, remoteAddress = "10.3.0.1") => {
      const session = email ? sessions.get(email)! : sessions.get("anonymous")!;
      const body = new URLSearchParams({ _csrf: session.csrf });
      for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
      return t.app.inject({ method: "POST", url, payload: body.toString(), headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded" }, remoteAddress });
    };
    const workerPage = (lang = "pl") => `/${lang}/ny-arbeidstaker/${token}`;
    const employerApi = async (email: string) => JSON.parse((await get(email, "/api/v1/employer/workers?lang=nb")).body) as Array<{ id: string; progress: { done: Array<{ id: string; title: string }>; total: number } | null }>;

    async function signIn(email: string, pass = demoPassword) {
      const response = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password: pass } });
      assert.equal(response.statusCode, 200, response.body);
      sessions.set(email, await t.formSession(cookiesOf(response)));
    }

    before(async () => {
      t = await startTestApp(engine, { logLevel: "info" });
      today = t.app.services.clock.today();
      sessions.set("anonymous", await t.formSession());
      const { users, db } = t.app.services;
      // A user of the other employer, and a second newcomer.
      const havbruk = await db.selectFrom("employers").select("id").where("organisation_number", "=", "990000018").executeTakeFirstOrThrow();
      const otherId = await users.create({ email: otherEmployer, name: "Per Havbruk", passwordHash: await hashPassword(password) });
      await db.insertInto("employer_users").values({ user_id: otherId, employer_id: havbruk.id, created_at: t.app.services.clock.now() }).execute();
      await users.assignRole(otherId, { role: "employer", scope: { kind: "municipality", id: "5014" } }, null);
      const secondId = await users.create({ email: otherNewcomer, name: "Annen", passwordHash: await hashPassword(password) });
      await users.assignRole(secondId, { role: "newcomer", scope: { kind: "national", id: "" } }, null);
      for (const email of [froyaAdmin, demoEmployer, newcomer]) await signIn(email);
      for (const email of [otherEmployer, otherNewcomer]) await signIn(email, password);

      // Frøya publishes an outreach day; the employer reports a worker, who is mailed their own link.
      const day = inDays(today, 9);
      assert.equal((await post(froyaAdmin, "/nb/ansatt/sua", { kommune: "5014", dato: day, sted: "Sistranda skole" })).statusCode, 303);
      const dayRow = await db.selectFrom("outreach_days").select("id").where("municipality_number", "=", "5014").where("day", "=", day).executeTakeFirstOrThrow();
      assert.equal((await post(froyaAdmin, `/nb/ansatt/sua/${dayRow.id}/tider`, { fra: "10:00", antall: "3", minutter: "20" })).statusCode, 303);
      const reported = await post(demoEmployer, "/nb/arbeidsgiver/arbeidstakere/ny", {
        navn: "Katarzyna Lis",
        epost: "katarzyna.lis@example.pl",
        telefon: "",
        statsborgerskap: "PL",
        grunnlag: "eea-worker",
        startdato: inDays(today, 14),
        opphold: "long",
        kommune: "5014",
        språk: "pl",
        familie: "nei",
      });
      assert.equal(reported.statusCode, 303, reported.body);
      const [welcome] = await t.mailsTo("katarzyna.lis@example.pl");
      token = /\/pl\/ny-arbeidstaker\/([A-Za-z0-9_-]+)/.exec(welcome?.text ?? "")?.[1] ?? "";
      assert.ok(token, "the welcome mail carries the worker's own link");
      noticeId = (await db.selectFrom("worker_notices").select("id").where("name", "=", "Katarzyna Lis").executeTakeFirstOrThrow()).id;
    });
    after(() => t.close());

    test("the link's token is kept only as a hash, and the page is private and sends no referrer", async () => {
      const stored = await t.test.database.db.selectFrom("worker_links").select("token_hash").where("notice_id", "=", noticeId).execute();
      assert.deepEqual(stored.map((s) => s.token_hash), [hashToken(token)]);
      const page = await get(null, workerPage());
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Katarzyna Lis/);
      assert.match(page.body, /Kontrola tożsamości w policji i urzędzie skarbowym/);
      assert.equal(page.headers["cache-control"], "private, no-store");
      assert.equal(page.headers["referrer-policy"], "no-referrer");
    });

    test("the worker books an ID check from the link, gets a confirmation in Polish with a calendar file, and cancels it; the day's list is the coordinator's", async () => {
      const page = await get(null, workerPage());
      const slotId = /<option value="([0-9a-f-]{36})"/.exec(page.body)?.[1];
      assert.ok(slotId);
      assert.equal((await post(null, `${workerPage()}/id-kontroll`, { tid: "not-a-slot" })).statusCode, 409);
      const booked = await post(null, `${workerPage()}/id-kontroll`, { tid: slotId });
      assert.equal(booked.statusCode, 303);
      const after = await get(null, booked.headers.location as string);
      assert.match(after.body, /Zarezerwowano: .*10:00/);
      const confirmation = (await t.mailsTo("katarzyna.lis@example.pl")).find((m) => m.subject === "Termin kontroli tożsamości");
      assert.ok(confirmation, "a confirmation in the worker's language");
      const calendar = /(\/kalender\/id-kontroll\/[A-Za-z0-9_-]+\.ics\?lang=pl)/.exec(confirmation.text)?.[1];
      assert.ok(calendar);
      assert.match((await t.app.inject(calendar)).body, /BEGIN:VEVENT[\s\S]*LOCATION:Sistranda skole/);
      // Only the calendar token's hash is stored, and the token is not in the log.
      const calendarToken = /id-kontroll\/([A-Za-z0-9_-]+)\.ics/.exec(calendar)![1]!;
      const stored = await t.test.database.db.selectFrom("outreach_bookings").select("calendar_token_hash").where("notice_id", "=", noticeId).executeTakeFirstOrThrow();
      assert.equal(stored.calendar_token_hash, hashToken(calendarToken));
      assert.ok(!JSON.stringify(t.logs).includes(calendarToken), "the calendar token is not in the log");
      assert.ok(!JSON.stringify(t.logs).includes(token), "the worker's link token is not in the log");
      // The worker's page links to the calendar file through the worker's own link.
      const calendarHref = /href="(\/pl\/ny-arbeidstaker\/[A-Za-z0-9_-]+\/kalender\.ics)">Dodaj termin do kalendarza</.exec(after.body)?.[1];
      assert.equal(calendarHref, `${workerPage()}/kalender.ics`);
      const fromPage = await get(null, calendarHref);
      assert.equal(fromPage.statusCode, 200);
      assert.equal(fromPage.headers["cache-control"], "private, no-store");
      assert.match(fromPage.body, /BEGIN:VEVENT[\s\S]*SUMMARY:Kontrola tożsamości[\s\S]*LOCATION:Sistranda skole/);
      assert.equal((await get(null, `/pl/ny-arbeidstaker/${"q".repeat(43)}/kalender.ics`)).statusCode, 404);
      assert.equal((await get(newcomer, `/pl/min-side/arbeid/${noticeId}/kalender.ics`)).statusCode, 404, "not the newcomer's notice (yet)");
      const wrongCalendars = await Promise.all(["short", "z".repeat(32), "y".repeat(43)].map(async (wrong) => {
        const response = await t.app.inject(`/kalender/id-kontroll/${wrong}.ics?lang=pl`);
        return { status: response.statusCode, body: response.body.replaceAll(wrong, "TOKEN") };
      }));
      assert.deepEqual(wrongCalendars.map((a) => a.status), [404, 404, 404]);
      assert.equal(new Set(wrongCalendars.map((a) => a.body)).size, 1, "one answer for every wrong calendar token");
      // A token stored in plain text before migration 0090 is hashed by it, and its mailed link still works.
      const oldToken = "Old_plain-calendar-token_from-0031_x";
      await t.test.database.db.updateTable("outreach_bookings").set({ calendar_token_hash: oldToken }).where("notice_id", "=", noticeId).execute();
      const migration = readFileSync(new URL("../database/migrations/0090_hashed-calendar-tokens.sql", import.meta.url), "utf8");
      const hashing = /^UPDATE outreach_bookings[^;]*/m.exec(migration)![0];
      await sql.raw(`${hashing} WHERE notice_id = '${noticeId}'`).execute(t.test.database.db);
      assert.match((await t.app.inject(`/kalender/id-kontroll/${oldToken}.ics?lang=pl`)).body, /BEGIN:VEVENT/);
      const booking = await t.test.database.db.selectFrom("outreach_bookings").select(["day_id", "booked_by"]).where("notice_id", "=", noticeId).executeTakeFirstOrThrow();
      assert.equal(booking.booked_by, null, "booked by the worker through the link, not by a user");
      assert.match((await get(froyaAdmin, `/nb/ansatt/sua/${booking.day_id}`)).body, /Katarzyna Lis/);
      assert.equal((await get(demoEmployer, `/nb/ansatt/sua/${booking.day_id}`)).statusCode, 403);

      const cancelled = await post(null, `${workerPage()}/avbestill`, {});
      assert.equal(cancelled.statusCode, 303);
      assert.match((await get(null, cancelled.headers.location as string)).body, /Termin został odwołany/);
      assert.equal(await t.test.database.db.selectFrom("outreach_bookings").select("id").where("notice_id", "=", noticeId).executeTakeFirst(), undefined);
    });

    test("an unknown, malformed or expired link gets one and the same answer", async () => {
      const { db } = t.test.database;
      const expired = "x".repeat(43);
      await db.insertInto("worker_links").values({ token_hash: hashToken(expired), notice_id: noticeId, created_at: new Date(t.app.services.clock.now().getTime() - 200 * 86_400_000), expires_at: new Date(t.app.services.clock.now().getTime() - 60_000) }).execute();
      const answers = await Promise.all(["short", "y".repeat(43), expired].map(async (wrong) => {
        const response = await get(null, `/pl/ny-arbeidstaker/${wrong}`, "10.3.9.1");
        return { status: response.statusCode, body: response.body.replaceAll(wrong, "TOKEN") };
      }));
      for (const answer of answers) assert.deepEqual(answer, answers[0]);
      assert.equal(answers[0]!.status, 404);
      assert.doesNotMatch(answers[0]!.body, /Katarzyna/);
    });

    test("the worker links the notice while signed in; the employer sees their steps only with consent and nothing after withdrawal, on the page and in the API", async () => {
      // Signed out, the page offers sign-in; signed in as a newcomer, linking with a consent box.
      assert.match((await get(null, workerPage())).body, /Zaloguj się/);
      const offered = await get(newcomer, workerPage());
      assert.match(offered.body, /name="samtykke"/);
      const linked = await post(newcomer, `${workerPage()}/koble`, {});
      assert.equal(linked.statusCode, 303);
      assert.equal(linked.headers.location, "/pl/min-side/arbeid?melding=koblet");
      // Another account cannot take the notice over, nor see it on its own page.
      await post(otherNewcomer, `${workerPage()}/koble`, { samtykke: "ja" });
      assert.equal((await t.test.database.db.selectFrom("worker_notices").select("worker_user_id").where("id", "=", noticeId).executeTakeFirstOrThrow()).worker_user_id, (await t.app.services.users.findByEmail(newcomer))!.id);
      assert.doesNotMatch((await get(otherNewcomer, "/nb/min-side/arbeid")).body, /Kari Fiskeindustri/);
      assert.equal((await post(otherNewcomer, `/nb/min-side/arbeid/${noticeId}/samtykke`, { samtykke: "ja" })).statusCode, 404);

      // The worker saves the prefilled plan (adding a birth year) and ticks its first step.
      const start = inDays(today, 14);
      const answers = { grunnlag: "eea-worker", statsborgerskap: "PL", ankomst: start.slice(0, 7), opphold: "long", nummer: "5014", fodselsar: "1994" };
      assert.equal((await post(newcomer, "/nb/min-side/plan", { ...answers, samtykke: "ja" })).statusCode, 303);
      const parsed = parseAnswers(answers, "nb", today);
      assert.ok(parsed.ok);
      const steps = evaluatePlan(parsed.profile, { today }).steps;
      assert.equal((await post(newcomer, "/nb/min-side/fremdrift", { ferdig: steps[0]!.id })).statusCode, 303);

      // Linked but no consent yet: the employer sees nothing of the plan.
      const progressColumn = (html: string) => /Katarzyna Lis[\s\S]*?<\/tr>/.exec(html)?.[0] ?? "";
      assert.match(progressColumn((await get(demoEmployer, "/nb/arbeidsgiver")).body), /Ikke delt/);
      assert.equal((await employerApi(demoEmployer)).find((w) => w.id === noticeId)?.progress, null);

      const given = await post(newcomer, `/nb/min-side/arbeid/${noticeId}/samtykke`, { samtykke: "ja" });
      assert.equal(given.statusCode, 303);
      assert.match((await get(newcomer, given.headers.location as string)).body, /Du deler hvilke steg i planen du har gjort med/);
      const shown = progressColumn((await get(demoEmployer, "/nb/arbeidsgiver")).body);
      assert.match(shown, new RegExp(`1 av ${steps.length} steg gjort`));
      assert.ok(shown.includes(steps[0]!.title), "the step done is named");
      assert.deepEqual((await employerApi(demoEmployer)).find((w) => w.id === noticeId)?.progress, { done: [{ id: steps[0]!.id, title: steps[0]!.title }], total: steps.length });
      // The other employer sees neither the worker nor their steps.
      assert.equal((await employerApi(otherEmployer)).find((w) => w.id === noticeId), undefined);
      assert.doesNotMatch((await get(otherEmployer, "/nb/arbeidsgiver")).body, /Katarzyna Lis/);
      const consent = await t.test.database.db.selectFrom("worker_progress_consents").selectAll().where("notice_id", "=", noticeId).executeTakeFirstOrThrow();
      assert.equal(consent.scope, "plan-steps");
      assert.equal(consent.withdrawn_at, null);
      assert.ok(consent.given_at instanceof Date);

      const withdrawn = await post(newcomer, `/nb/min-side/arbeid/${noticeId}/samtykke`, { samtykke: "nei" });
      assert.equal(withdrawn.statusCode, 303);
      assert.match(progressColumn((await get(demoEmployer, "/nb/arbeidsgiver")).body), /Ikke delt/);
      assert.equal((await employerApi(demoEmployer)).find((w) => w.id === noticeId)?.progress, null);
      const record = await t.test.database.db.selectFrom("worker_progress_consents").select("withdrawn_at").where("notice_id", "=", noticeId).executeTakeFirstOrThrow();
      assert.ok(record.withdrawn_at, "the withdrawal is recorded, the consent kept as a record");
      // The worker's data download has their notice and consent (given and withdrawn); another newcomer's has neither.
      const download = async (email: string) => JSON.parse((await get(email, "/nb/min-side/mine-data.json")).body) as { workerNotices: Array<{ employer: string; startDate: string; workplace: string; consents: Array<{ what: string; to: string; givenAt: string; withdrawnAt: string | null }> }> };
      const own = (await download(newcomer)).workerNotices;
      assert.deepEqual(own.map((n) => [n.employer, n.startDate, n.workplace]), [["Kari Fiskeindustri AS", start, "Frøya"]]);
      assert.deepEqual(own[0]!.consents.map((c) => [c.what, c.to, Boolean(c.givenAt), c.withdrawnAt === record.withdrawn_at?.toISOString()]), [["plan-steps", "Kari Fiskeindustri AS", true, true]]);
      assert.deepEqual((await download(otherNewcomer)).workerNotices, []);
      assert.equal((await post(newcomer, `/nb/min-side/arbeid/${noticeId}/samtykke`, { samtykke: "kanskje" })).statusCode, 400);
    });

    test("the signed-in worker books and cancels from Min side", async () => {
      const page = await get(newcomer, "/nb/min-side/arbeid");
      const slotId = /<option value="([0-9a-f-]{36})"/.exec(page.body)?.[1];
      assert.ok(slotId);
      assert.equal((await post(newcomer, `/nb/min-side/arbeid/${noticeId}/id-kontroll`, { tid: slotId })).statusCode, 303);
      const booking = await t.test.database.db.selectFrom("outreach_bookings").select("booked_by").where("notice_id", "=", noticeId).executeTakeFirstOrThrow();
      assert.equal(booking.booked_by, (await t.app.services.users.findByEmail(newcomer))!.id);
      assert.match((await get(newcomer, "/nb/min-side/arbeid")).body, /Booket: /);
      assert.equal((await post(newcomer, `/nb/min-side/arbeid/${noticeId}/avbestill`, {})).statusCode, 303);
      assert.equal(await t.test.database.db.selectFrom("outreach_bookings").select("id").where("notice_id", "=", noticeId).executeTakeFirst(), undefined);
      assert.match((await get(newcomer, "/nb/min-side")).body, /href="\/nb\/min-side\/arbeid"/, "Min side leads there");
    });

    test("too many unknown links from one address: every link answers 429 there, whatever X-Forwarded-For says", async () => {
      const address = "10.3.7.7";
      for (let i = 0; i < unknownLinksPerAddress; i++) {
        const response = await t.app.inject({ url: `/pl/ny-arbeidstaker/${"z".repeat(40)}${i}`, remoteAddress: address, headers: { "x-forwarded-for": `192.0.2.${i}` } });
        assert.equal(response.statusCode, 404);
      }
      const blocked = await t.app.inject({ url: workerPage(), remoteAddress: address, headers: { "x-forwarded-for": "198.51.100.1" } });
      assert.equal(blocked.statusCode, 429, "the right link too, so guessing stops");
      assert.equal((await get(null, workerPage(), "10.3.7.8")).statusCode, 200, "another address is not affected");
    });
  });
}

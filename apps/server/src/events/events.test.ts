import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import rrulePackage from "rrule";
import type { Viewer } from "../auth/viewer.ts";
import type { Role } from "../staff/roles.ts";
import type { Mail } from "../mail/mail-transport.ts";
import { cookiesOf, mergeCookies, startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { propertyValue, readCalendar, unescapeText } from "../calendar/icalendar-reader.ts";
import { cancelEvent, createEvent, setOccurrenceCancelled, updateEvent } from "./event-admin.ts";
import type { EventInput } from "./event-form.ts";
import { addDays, fromOslo, toOslo } from "./oslo-time.ts";
import { sendDueReminders } from "./reminders.ts";
import { cancelSignup, signUp, signupsPerAddress, type SignupInput } from "./signups.ts";
import { buildRecurrence } from "./recurrence.ts";
import { testClock } from "../../test/test-clock.ts";

const { rrulestr } = rrulePackage;

/** Mail is queued at the `now` a test chose (some days ahead): the queue runs at a time after all of them. */
const afterEveryTestDate = new Date("2200-01-01T00:00:00Z");

function mailsTo(t: TestApp, address: string): Promise<Mail[]> {
  return t.mailsTo(address, afterEveryTestDate);
}

function cancelTokenIn(mail: Mail): string {
  const token = /\/avmelding\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  assert.ok(token, `no cancel link in: ${mail.text}`);
  return token;
}

async function viewerFor(t: TestApp, role: Role): Promise<Viewer> {
  const user = await t.app.services.users.findByEmail(t.emailOf(role));
  assert.ok(user);
  return { id: user.id, email: user.email, name: user.name, totpEnabled: user.totpEnabled, assignments: user.assignments };
}

/** A Frøya event `days` days from today at 18:00 (Norwegian time). */
function input(days: number, overrides: Partial<EventInput> = {}): EventInput {
  const date = addDays(toOslo(testClock.now()).date, days);
  return {
    owner: { kind: "municipality", id: "5014" },
    kind: "welcome-meeting",
    targetGroup: "newcomers",
    texts: { nb: { title: "Testmøte", description: "Et **møte** for test." }, en: { title: "Test meeting", description: "A meeting for tests." } },
    startsAt: fromOslo({ date, time: "18:00" }),
    endsAt: fromOslo({ date, time: "20:00" }),
    recurrence: null,
    meetingPlaceId: null,
    placeName: "Testsalen",
    address: "Testveien 1, 7260 Sistranda",
    languages: ["nb", "en"],
    organiserName: "Velkomstsenteret Frøya og Hitra",
    organiserKind: "welcome-service",
    signupEnabled: true,
    capacity: 3,
    ...overrides,
  };
}

for (const engine of testEngines) {
  describe(`events on ${engine}`, () => {
    let t: TestApp;
    let admin: Viewer;
    let services: Parameters<typeof signUp>[0] & Parameters<typeof createEvent>[0];
    let counter = 0;
    const person = (name = "Test Person") => ({ name, email: `person${++counter}@example.com` });

    before(async () => {
      t = await startTestApp(engine);
      admin = await viewerFor(t, "national-admin");
      services = t.app.services;
    });
    after(() => t.close());

    function signup(eventId: string, date: string, who: { name: string; email: string }, partySize = 1): SignupInput {
      return { eventId, date, ...who, partySize, preferredLanguage: null, language: "nb", municipalityNumber: "5014", ip: `198.51.100.${counter % 256}` };
    }

    test("sign-ups fill the seats, then the waiting list; a cancellation moves the head of the list up and tells them", async () => {
      const id = await createEvent(services, admin, input(10, { capacity: 3 }), null);
      const date = addDays(toOslo(testClock.now()).date, 10);
      const a = person("Anna");
      const b = person("Bo");
      const c = person("Cem");
      const d = person("Dina");
      assert.deepEqual(await signUp(services, signup(id, date, a, 2)), { status: "confirmed", position: 0 });
      // One seat left: a party of two waits, and the next single person may not overtake it.
      assert.deepEqual(await signUp(services, signup(id, date, b, 2)), { status: "waiting", position: 1 });
      assert.deepEqual(await signUp(services, signup(id, date, c, 1)), { status: "waiting", position: 2 });
      // The same address again: no second place; the answer a new sign-up would get (third in
      // line), the first cancel link keeps working, and the mail says the sign-up is unchanged.
      assert.deepEqual(await signUp(services, signup(id, date, c, 1)), { status: "waiting", position: 3 });
      const [first, again] = await mailsTo(t, c.email);
      assert.ok(first && again);
      assert.match(again.subject, /^Du er allerede påmeldt: Testmøte/);
      assert.doesNotMatch(again.text, /avmelding/, "no new cancel link");

      const confirmation = (await mailsTo(t, a.email))[0]!;
      assert.match(confirmation.subject, /Påmeldt: Testmøte/);
      assert.match(confirmation.text, /Antall personer: 2/);
      assert.match(confirmation.text, new RegExp(`/kalender/arrangement/${id}\\.ics\\?lang=nb`));
      assert.match(confirmation.text, /sletter dem 30 dager/);
      assert.match((await mailsTo(t, b.email))[0]!.text, /nummer 1 på ventelisten/);

      // Anna cancels: three seats free, Bo (2) and then Cem (1) move up, in order.
      const cancelled = await cancelSignup(services, cancelTokenIn(confirmation));
      assert.equal(cancelled?.event.id, id);
      assert.equal(await cancelSignup(services, cancelTokenIn(confirmation)), undefined, "the link works once");
      const rows = await t.test.database.db
        .selectFrom("event_signups")
        .innerJoin("event_occurrences", "event_occurrences.id", "event_signups.occurrence_id")
        .select(["event_signups.name", "event_signups.email", "event_signups.status", "event_signups.cancel_token_hash"])
        .where("event_occurrences.event_id", "=", id)
        .orderBy("event_signups.seq")
        .execute();
      assert.deepEqual(
        rows.map((r) => [r.name, r.status]),
        [
          [null, "cancelled"],
          ["Bo", "confirmed"],
          ["Cem", "confirmed"],
        ],
      );
      assert.equal(rows[0]!.email, null, "a cancelled sign-up keeps no personal data");
      assert.equal(rows[0]!.cancel_token_hash, null);
      for (const who of [b, c]) assert.match((await mailsTo(t, who.email)).at(-1)!.subject, /^Du har fått plass: Testmøte/);

      // Full again: Dina waits; when Bo (2) cancels, she moves up and one seat stays free.
      assert.deepEqual(await signUp(services, signup(id, date, d, 1)), { status: "waiting", position: 1 });
      await cancelSignup(services, cancelTokenIn((await mailsTo(t, b.email))[0]!));
      const after = await t.test.database.db
        .selectFrom("event_signups")
        .innerJoin("event_occurrences", "event_occurrences.id", "event_signups.occurrence_id")
        .select(["event_signups.name", "event_signups.status"])
        .where("event_occurrences.event_id", "=", id)
        .where("event_signups.status", "!=", "cancelled")
        .orderBy("event_signups.seq")
        .execute();
      assert.deepEqual(after.map((r) => [r.name, r.status]), [
        ["Cem", "confirmed"],
        ["Dina", "confirmed"],
      ]);
      assert.match((await mailsTo(t, d.email)).at(-1)!.subject, /^Du har fått plass/);
    });

    test("two people asking for the last seat at the same time: exactly one gets it", async () => {
      const id = await createEvent(services, admin, input(12, { capacity: 1 }), null);
      const date = addDays(toOslo(testClock.now()).date, 12);
      const outcomes = await Promise.all(Array.from({ length: 8 }, () => signUp(services, signup(id, date, person()))));
      assert.equal(outcomes.filter((o) => o.status === "confirmed").length, 1);
      assert.deepEqual(
        outcomes.filter((o) => o.status === "waiting").map((o) => o.position).sort((x, y) => x - y),
        [1, 2, 3, 4, 5, 6, 7],
      );
      const seats = await t.test.database.db
        .selectFrom("event_signups")
        .innerJoin("event_occurrences", "event_occurrences.id", "event_signups.occurrence_id")
        .select((eb) => eb.fn.sum<number>("party_size").as("people"))
        .where("event_occurrences.event_id", "=", id)
        .where("event_signups.status", "=", "confirmed")
        .executeTakeFirstOrThrow();
      assert.equal(Number(seats.people), 1);
      const occurrences = await t.test.database.db.selectFrom("event_occurrences").select("id").where("event_id", "=", id).execute();
      assert.equal(occurrences.length, 1, "the occurrence row is made once");
    });

    test("sign-up is refused for a date that is not an occurrence, a cancelled date, a past date or an event without sign-up", async () => {
      const today = toOslo(testClock.now()).date;
      const first = addDays(today, 3);
      const weekly = await createEvent(services, admin, input(3, { recurrence: buildRecurrence("weekly", first), capacity: 10 }), null);
      await assert.rejects(signUp(services, signup(weekly, addDays(first, 1), person())), { statusCode: 404 });
      await setOccurrenceCancelled(services, admin, weekly, addDays(first, 7), true, null);
      await assert.rejects(signUp(services, signup(weekly, addDays(first, 7), person())), { statusCode: 409 });
      assert.equal((await signUp(services, signup(weekly, addDays(first, 14), person()))).status, "confirmed", "another week of the same event is open");
      const past = await createEvent(services, admin, input(-2), null);
      await assert.rejects(signUp(services, signup(past, addDays(today, -2), person())), { statusCode: 409 });
      const dropIn = await createEvent(services, admin, input(4, { signupEnabled: false, capacity: null }), null);
      await assert.rejects(signUp(services, signup(dropIn, addDays(today, 4), person())), { statusCode: 409 });
    });

    test("reminders go out once even when two runs race, only to those who signed up before the day; old sign-ups are deleted", async () => {
      const id = await createEvent(services, admin, input(5, { capacity: 10 }), null);
      const date = addDays(toOslo(testClock.now()).date, 5);
      const early = [person("Early One"), person("Early Two"), person("Early Three")];
      for (const who of early) await signUp(services, signup(id, date, who));
      const start = fromOslo({ date, time: "18:00" });
      const dayBefore = new Date(start.getTime() - 20 * 3_600_000);
      // Someone signing up the evening before gets no reminder: the confirmation is fresh.
      const late = person("Late");
      await signUp(services, signup(id, date, late), dayBefore);
      const notYet = await sendDueReminders(services, new Date(start.getTime() - 30 * 3_600_000));
      assert.equal(notYet.queued, 0);
      const runs = await Promise.all([sendDueReminders(services, dayBefore), sendDueReminders(services, dayBefore), sendDueReminders(services, dayBefore)]);
      assert.equal(runs.reduce((n, r) => n + r.queued, 0), 3, "three reminders in all");
      for (const who of early) {
        const reminders = (await mailsTo(t, who.email)).filter((m) => m.subject.startsWith("Påminnelse"));
        assert.equal(reminders.length, 1, `${who.name}: one reminder`);
        assert.match(reminders[0]!.text, /Velkommen til Testmøte/);
      }
      assert.equal((await mailsTo(t, late.email)).filter((m) => m.subject.startsWith("Påminnelse")).length, 0);
      assert.equal((await sendDueReminders(services, dayBefore)).queued, 0, "nothing is sent twice");

      // 30 days after the end the sign-ups (names and addresses) are deleted. The run also deletes
      // other events' old sign-ups (the demo's), so only this event's rows are counted.
      const signupsLeft = async () =>
        (
          await t.test.database.db
            .selectFrom("event_signups")
            .innerJoin("event_occurrences", "event_occurrences.id", "event_signups.occurrence_id")
            .select("event_signups.id")
            .where("event_occurrences.event_id", "=", id)
            .execute()
        ).length;
      const end = fromOslo({ date, time: "20:00" });
      await sendDueReminders(services, new Date(end.getTime() + 29 * 86_400_000));
      assert.equal(await signupsLeft(), 4, "kept for 30 days after the end");
      const run = await sendDueReminders(services, new Date(end.getTime() + 31 * 86_400_000));
      assert.ok(run.deleted >= 4);
      assert.equal(await signupsLeft(), 0);
    });

    test("changing the time moves stored dates; more seats move the waiting list up; cancelling tells everyone", async () => {
      const today = toOslo(testClock.now()).date;
      const first = addDays(today, 6);
      const id = await createEvent(services, admin, input(6, { recurrence: buildRecurrence("weekly", first), capacity: 1 }), null);
      const x = person("Xena");
      const y = person("Yusuf");
      await signUp(services, signup(id, addDays(first, 7), x));
      assert.equal((await signUp(services, signup(id, addDays(first, 7), y))).status, "waiting");
      await updateEvent(
        services,
        admin,
        id,
        input(6, { recurrence: buildRecurrence("weekly", first), capacity: 2, startsAt: fromOslo({ date: first, time: "17:00" }), endsAt: fromOslo({ date: first, time: "19:30" }) }),
        null,
      );
      const stored = await t.test.database.db.selectFrom("event_occurrences").select(["starts_at", "ends_at"]).where("event_id", "=", id).executeTakeFirstOrThrow();
      assert.deepEqual(toOslo(stored.starts_at), { date: addDays(first, 7), time: "17:00" });
      assert.deepEqual(toOslo(stored.ends_at), { date: addDays(first, 7), time: "19:30" });
      assert.match((await mailsTo(t, y.email)).at(-1)!.subject, /Du har fått plass/);
      const sequence = await t.test.database.db.selectFrom("events").select("sequence").where("id", "=", id).executeTakeFirstOrThrow();
      assert.equal(sequence.sequence, 1);

      await cancelEvent(services, admin, id, null);
      for (const who of [x, y]) assert.match((await mailsTo(t, who.email)).at(-1)!.subject, /^Avlyst: Testmøte/);
      const audit = await t.test.database.db.selectFrom("audit_log").select("action").where("subject_id", "=", id).orderBy("id").execute();
      assert.deepEqual(audit.map((a) => a.action), ["event.created", "event.updated", "event.cancelled"]);
      const documents = await t.test.database.db.selectFrom("search_documents").select("language").where("kind", "=", "event").where("key", "=", id).execute();
      assert.equal(documents.length, 0, "a cancelled event is not found by search");
    });

    test("search finds an event in each language it is written in, in its owner's scope", async () => {
      const id = await createEvent(services, admin, input(20, { owner: { kind: "region", id: "froya-hitra" } }), null);
      const documents = await t.test.database.db
        .selectFrom("search_documents")
        .select(["language", "title", "summary", "body", "path", "scope_kind", "scope_id"])
        .where("kind", "=", "event")
        .where("key", "=", id)
        .orderBy("language")
        .execute();
      assert.deepEqual(
        documents.map((d) => [d.language, d.title, d.scope_kind, d.scope_id, d.path]),
        [
          ["en", "Test meeting", "region", "froya-hitra", `arrangementer/${id}`],
          ["nb", "Testmøte", "region", "froya-hitra", `arrangementer/${id}`],
        ],
      );
      assert.equal(documents.find((d) => d.language === "nb")?.body, "Et møte for test.", "Markdown becomes plain text");
      assert.match(documents.find((d) => d.language === "nb")!.summary, /^Velkomstmøte · /);
      // Moving it to one municipality moves its documents.
      await updateEvent(services, admin, id, input(20, { owner: { kind: "municipality", id: "5056" } }), null);
      const moved = await t.test.database.db.selectFrom("search_documents").select(["scope_kind", "scope_id"]).where("kind", "=", "event").where("key", "=", id).execute();
      assert.deepEqual([...new Set(moved.map((d) => `${d.scope_kind}:${d.scope_id}`))], ["municipality:5056"]);
    });

    test("the calendar feeds are valid RFC 5545 with the time zone, the rule, cancelled dates and stable UIDs", async () => {
      const today = toOslo(testClock.now()).date;
      const first = addDays(today, 2);
      const id = await createEvent(
        services,
        admin,
        input(2, {
          recurrence: buildRecurrence("weekly", first, addDays(first, 70)),
          texts: { nb: { title: "Språkkafé, med «kaffe»; og kake", description: "Lang tekst. ".repeat(30) }, ar: { title: "مقهى اللغة في المكتبة", description: "" } },
        }),
        null,
      );
      await setOccurrenceCancelled(services, admin, id, addDays(first, 14), true, null);
      const response = await t.app.inject(`/kalender/arrangement/${id}.ics?lang=ar`);
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers["content-type"]), /^text\/calendar; charset=utf-8/);
      const calendar = readCalendar(response.body);
      assert.equal(propertyValue(calendar, "VERSION"), "2.0");
      assert.equal(calendar.components[0]?.name, "VTIMEZONE");
      const event = calendar.components.find((c) => c.name === "VEVENT")!;
      assert.equal(propertyValue(event, "UID"), `event-${id}@velkomst`);
      assert.equal(unescapeText(propertyValue(event, "SUMMARY")!), "مقهى اللغة في المكتبة");
      const start = event.properties.find((p) => p.name === "DTSTART")!;
      assert.deepEqual(start.params, { TZID: "Europe/Oslo" });
      assert.equal(start.value, `${first.replace(/-/g, "")}T180000`);
      assert.equal(propertyValue(event, "SEQUENCE"), "1", "cancelling a date is a change");
      const exdate = event.properties.find((p) => p.name === "EXDATE")!;
      assert.equal(exdate.value, `${addDays(first, 14).replace(/-/g, "")}T180000`);
      // The rule read back by an independent RRULE parser gives the same dates.
      const rule = rrulestr(`DTSTART:${start.value}\nRRULE:${propertyValue(event, "RRULE")}`);
      const dates = rule.all().map((d) => d.toISOString().slice(0, 10));
      assert.equal(dates[0], first);
      assert.equal(dates.length, 11);
      assert.equal(dates.at(-1), addDays(first, 70));

      const again = readCalendar((await t.app.inject(`/kalender/arrangement/${id}.ics?lang=nb`)).body);
      const nb = again.components.find((c) => c.name === "VEVENT")!;
      assert.equal(propertyValue(nb, "UID"), `event-${id}@velkomst`, "the UID is the same in every language");
      assert.equal(unescapeText(propertyValue(nb, "SUMMARY")!), "Språkkafé, med «kaffe»; og kake");
      assert.match(unescapeText(propertyValue(nb, "DESCRIPTION")!), /Lang tekst\. Lang tekst\./);

      const feed = await t.app.inject("/kalender/kommune/5014.ics");
      const municipal = readCalendar(feed.body);
      const uids = municipal.components.filter((c) => c.name === "VEVENT").map((c) => propertyValue(c, "UID"));
      assert.ok(uids.includes(`event-${id}@velkomst`));
      assert.ok(uids.length >= 5, "the demo's Frøya and regional events are in Frøya's feed");
      assert.equal((await t.app.inject("/kalender/kommune/9999.ics")).statusCode, 404);
      assert.equal((await t.app.inject("/kalender/arrangement/not-an-id.ics")).statusCode, 404);
    });

    async function demoEventId(titleStart: string): Promise<string> {
      const row = await t.test.database.db.selectFrom("event_texts").select("event_id").where("language", "=", "nb").where("title", "like", `${titleStart}%`).executeTakeFirstOrThrow();
      return row.event_id;
    }

    async function formPost(url: string, cookie: string, fields: Record<string, string | string[]>) {
      const page = await t.app.inject({ url: url.replace(/\/(avlys|gjenopprett)$/, ""), headers: { cookie } });
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? (await t.formSession(cookie)).csrf;
      const session = mergeCookies(cookie, cookiesOf(page));
      const body = new URLSearchParams();
      body.append("_csrf", csrf);
      for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
      return t.app.inject({ method: "POST", url, headers: { cookie: session, "content-type": "application/x-www-form-urlencoded" }, payload: body.toString() });
    }

    test("a reader signs up by form: problems are named per field, then a seat, the e-mail, and the cancel link", async () => {
      const id = await demoEventId("Innflytterfest");
      const list = await t.app.inject("/nb/kommune/5014/arrangementer");
      assert.match(list.body, /Innflytterfest på Frøya/);
      const page = await t.app.inject(`/nb/kommune/5014/arrangementer/${id}`);
      assert.equal(page.statusCode, 200);
      const signupPath = /href="(\/nb\/kommune\/5014\/arrangementer\/[^"]+\/pamelding)"/.exec(page.body)?.[1];
      assert.ok(signupPath);
      const wrong = await formPost(signupPath, "", { name: "", email: "not-an-address", partySize: "11" });
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /Fyll ut feltet\./);
      assert.match(wrong.body, /Skriv en gyldig e-postadresse/);
      assert.match(wrong.body, /Skriv et tall fra 1 til 10\./);
      assert.match(wrong.body, /Du må samtykke for å melde deg på\./);
      assert.match(wrong.body, /value="not-an-address"/, "what was typed stays");

      const ok = await formPost(signupPath, "", { name: "Olga Test", email: "Olga@Example.com", partySize: "2", preferredLanguage: "ukrainsk", consent: "yes" });
      assert.equal(ok.statusCode, 303);
      assert.match(String(ok.headers.location), /\/pamelding\/takk\?status=confirmed$/);
      const done = await t.app.inject(String(ok.headers.location));
      assert.match(done.body, /Du er påmeldt!/);
      const mail = (await mailsTo(t, "olga@example.com"))[0]!;
      const token = cancelTokenIn(mail);

      // Someone signs Olga up again: the answer is the one a new address gets, and her link still works.
      const again = await formPost(signupPath, "", { name: "Someone Else", email: "olga@example.com", partySize: "1", consent: "yes" });
      const stranger = await formPost(signupPath, "", { name: "Ny Person", email: "ny.person@example.com", partySize: "1", consent: "yes" });
      assert.equal(again.statusCode, stranger.statusCode);
      assert.equal(again.headers.location, stranger.headers.location);
      assert.match((await mailsTo(t, "olga@example.com")).at(-1)!.text, /Du var allerede påmeldt, og påmeldingen din er som før/);

      const cancelPage = await t.app.inject(`/nb/avmelding/${token}`);
      assert.equal(cancelPage.statusCode, 200);
      assert.match(cancelPage.body, /Vil du melde deg av Innflytterfest på Frøya/);
      assert.equal(cancelPage.headers["referrer-policy"], "no-referrer");
      const cancelled = await formPost(`/nb/avmelding/${token}`, "", {});
      assert.equal(cancelled.statusCode, 303);
      assert.equal(cancelled.headers.location, `/nb/kommune/5014/arrangementer/${id}?avmeldt=1`);
      assert.match((await t.app.inject(String(cancelled.headers.location))).body, /Du er meldt av/);
      assert.equal((await t.app.inject(`/nb/avmelding/${token}`)).statusCode, 404, "the link is used up");
    });

    test("one address may sign up 20 times an hour, counted in the database; the 21st gets the 429 page in the reader's language", async () => {
      const id = await createEvent(services, admin, input(12, { capacity: 100 }), null);
      const date = addDays(toOslo(testClock.now()).date, 12);
      const ip = "192.0.2.21";
      // Twenty sign-ups from one address, as if through other server processes: only the database knows.
      for (let i = 0; i < signupsPerAddress; i++) await signUp(services, { ...signup(id, date, person()), ip });
      await assert.rejects(signUp(services, { ...signup(id, date, person()), ip }), { statusCode: 429 });

      const path = `/ar/kommune/5014/arrangementer/${id}/${date}/pamelding`;
      const post = async (remoteAddress: string, email: string) => {
        const page = await t.app.inject({ url: path, remoteAddress });
        const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
        assert.ok(csrf);
        const body = new URLSearchParams({ _csrf: csrf, name: "Test", email, partySize: "1", consent: "yes" });
        return t.app.inject({ method: "POST", url: path, remoteAddress, headers: { cookie: cookiesOf(page), "content-type": "application/x-www-form-urlencoded" }, payload: body.toString() });
      };
      const refused = await post(ip, "refused@example.com");
      assert.equal(refused.statusCode, 429);
      assert.equal(refused.headers["retry-after"], "3600");
      assert.match(refused.body, /<html lang="ar" dir="rtl"/);
      assert.match(refused.body, /طلبات كثيرة جدًا/, "the error page in the reader's language");
      assert.equal((await mailsTo(t, "refused@example.com")).length, 0, "no e-mail is sent");
      assert.equal((await post("192.0.2.22", "other@example.com")).statusCode, 303, "another address is not held back");

      // An hour later the address may sign up again.
      await t.test.database.db.updateTable("audit_log").set({ at: sql`now() - interval '61 minutes'` }).where("action", "=", "event.signup").where("ip", "=", ip).execute();
      assert.equal((await post(ip, "later@example.com")).statusCode, 303);
      assert.equal((await mailsTo(t, "later@example.com")).length, 1);
    });

    test("the event page carries schema.org Event data: status, place, languages, organiser, and sold out when full", async () => {
      const id = await demoEventId("Velkomstmøte");
      const page = await t.app.inject(`/en/kommune/5056/arrangementer/${id}`);
      assert.equal(page.statusCode, 200, "a regional event shows in each of the region's municipalities");
      const json = /<script type="application\/ld\+json">([^<]+)<\/script>/.exec(page.body)?.[1];
      assert.ok(json);
      const data = JSON.parse(json) as Record<string, unknown>;
      assert.equal(data["@type"], "Event");
      assert.equal(data.name, "Welcome meeting for new residents");
      assert.equal(data.eventStatus, "https://schema.org/EventScheduled");
      assert.deepEqual(data.inLanguage, ["nb", "en", "pl", "uk", "ar"]);
      assert.deepEqual(data.organizer, { "@type": "Organization", name: "Velkomstsenteret Frøya og Hitra" });
      assert.equal((data.offers as Record<string, unknown>).availability, "https://schema.org/SoldOut");
      assert.equal(data.remainingAttendeeCapacity, 0);
      assert.match(String(data.startDate), /^\d{4}-\d{2}-\d{2}T17:30:00\+0[12]:00$/);
      assert.equal((data.location as { address: { addressLocality: string } }).address.addressLocality, "Hitra");
      assert.match(page.body, /Full – waiting list|waiting list/i);
      // Not an event of this municipality, an unknown one, or not an id at all: a 404 page.
      const froyaOnly = await demoEventId("Innflytterfest");
      assert.equal((await t.app.inject(`/nb/kommune/5056/arrangementer/${froyaOnly}`)).statusCode, 404);
      assert.equal((await t.app.inject("/nb/kommune/5014/arrangementer/00000000-0000-4000-8000-000000000000")).statusCode, 404);
      assert.equal((await t.app.inject("/nb/kommune/9999/arrangementer")).statusCode, 404);
    });

    test("staff create an event by form; it shows for readers, the sign-up list is audited, and other areas are refused", async () => {
      const editor = await t.signIn("editor");
      const wrong = await formPost("/nb/ansatt/arrangementer", editor, { owner: "region:froya-hitra", title_nb: "", date: "2026-02-30", startTime: "25:00", endTime: "20:00" });
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /Skriv en tittel på bokmål\./);
      assert.match(wrong.body, /Skriv en gyldig dato\./);
      assert.match(wrong.body, /Velg en møteplass eller skriv en adresse\./);

      const date = addDays(toOslo(testClock.now()).date, 9);
      const fields = {
        owner: "municipality:5056",
        kind: "theme-evening",
        targetGroup: "families",
        title_nb: "Temakveld: Helse og familieliv",
        description_nb: "Helsesykepleier forteller. <script>alert(1)</script>",
        title_ar: "أمسية عن الصحة والأسرة",
        date,
        startTime: "18:00",
        endTime: "20:00",
        repeat: "none",
        address: "Fillan skole, 7240 Hitra",
        languages: ["nb", "ar"],
        organiserName: "Hitra helsestasjon",
        organiserKind: "municipality",
        signupEnabled: "yes",
        capacity: "25",
      };
      const created = await formPost("/nb/ansatt/arrangementer", editor, fields);
      assert.equal(created.statusCode, 303);
      const staffPage = String(created.headers.location);
      const id = /arrangementer\/([0-9a-f-]{36})\?melding=created$/.exec(staffPage)?.[1];
      assert.ok(id, staffPage);
      const reader = await t.app.inject(`/ar/kommune/5056/arrangementer/${id}`);
      assert.match(reader.body, /أمسية عن الصحة والأسرة/);
      assert.match(reader.body, /lang="nb"[^>]*>.*Helsesykepleier forteller\./s, "the untranslated description is marked as bokmål");
      assert.doesNotMatch(reader.body, /<script>alert/, "the description is sanitised");

      // The coordinator of Hitra sees the list; the audit log records it.
      const coordinator = await t.signIn("coordinator");
      const list = await t.app.inject({ url: `/nb/ansatt/arrangementer/${id}/${date}/pameldte`, headers: { cookie: coordinator } });
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /Ingen har meldt seg på denne datoen ennå\./);
      const coordinatorId = (await t.app.services.users.findByEmail(t.emailOf("coordinator")))!.id;
      const audit = await t.test.database.db.selectFrom("audit_log").select(["action", "details"]).where("actor_user_id", "=", coordinatorId).where("subject_id", "=", id).execute();
      assert.deepEqual(audit.map((a) => a.action), ["event.signups-viewed"]);

      // Frøya's events are outside the Hitra coordinator's area: 403 for every organiser route.
      const froyaEvent = await demoEventId("Innflytterfest");
      const froyaDate = toOslo((await t.test.database.db.selectFrom("events").select("starts_at").where("id", "=", froyaEvent).executeTakeFirstOrThrow()).starts_at).date;
      for (const url of [`/nb/ansatt/arrangementer/${froyaEvent}`, `/nb/ansatt/arrangementer/${froyaEvent}/endre`, `/nb/ansatt/arrangementer/${froyaEvent}/${froyaDate}/pameldte`]) {
        assert.equal((await t.app.inject({ url, headers: { cookie: coordinator } })).statusCode, 403, url);
      }
      const session = await t.formSession(coordinator);
      for (const url of [`/nb/ansatt/arrangementer/${froyaEvent}/avlys`, `/nb/ansatt/arrangementer/${froyaEvent}/${froyaDate}/avlys`, `/nb/ansatt/arrangementer/${froyaEvent}`]) {
        const response = await t.app.inject({ method: "POST", url, headers: { cookie: session.cookie }, payload: { _csrf: session.csrf, ...fields } });
        assert.equal(response.statusCode, 403, url);
      }
      // … and creating one for Frøya, or for the region, is refused on the form.
      const refused = await formPost("/nb/ansatt/arrangementer", coordinator, { ...fields, owner: "region:froya-hitra" });
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, /Du kan bare legge ut arrangementer i områder du har tilgang til\./);
      const stillScheduled = await t.test.database.db.selectFrom("events").select("status").where("id", "=", froyaEvent).executeTakeFirstOrThrow();
      assert.equal(stillScheduled.status, "scheduled");
      const employer = await t.signIn("employer");
      assert.equal((await t.app.inject({ url: "/nb/ansatt/arrangementer", headers: { cookie: employer } })).statusCode, 403);
    });

    test("staff write the date as dd.mm.åååå and times on the 24-hour clock in every language, not in the browser's pickers", async () => {
      const editor = await t.signIn("editor");
      for (const lang of ["en", "ar"]) {
        const form = (await t.app.inject({ url: `/${lang}/ansatt/arrangementer/ny`, headers: { cookie: editor } })).body;
        assert.doesNotMatch(form, /type="(date|time)"/);
        for (const name of ["date", "startTime", "endTime", "repeatUntil"]) assert.match(form, new RegExp(`<input[^>]*type="text"[^>]*inputmode="numeric"[^>]*name="${name}"|<input[^>]*name="${name}"[^>]*inputmode="numeric"`, "i"), name);
      }
      assert.match((await t.app.inject({ url: "/en/ansatt/arrangementer/ny", headers: { cookie: editor } })).body, /dd\.mm\.yyyy, for example 17\.05\.2026\..*hh:mm, for example 18:30/s);

      const date = addDays(toOslo(testClock.now()).date, 12);
      const written = `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
      const fields = { owner: "municipality:5056", kind: "language-cafe", targetGroup: "everyone", title_nb: "Språkkafé med norske datoer", date: written, startTime: "18.30", endTime: "2000", repeat: "none", address: "Fillan skole, 7240 Hitra", organiserName: "Hitra frivilligsentral", organiserKind: "volunteer-organisation", signupEnabled: "no" };
      const created = await formPost("/en/ansatt/arrangementer", editor, fields);
      assert.equal(created.statusCode, 303, created.body);
      const id = /arrangementer\/([0-9a-f-]{36})/.exec(String(created.headers.location))?.[1];
      const event = await t.test.database.db.selectFrom("events").select(["starts_at", "ends_at"]).where("id", "=", id!).executeTakeFirstOrThrow();
      assert.deepEqual(toOslo(event.starts_at), { date, time: "18:30" });
      assert.deepEqual(toOslo(event.ends_at), { date, time: "20:00" });
      const edit = (await t.app.inject({ url: `/en/ansatt/arrangementer/${id}/endre`, headers: { cookie: editor } })).body;
      assert.match(edit, new RegExp(`name="date"[^>]*value="${written.replace(/\./g, "\\.")}"|value="${written.replace(/\./g, "\\.")}"[^>]*name="date"`));

      // The US order and AM/PM are refused on the field, with what was typed kept.
      const wrong = await formPost("/en/ansatt/arrangementer", editor, { ...fields, date: "05/17/2026", startTime: "6:30 PM" });
      assert.equal(wrong.statusCode, 400);
      assert.match(wrong.body, /id="field-date-error"/);
      assert.match(wrong.body, /id="field-startTime-error"/);
      assert.match(wrong.body, /value="05\/17\/2026"/);
    });

    test("staff cancel one date and restore it; the feed and the reader page follow", async () => {
      const admin = await t.signIn("municipality-admin");
      const id = await demoEventId("Språkkafé");
      const event = await t.test.database.db.selectFrom("events").select(["starts_at", "recurrence"]).where("id", "=", id).executeTakeFirstOrThrow();
      const upcoming = addDays(toOslo(testClock.now()).date, 1);
      // The first Wednesday on or after tomorrow.
      let date = upcoming;
      while (new Date(`${date}T00:00:00Z`).getUTCDay() !== 3) date = addDays(date, 1);
      assert.equal(event.recurrence, "FREQ=WEEKLY;BYDAY=WE");
      const cancelled = await formPost(`/nb/ansatt/arrangementer/${id}/${date}/avlys`, admin, {});
      assert.equal(cancelled.statusCode, 303);
      assert.match(String(cancelled.headers.location), /melding=occurrence-cancelled/);
      const feed = readCalendar((await t.app.inject("/kalender/kommune/5014.ics")).body);
      const cafe = feed.components.find((c) => propertyValue(c, "UID") === `event-${id}@velkomst`)!;
      assert.ok(propertyValue(cafe, "EXDATE")!.split(",").includes(`${date.replace(/-/g, "")}T180000`));
      const restored = await formPost(`/nb/ansatt/arrangementer/${id}/${date}/gjenopprett`, admin, {});
      assert.equal(restored.statusCode, 303);
      const after = readCalendar((await t.app.inject("/kalender/kommune/5014.ics")).body);
      const cafeAfter = after.components.find((c) => propertyValue(c, "UID") === `event-${id}@velkomst`)!;
      assert.ok(!(propertyValue(cafeAfter, "EXDATE") ?? "").includes(`${date.replace(/-/g, "")}T180000`));
      assert.ok(Number(propertyValue(cafeAfter, "SEQUENCE")) >= 2);
    });

    test("meeting places: added in one's own area, refused elsewhere", async () => {
      const coordinator = await t.signIn("coordinator");
      const added = await formPost("/nb/ansatt/arrangementer/moteplasser", coordinator, { municipality: "5056", name: "Hitra frivilligsentral", address: "Fillan, 7240 Hitra" });
      assert.equal(added.statusCode, 303);
      assert.match((await t.app.inject("/nb/kommune/5056/arrangementer")).body, /Hitra frivilligsentral/);
      const refused = await formPost("/nb/ansatt/arrangementer/moteplasser", coordinator, { municipality: "5014", name: "Ikke min", address: "Sistranda" });
      assert.equal(refused.statusCode, 403);
      const missing = await formPost("/nb/ansatt/arrangementer/moteplasser", coordinator, { municipality: "5056", name: "", address: "" });
      assert.equal(missing.statusCode, 400);
    });
  });
}

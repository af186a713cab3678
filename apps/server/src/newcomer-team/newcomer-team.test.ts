import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Viewer } from "../auth/viewer.ts";
import { createEvent } from "../events/event-admin.ts";
import { addDays, fromOslo } from "../events/oslo-time.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { parseMemberForm, readForm } from "./team-forms.ts";

describe("the member form", () => {
  test("names each field that is wrong", () => {
    const parsed = parseMemberForm(readForm({ agency: "bank", name: "", contactName: " ", contactEmail: "kari.at.nav", contactPhone: "ring meg" }));
    assert.deepEqual(parsed, { ok: false, problems: { agency: "chooseOne", name: "required", contactName: "required", contactEmail: "email", contactPhone: "phone" } });
  });
});

for (const engine of testEngines) {
  describe(`newcomer team on ${engine}`, () => {
    let t: TestApp;
    let form: { cookie: string; csrf: string };
    let coordinator: Viewer;
    let teamId = "";
    const post = (url: string, payload: Record<string, string | string[]>) => t.app.inject({ method: "POST", url, headers: { cookie: form.cookie }, payload: { _csrf: form.csrf, ...payload } });
    const db = () => t.test.database.db;

    async function addNav(name: string, contactEmail: string) {
      const added = await post(`/nb/ansatt/tilflytterteam/${teamId}/medlemmer`, { agency: "nav", name, contactName: "Kari Nordmann", contactEmail, contactPhone: "+47 72 44 00 00", helpsWith: "Jobbsøking for alle som er nye i Hitra." });
      assert.equal(added.statusCode, 303, added.body);
      return (await db().selectFrom("newcomer_team_members").select("id").where("team_id", "=", teamId).where("name", "=", name).executeTakeFirstOrThrow()).id;
    }

    /** A NAV event in Hitra `daysAhead` days from now, made through the events module. */
    function navEvent(title: string, daysAhead: number, from: string, to: string) {
      const date = addDays(t.app.services.clock.today(), daysAhead);
      return createEvent(
        t.app.services,
        coordinator,
        {
          owner: { kind: "municipality", id: "5056" },
          kind: "other",
          targetGroup: "newcomers",
          texts: { nb: { title, description: "Hjelp fra NAV." } },
          startsAt: fromOslo({ date, time: from }),
          endsAt: fromOslo({ date, time: to }),
          recurrence: null,
          meetingPlaceId: null,
          placeName: "NAV-kontoret",
          address: "Fillan",
          languages: ["nb"],
          organiserName: "NAV Hitra",
          organiserKind: "municipality",
          signupEnabled: false,
          capacity: null,
        },
        null,
      );
    }

    before(async () => {
      t = await startTestApp(engine);
      form = await t.formSession(await t.signIn("coordinator"));
      const user = (await t.app.services.users.findByEmail(t.emailOf("coordinator")))!;
      coordinator = { id: user.id, email: user.email, name: user.name, totpEnabled: user.totpEnabled, assignments: user.assignments };
      const created = await post("/nb/ansatt/tilflytterteam", { area: "municipality:5056", name: "Tilflytterteamet i Hitra" });
      assert.equal(created.statusCode, 303, created.body);
      teamId = /tilflytterteam\/([0-9a-f-]{36})/.exec(String(created.headers.location))![1]!;
    });
    after(() => t.close());

    test("a coordinator starts a team in their own area only, one per area", async () => {
      const again = await post("/nb/ansatt/tilflytterteam", { area: "municipality:5056", name: "Et team til" });
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /Området har allerede et tilflytterteam/);
      const elsewhere = await post("/nb/ansatt/tilflytterteam", { area: "municipality:5014", name: "Frøya" });
      assert.equal(elsewhere.statusCode, 400);
      assert.match(elsewhere.body, /Velg ett alternativ/);
      assert.equal((await db().selectFrom("newcomer_teams").select("id").where("municipality_number", "=", "5014").execute()).length, 0);
    });

    test("member agencies: refused by field, unique by name, shown on the public page in every language", async () => {
      const bad = await post(`/nb/ansatt/tilflytterteam/${teamId}/medlemmer`, { agency: "nav", name: "NAV Hitra", contactName: "Kari", contactEmail: "kari" });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Skriv en gyldig e-postadresse/);
      await addNav("NAV Hitra", "kari.nordmann@nav.example");
      const twice = await post(`/nb/ansatt/tilflytterteam/${teamId}/medlemmer`, { agency: "nav", name: "NAV Hitra", contactName: "Per", contactEmail: "per@nav.example" });
      assert.equal(twice.statusCode, 409);
      assert.match(twice.body, /Teamet har allerede en etat med dette navnet/);

      for (const [lang, helps] of [["nb", /Arbeid, jobbsøking/], ["en", /Work, job seeking/], ["ar", /العمل والبحث عن وظيفة/], ["uk", /Робота, пошук роботи/]] as const) {
        const page = await t.app.inject({ url: `/${lang}/tilflytterteam/${teamId}` });
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /NAV Hitra/);
        assert.match(page.body, helps);
        assert.match(page.body, /mailto:kari\.nordmann@nav\.example/);
        assert.match(page.body, /tel:\+4772440000/);
      }
      assert.equal((await t.app.inject({ url: "/nb/tilflytterteam/not-a-team" })).statusCode, 404);
    });

    test("the shared calendar: a member's event on the calendar page, in Norwegian time, and in the feed", async () => {
      const memberId = await addNav("NAV Hitra jobbklubb", "jobbklubb@nav.example");
      const eventId = await navEvent("Jobbklubb for nye i Hitra", 12, "18:00", "19:30");
      const wrongMember = await post(`/nb/ansatt/tilflytterteam/${teamId}/arrangementer`, { event: eventId, member: "00000000-0000-4000-8000-000000000000" });
      assert.equal(wrongMember.statusCode, 400);
      assert.equal((await db().selectFrom("newcomer_team_events").select("event_id").where("event_id", "=", eventId).execute()).length, 0);
      const tagged = await post(`/nb/ansatt/tilflytterteam/${teamId}/arrangementer`, { event: eventId, member: memberId });
      assert.equal(tagged.statusCode, 303, tagged.body);

      const calendar = await t.app.inject({ url: `/nb/tilflytterteam/${teamId}/kalender` });
      assert.equal(calendar.statusCode, 200);
      assert.match(calendar.body, /Jobbklubb for nye i Hitra/);
      assert.match(calendar.body, /Holdes av NAV Hitra jobbklubb/);
      assert.match(calendar.body, /18:00–19:30/);
      const feed = await t.app.inject({ url: `/kalender/tilflytterteam/${teamId}.ics?lang=en` });
      assert.equal(feed.statusCode, 200);
      assert.match(String(feed.headers["content-type"]), /text\/calendar/);
      assert.match(feed.body, new RegExp(`UID:event-${eventId}@velkomst`));
      assert.match(feed.body, /DTSTART;TZID=Europe\/Oslo:\d{8}T180000/);
      assert.match(feed.body, /X-WR-CALNAME:Events: Tilflytterteamet i Hitra/);
    });

    test("a member is changed by field, then removed: gone from the pickers and the public page, still named by its past referral", async () => {
      const memberId = await addNav("NAV Hitra ungdom", "ungdom@nav.example");
      const memberUrl = `/nb/ansatt/tilflytterteam/${teamId}/medlemmer/${memberId}`;
      const editPage = await t.app.inject({ url: memberUrl, headers: { cookie: form.cookie } });
      assert.equal(editPage.statusCode, 200);
      assert.match(editPage.body, /value="ungdom@nav\.example"/);
      const teamPage = await t.app.inject({ url: `/nb/ansatt/tilflytterteam/${teamId}`, headers: { cookie: form.cookie } });
      assert.match(teamPage.body, new RegExp(`href="${memberUrl}"`));

      const member = { agency: "nav", name: "NAV Hitra ungdom", contactName: "Kari Nordmann", contactEmail: "ungdom@nav.example", contactPhone: "+47 72 44 00 00", helpsWith: "Jobbsøking for alle som er nye i Hitra." };
      const bad = await post(memberUrl, { ...member, contactEmail: "ungdom.nav", contactPhone: "ring" });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /id="field-contactEmail"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="field-contactEmail"/);
      assert.match(bad.body, /Skriv en gyldig e-postadresse/);
      assert.match(bad.body, /Skriv et telefonnummer/);
      const taken = await post(memberUrl, { ...member, name: "NAV Hitra" });
      assert.equal(taken.statusCode, 409);
      assert.match(taken.body, /Teamet har allerede en etat med dette navnet/);
      assert.equal((await db().selectFrom("newcomer_team_members").select("contact_email").where("id", "=", memberId).executeTakeFirstOrThrow()).contact_email, "ungdom@nav.example", "nothing changed by a refused form");

      const saved = await post(memberUrl, { ...member, contactName: "Per Hansen", contactEmail: "per.hansen@nav.example" });
      assert.equal(saved.statusCode, 303, saved.body);
      assert.match(String(saved.headers.location), /melding=member-saved/);
      const publicPage = await t.app.inject({ url: `/nb/tilflytterteam/${teamId}` });
      assert.match(publicPage.body, /Per Hansen/);
      assert.match(publicPage.body, /mailto:per\.hansen@nav\.example/);
      const changedAudit = await db().selectFrom("audit_log").select("details").where("action", "=", "newcomer-team.member-changed").where("subject_id", "=", teamId).executeTakeFirstOrThrow();
      assert.deepEqual((changedAudit.details as { changed: string[] }).changed, ["contactName", "contactEmail"]);

      // Another municipality's administrator cannot see or change the member: a 404, nothing changed.
      const froya = await t.formSession(await t.signIn("municipality-admin"));
      const outsider = (url: string, payload: Record<string, string>) => t.app.inject({ method: "POST", url, headers: { cookie: froya.cookie }, payload: { _csrf: froya.csrf, ...payload } });
      assert.equal((await t.app.inject({ url: memberUrl, headers: { cookie: froya.cookie } })).statusCode, 404);
      assert.equal((await outsider(memberUrl, { ...member, name: "Kapret" })).statusCode, 404);
      assert.equal((await outsider(`${memberUrl}/fjern`, {})).statusCode, 404);
      assert.equal((await db().selectFrom("newcomer_team_members").select(["name", "removed_at"]).where("id", "=", memberId).executeTakeFirstOrThrow()).removed_at, null);

      // A past referral to the member, then the member leaves the team.
      const guidanceCase = await db()
        .insertInto("guidance_cases")
        .values({ municipality_number: "5056", source: "walk-in", name: "Yusuf Testperson", contact: "+47 400 22 333", language: "ar", plan_answers: JSON.stringify({}), received_at: t.app.services.clock.now(), created_by: null, coordinator_id: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      const referUrl = `/nb/ansatt/tilflytterteam/henvisning?veiledningssak=${guidanceCase.id}`;
      assert.equal((await post(referUrl, { member: memberId, purpose: "Ungdomsgaranti", consent: "yes", consentGivenOn: t.app.services.clock.today() })).statusCode, 303);
      const removed = await post(`${memberUrl}/fjern`, {});
      assert.equal(removed.statusCode, 303);
      assert.match(String(removed.headers.location), /melding=member-removed/);
      assert.notEqual((await db().selectFrom("newcomer_team_members").select("removed_at").where("id", "=", memberId).executeTakeFirstOrThrow()).removed_at, null);
      assert.doesNotMatch((await t.app.inject({ url: `/nb/tilflytterteam/${teamId}` })).body, /NAV Hitra ungdom/);
      assert.doesNotMatch((await t.app.inject({ url: referUrl, headers: { cookie: form.cookie } })).body, new RegExp(`value="${memberId}"`));
      const refusedReferral = await post(referUrl, { member: memberId, purpose: "Ungdomsgaranti", consent: "yes", consentGivenOn: t.app.services.clock.today() });
      assert.equal(refusedReferral.statusCode, 400, "a removed member takes no referrals");
      const afterwards = await t.app.inject({ url: `/nb/ansatt/tilflytterteam/${teamId}`, headers: { cookie: form.cookie } });
      assert.doesNotMatch(afterwards.body, new RegExp(`href="${memberUrl}"`));
      assert.match(afterwards.body, /Yusuf Testperson/);
      assert.match(afterwards.body, /NAV Hitra ungdom/, "the past referral still names the member");
      assert.equal((await t.app.inject({ url: memberUrl, headers: { cookie: form.cookie } })).statusCode, 404);
      // Its name is free again for a new member.
      await addNav("NAV Hitra ungdom", "ny.ungdom@nav.example");
    });

    test("an event is taken out of the team's calendar (and stays in the events module); only the team's managers can, and only a linked event", async () => {
      const memberId = await addNav("NAV Hitra kurs", "kurs@nav.example");
      const eventId = await navEvent("Kurs i digitale tjenester", 9, "10:00", "12:00");
      assert.equal((await post(`/nb/ansatt/tilflytterteam/${teamId}/arrangementer`, { event: eventId, member: memberId })).statusCode, 303);
      const untagUrl = `/nb/ansatt/tilflytterteam/${teamId}/arrangementer/${eventId}/fjern`;
      assert.match((await t.app.inject({ url: `/nb/ansatt/tilflytterteam/${teamId}`, headers: { cookie: form.cookie } })).body, new RegExp(`action="${untagUrl}"`));

      const froya = await t.formSession(await t.signIn("municipality-admin"));
      const outsider = await t.app.inject({ method: "POST", url: untagUrl, headers: { cookie: froya.cookie }, payload: { _csrf: froya.csrf } });
      assert.equal(outsider.statusCode, 404);
      assert.equal((await db().selectFrom("newcomer_team_events").select("event_id").where("event_id", "=", eventId).execute()).length, 1);

      const untagged = await post(untagUrl, {});
      assert.equal(untagged.statusCode, 303);
      assert.match(String(untagged.headers.location), /melding=untagged#calendar/);
      assert.doesNotMatch((await t.app.inject({ url: `/nb/tilflytterteam/${teamId}/kalender` })).body, /Kurs i digitale tjenester/);
      assert.equal((await db().selectFrom("events").select("id").where("id", "=", eventId).execute()).length, 1, "the event itself stays");
      assert.equal((await db().selectFrom("audit_log").select("id").where("action", "=", "newcomer-team.event-untagged").where("subject_id", "=", teamId).execute()).length, 1);
      assert.equal((await post(untagUrl, {})).statusCode, 404, "an event the team does not hold");
      assert.equal((await post(`/nb/ansatt/tilflytterteam/${teamId}/arrangementer/not-an-id/fjern`, {})).statusCode, 404);
    });

    test("a referral from a participant needs a standing consent to that kind of agency; the agency gets the minimum by mail", async () => {
      const navId = await addNav("NAV Hitra oppfølging", "oppfolging@nav.example");
      const now = t.app.services.clock.now();
      const participant = await db()
        .insertInto("case_participants")
        .values({ municipality_number: "5056", name: "Amina Testdeltaker", birth_date: "1990-04-01", residence_basis: "refugee", education: "primary", languages: JSON.stringify(["ar"]), created_at: now })
        .returning("id")
        .executeTakeFirstOrThrow();
      const healthConsent = await db()
        .insertInto("case_consents")
        .values({ participant_id: participant.id, recipient: "health", purpose: "Helsestasjonen", given_on: t.app.services.clock.today(), recorded_at: now })
        .returning("id")
        .executeTakeFirstOrThrow();
      const url = `/nb/ansatt/tilflytterteam/henvisning?deltaker=${participant.id}`;
      const formPage = await t.app.inject({ url, headers: { cookie: form.cookie } });
      assert.equal(formPage.statusCode, 200);
      assert.match(formPage.body, /Henvis Amina Testdeltaker til en etat/);

      // A consent to the health service does not reach NAV: refused at the consent field, nothing written or sent.
      const refused = await post(url, { member: navId, purpose: "Hjelp med jobbsøking", consent: healthConsent.id });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /id="field-consent"/);
      assert.match(refused.body, /Deltakeren har ikke gitt samtykke til å dele med denne typen etat/);
      assert.equal((await db().selectFrom("newcomer_team_referrals").select("id").where("participant_id", "=", participant.id).execute()).length, 0);
      assert.equal((await db().selectFrom("mail_queue").select("id").where("recipient", "=", "oppfolging@nav.example").execute()).length, 0);

      const navConsent = await db()
        .insertInto("case_consents")
        .values({ participant_id: participant.id, recipient: "nav", purpose: "Jobbsøking", given_on: t.app.services.clock.today(), recorded_at: now })
        .returning("id")
        .executeTakeFirstOrThrow();
      const sent = await post(url, { member: navId, purpose: "Hjelp med jobbsøking", consent: navConsent.id });
      assert.equal(sent.statusCode, 303, sent.body);
      assert.match(String(sent.headers.location), new RegExp(`/nb/ansatt/tilflytterteam/${teamId}\\?melding=referral-sent`));
      const referral = await db().selectFrom("newcomer_team_referrals").selectAll().where("participant_id", "=", participant.id).executeTakeFirstOrThrow();
      assert.equal(referral.status, "sent");
      assert.equal(referral.case_consent_id, navConsent.id);
      const logged = await db().selectFrom("case_access_log").select(["action", "reason"]).where("participant_id", "=", participant.id).where("action", "=", "export").execute();
      assert.deepEqual(logged, [{ action: "export", reason: "Henvist til NAV Hitra oppfølging (tilflytterteam)" }]);

      const mails = await t.mailsTo("oppfolging@nav.example");
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.text, /Navn: Amina Testdeltaker/);
      assert.match(mails[0]!.text, /Formål: Hjelp med jobbsøking/);
      assert.doesNotMatch(mails[0]!.text, /1990|refugee|Helsestasjonen/, "nothing beyond name, contact and purpose");
      assert.ok(!JSON.stringify(t.logs).includes("Hjelp med jobbsøking"), "the purpose is not in the server log");

      const teamPage = await t.app.inject({ url: `/nb/ansatt/tilflytterteam/${teamId}`, headers: { cookie: form.cookie } });
      assert.match(teamPage.body, /Amina Testdeltaker/);
      const status = await post(`/nb/ansatt/tilflytterteam/${teamId}/henvisninger/${referral.id}/status`, { status: "accepted" });
      assert.equal(status.statusCode, 303);
      assert.equal((await db().selectFrom("newcomer_team_referrals").select("status").where("id", "=", referral.id).executeTakeFirstOrThrow()).status, "accepted");
      assert.equal((await post(`/nb/ansatt/tilflytterteam/${teamId}/henvisninger/${referral.id}/status`, { status: "lost" })).statusCode, 400);

      // The public page shows the agencies, never the people referred to them.
      assert.doesNotMatch((await t.app.inject({ url: `/nb/tilflytterteam/${teamId}` })).body, /Amina/);
    });

    test("a referral from a guidance case needs the person's consent ticked, and is in the audit log", async () => {
      const navId = await addNav("NAV Hitra veiledning", "veiledning@nav.example");
      const guidanceCase = await db()
        .insertInto("guidance_cases")
        .values({ municipality_number: "5056", source: "walk-in", name: "Oleh Testperson", contact: "+47 400 11 222", language: "uk", plan_answers: JSON.stringify({}), received_at: t.app.services.clock.now(), created_by: null, coordinator_id: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      const url = `/nb/ansatt/tilflytterteam/henvisning?veiledningssak=${guidanceCase.id}`;
      const refused = await post(url, { member: navId, purpose: "Registrering som arbeidssøker", consentGivenOn: t.app.services.clock.today() });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /Personen må samtykke før du kan henvise til etaten/);
      assert.equal((await db().selectFrom("newcomer_team_referrals").select("id").where("guidance_case_id", "=", guidanceCase.id).execute()).length, 0);
      const sent = await post(url, { member: navId, purpose: "Registrering som arbeidssøker", consent: "yes", consentGivenOn: t.app.services.clock.today() });
      assert.equal(sent.statusCode, 303, sent.body);
      const audit = await db().selectFrom("audit_log").select("action").where("subject_id", "=", guidanceCase.id).where("action", "=", "newcomer-team.referral-referred").execute();
      assert.equal(audit.length, 1);
      const mails = await t.mailsTo("veiledning@nav.example");
      assert.match(mails[0]!.text, /Kontakt: \+47 400 11 222/);

      // A person in another municipality is not found for a Hitra coordinator.
      const elsewhere = await db()
        .insertInto("guidance_cases")
        .values({ municipality_number: "5014", source: "walk-in", name: "Frøya Person", language: "pl", plan_answers: JSON.stringify({}), received_at: t.app.services.clock.now(), created_by: null, coordinator_id: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      assert.equal((await t.app.inject({ url: `/nb/ansatt/tilflytterteam/henvisning?veiledningssak=${elsewhere.id}`, headers: { cookie: form.cookie } })).statusCode, 404);
    });
  });
}

import assert from "node:assert/strict";
import { sql } from "kysely";
import { after, before, describe, test } from "node:test";
import type { Viewer } from "../auth/viewer.ts";
import { hashPassword } from "../auth/passwords.ts";
import { addDays } from "../events/oslo-time.ts";
import { cookiesOf, demoPassword, startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import type { Role } from "../staff/roles.ts";
import { isQuiet, minutesFromHours } from "./mentoring-norms.ts";
import { addMentee, cohortForCoordinator, confirmPairs, createCohort, currentProposal, signUpAsMentor, type MenteeInput, type ProfileInput } from "./mentoring-repository.ts";
import { feedbackSummary, logMeeting, saveFeedback } from "./mentor-meetings.ts";
import { createSeminars, seminarsOf } from "./mentoring-seminars.ts";

describe("mentoring norms", () => {
  test("a running pair that has not met for more than three weeks has gone quiet", () => {
    const cohort = { startsOn: "2026-01-01", endsOn: "2026-09-01" };
    assert.equal(isQuiet({ confirmedOn: "2026-01-05", lastMetOn: "2026-02-01" }, cohort, "2026-02-22"), false);
    assert.equal(isQuiet({ confirmedOn: "2026-01-05", lastMetOn: "2026-02-01" }, cohort, "2026-02-23"), true);
    assert.equal(isQuiet({ confirmedOn: "2026-01-05", lastMetOn: null }, cohort, "2026-01-27"), true);
    assert.equal(isQuiet({ confirmedOn: "2026-01-05", lastMetOn: null }, cohort, "2026-09-02"), false, "not after the cohort ended");
  });

  test("hours are read as people type them", () => {
    assert.equal(minutesFromHours("2"), 120);
    assert.equal(minutesFromHours("1,5"), 90);
    assert.equal(minutesFromHours("1.5"), 90);
    assert.equal(minutesFromHours("1:45"), 105);
    assert.equal(minutesFromHours("to"), null);
  });
});

const profile = (firstName: string, overrides: Partial<ProfileInput> = {}): ProfileInput => ({
  firstName,
  phone: "+47 400 00 000",
  interests: ["job-seeking"],
  languages: ["nb", "ar"],
  municipalityNumber: "5056",
  gender: "unspecified",
  genderPreference: "any",
  availability: ["weekday-evening"],
  ...overrides,
});

for (const engine of testEngines) {
  describe(`mentor programme on ${engine}`, () => {
    let t: TestApp;
    let coordinator: Viewer;
    let counter = 0;

    async function viewerFor(email: string): Promise<Viewer> {
      const user = await t.app.services.users.findByEmail(email);
      assert.ok(user);
      return { id: user.id, email: user.email, name: user.name, totpEnabled: user.totpEnabled, assignments: user.assignments };
    }

    /** A new volunteer of the demo region, with a session, so a test knows exactly whose data it reads. */
    async function newVolunteer(): Promise<{ viewer: Viewer; cookie: string }> {
      counter += 1;
      const email = `mentor-${engine}-${counter}@test.velkomst.no`;
      const users = t.app.services.users;
      const id = await users.create({ email, name: `Mentor ${counter}`, passwordHash: await hashPassword(demoPassword) });
      await users.assignRole(id, { role: "volunteer", scope: { kind: "region", id: "froya-hitra" } }, null);
      const response = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password: demoPassword } });
      assert.equal(response.statusCode, 200, response.body);
      return { viewer: await viewerFor(email), cookie: cookiesOf(response) };
    }

    async function newCohort(overrides: { policeCertificateRequired?: boolean } = {}): Promise<string> {
      const today = t.app.services.clock.today();
      return createCohort(t.app.services, coordinator, { municipalityNumber: "5056", name: `Mentorkull ${++counter}`, startsOn: addDays(today, -30), endsOn: addDays(today, 200), policeCertificateRequired: overrides.policeCertificateRequired ?? false }, null);
    }

    const mentee = (firstName: string, overrides: Partial<ProfileInput> = {}): MenteeInput => ({ ...profile(firstName, overrides), email: null, consentGivenOn: t.app.services.clock.today() });

    before(async () => {
      t = await startTestApp(engine);
      coordinator = await viewerFor(t.emailOf("coordinator" satisfies Role));
    });
    after(() => t.close());

    test("a coordinator runs cohorts only in their own municipality", async () => {
      const cohortId = await newCohort();
      const froyaAdmin = await viewerFor(t.emailOf("municipality-admin"));
      await assert.rejects(cohortForCoordinator(t.app.services, froyaAdmin, cohortId), { statusCode: 404 });
      await assert.rejects(createCohort(t.app.services, froyaAdmin, { municipalityNumber: "5056", name: "Ikke mitt", startsOn: "2026-01-01", endsOn: "2026-09-01", policeCertificateRequired: false }, null), { statusCode: 403 });
    });

    test("proposal, confirmation, and a volunteer sees only their own mentee", async () => {
      const cohortId = await newCohort();
      const anna = await newVolunteer();
      const bo = await newVolunteer();
      await signUpAsMentor(t.app.services, anna.viewer, cohortId, profile("Anna", { interests: ["job-seeking", "culture"], gender: "woman" }), null);
      await signUpAsMentor(t.app.services, bo.viewer, cohortId, profile("Bo", { gender: "man", interests: ["sports"], languages: ["nb"] }), null);
      await assert.rejects(signUpAsMentor(t.app.services, anna.viewer, cohortId, profile("Anna"), null), { statusCode: 409 });
      await addMentee(t.app.services, coordinator, cohortId, mentee("Fatima", { interests: ["job-seeking", "culture"], genderPreference: "woman", phone: "+47 411 11 111" }), null);
      await addMentee(t.app.services, coordinator, cohortId, mentee("Taras", { interests: ["sports"], languages: ["uk", "nb"], phone: "+47 422 22 222" }), null);

      const view = await currentProposal(t.app.services, coordinator, cohortId, null);
      const names = (id: string) => [...view.mentors, ...view.mentees].find((p) => p.id === id)?.firstName;
      assert.deepEqual(view.proposal.pairs.map((p) => [names(p.mentorId), names(p.menteeId)]).sort(), [["Anna", "Fatima"], ["Bo", "Taras"]]);
      const annaPair = view.proposal.pairs.find((p) => names(p.mentorId) === "Anna")!;
      assert.deepEqual(annaPair.score.points, { interests: 20, language: 25, municipality: 20, gender: 10, availability: 5 });

      // Fatima wants a woman: giving her to Bo is refused, and nothing is confirmed.
      const boId = view.mentors.find((m) => m.firstName === "Bo")!.id;
      const annaId = annaPair.mentorId;
      const fatimaId = annaPair.menteeId;
      const tarasId = view.mentees.find((m) => m.firstName === "Taras")!.id;
      await assert.rejects(confirmPairs(t.app.services, coordinator, cohortId, [{ mentorId: boId, menteeId: fatimaId }, { mentorId: annaId, menteeId: tarasId }], null), { statusCode: 422 });
      assert.equal((await t.test.database.db.selectFrom("mentor_pairs").select("id").where("cohort_id", "=", cohortId).execute()).length, 0);

      // The form: the proposal as it stands.
      const form = await t.formSession(await t.signIn("coordinator"));
      const confirm = await t.app.inject({
        method: "POST",
        url: `/nb/ansatt/mentorprogram/${cohortId}/forslag`,
        headers: { cookie: form.cookie },
        payload: { _csrf: form.csrf, [`mentor-${annaId}`]: fatimaId, [`mentor-${boId}`]: tarasId },
      });
      assert.equal(confirm.statusCode, 303, confirm.body);
      const cohortPage = await t.app.inject({ url: `/nb/ansatt/mentorprogram/${cohortId}`, headers: { cookie: form.cookie } });
      assert.match(cohortPage.body, /Fatima/);
      assert.match(cohortPage.body, /2 par er bekreftet|Stoppet opp|I gang/);

      const annaPage = await t.app.inject({ url: "/nb/frivillig/mentor", headers: { cookie: anna.cookie } });
      assert.equal(annaPage.statusCode, 200);
      assert.match(annaPage.body, /Fatima/);
      assert.match(annaPage.body, /tel:\+4741111111/);
      assert.doesNotMatch(annaPage.body, /Taras|422 22 222/);
      const boPairId = (await t.test.database.db.selectFrom("mentor_pairs").select("id").where("mentor_id", "=", boId).executeTakeFirstOrThrow()).id;
      const annaPairId = (await t.test.database.db.selectFrom("mentor_pairs").select("id").where("mentor_id", "=", annaId).executeTakeFirstOrThrow()).id;
      // Another volunteer's pair is not found, for reading and for logging.
      assert.equal((await t.app.inject({ url: `/nb/frivillig/mentor/par/${boPairId}/mote`, headers: { cookie: anna.cookie } })).statusCode, 404);
      const annaForm = await t.formSession(anna.cookie);
      const foreign = await t.app.inject({ method: "POST", url: `/nb/frivillig/mentor/par/${boPairId}/mote`, headers: { cookie: annaForm.cookie }, payload: { _csrf: annaForm.csrf, metOn: t.app.services.clock.today(), hours: "2", topic: "CV" } });
      assert.equal(foreign.statusCode, 404);
      assert.equal((await t.test.database.db.selectFrom("mentor_meetings").select("id").where("pair_id", "=", boPairId).execute()).length, 0);

      // Anna logs a meeting from the form; bad hours and a future date are refused by field.
      const bad = await t.app.inject({ method: "POST", url: `/nb/frivillig/mentor/par/${annaPairId}/mote`, headers: { cookie: annaForm.cookie }, payload: { _csrf: annaForm.csrf, metOn: addDays(t.app.services.clock.today(), 3), hours: "mange", topic: "" } });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Skriv hvor mange timer/);
      assert.match(bad.body, /Fyll ut feltet/);
      const future = await t.app.inject({ method: "POST", url: `/nb/frivillig/mentor/par/${annaPairId}/mote`, headers: { cookie: annaForm.cookie }, payload: { _csrf: annaForm.csrf, metOn: addDays(t.app.services.clock.today(), 3), hours: "2", topic: "CV" } });
      assert.equal(future.statusCode, 422);
      assert.match(future.body, /kan ikke være fram i tid/);
      const good = await t.app.inject({ method: "POST", url: `/nb/frivillig/mentor/par/${annaPairId}/mote`, headers: { cookie: annaForm.cookie }, payload: { _csrf: annaForm.csrf, metOn: t.app.services.clock.today(), hours: "1,5", topic: "Jobbsøknad" } });
      assert.equal(good.statusCode, 303, good.body);
      const meetings = await t.test.database.db.selectFrom("mentor_meetings").select(["minutes", "topic"]).where("pair_id", "=", annaPairId).execute();
      assert.deepEqual(meetings, [{ minutes: 90, topic: "Jobbsøknad" }]);

      // Reading one's own mentee is in the audit log.
      const audit = await t.test.database.db.selectFrom("audit_log").select("action").where("actor_user_id", "=", anna.viewer.id).where("action", "=", "mentoring.own-mentee-read").execute();
      assert.ok(audit.length >= 1);
    });

    test("a police certificate is needed before a mentor is proposed, where the cohort requires it", async () => {
      const cohortId = await newCohort({ policeCertificateRequired: true });
      const carl = await newVolunteer();
      const mentorId = await signUpAsMentor(t.app.services, carl.viewer, cohortId, profile("Carl"), null);
      await addMentee(t.app.services, coordinator, cohortId, mentee("Olena"), null);
      assert.equal((await currentProposal(t.app.services, coordinator, cohortId, null)).proposal.pairs.length, 0);
      const form = await t.formSession(await t.signIn("coordinator"));
      const seen = await t.app.inject({ method: "POST", url: `/nb/ansatt/mentorprogram/${cohortId}/politiattest/${mentorId}`, headers: { cookie: form.cookie }, payload: { _csrf: form.csrf } });
      assert.equal(seen.statusCode, 303);
      assert.equal((await currentProposal(t.app.services, coordinator, cohortId, null)).proposal.pairs.length, 1);
      // Signing up without ticking the police certificate is refused.
      const dina = await newVolunteer();
      const dinaForm = await t.formSession(dina.cookie);
      const refused = await t.app.inject({
        method: "POST",
        url: `/nb/frivillig/mentor/${cohortId}/bli-mentor`,
        headers: { cookie: dinaForm.cookie },
        payload: { _csrf: dinaForm.csrf, firstName: "Dina", municipality: "5056", gender: "woman", genderPreference: "any", languages: ["nb", "en"], availability: "weekend", acceptTerms: "yes" },
      });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /krever politiattest/);
      assert.equal((await t.test.database.db.selectFrom("mentors").select("id").where("user_id", "=", dina.viewer.id).execute()).length, 0);
    });

    test("the three seminars are written together: a failure on the closing one leaves none", async () => {
      const cohortId = await newCohort();
      const db = t.test.database.db;
      const eventsBefore = await db.selectFrom("events").select("id").where("organiser_name", "=", `Mentorkull ${counter}`).execute();
      // A real database failure on the third seminar row of this cohort only.
      await sql`CREATE FUNCTION refuse_closing_seminar() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.stage = 'closing' AND NEW.cohort_id = ${sql.lit(cohortId)}::uuid THEN RAISE EXCEPTION 'closing seminar refused by the test'; END IF; RETURN NEW; END $$`.execute(db);
      await sql`CREATE TRIGGER refuse_closing_seminar BEFORE INSERT ON mentor_seminars FOR EACH ROW EXECUTE FUNCTION refuse_closing_seminar()`.execute(db);
      try {
        await assert.rejects(createSeminars(t.app.services, coordinator, cohortId, null), /closing seminar refused/);
      } finally {
        await sql`DROP TRIGGER refuse_closing_seminar ON mentor_seminars`.execute(db);
        await sql`DROP FUNCTION refuse_closing_seminar()`.execute(db);
      }
      assert.deepEqual(await seminarsOf(t.app.services, cohortId), []);
      const eventsAfter = await db.selectFrom("events").select("id").where("organiser_name", "=", `Mentorkull ${counter}`).execute();
      assert.equal(eventsAfter.length, eventsBefore.length, "no seminar event is left behind");
      // Once the failure is gone, all three are made.
      await createSeminars(t.app.services, coordinator, cohortId, null);
      assert.equal((await seminarsOf(t.app.services, cohortId)).length, 3);
    });

    test("two coordinators confirming the same proposal at once: one confirms, the other gets a clear 409, never a 500", async () => {
      const cohortId = await newCohort();
      const gro = await newVolunteer();
      await signUpAsMentor(t.app.services, gro.viewer, cohortId, profile("Gro"), null);
      await addMentee(t.app.services, coordinator, cohortId, mentee("Yusuf"), null);
      const pair = (await currentProposal(t.app.services, coordinator, cohortId, null)).proposal.pairs[0]!;
      const forms = [await t.formSession(await t.signIn("coordinator")), await t.formSession(await t.signIn("coordinator"))];
      const answers = await Promise.all(
        forms.map((form) =>
          t.app.inject({ method: "POST", url: `/nb/ansatt/mentorprogram/${cohortId}/forslag`, headers: { cookie: form.cookie }, payload: { _csrf: form.csrf, [`mentor-${pair.mentorId}`]: pair.menteeId } }),
        ),
      );
      const statuses = answers.map((a) => a.statusCode).sort();
      assert.deepEqual(statuses, [303, 409], answers.map((a) => a.body.slice(0, 300)).join("\n"));
      assert.match(answers.find((a) => a.statusCode === 409)!.body, /allerede bekreftet/);
      assert.equal((await t.test.database.db.selectFrom("mentor_pairs").select("id").where("cohort_id", "=", cohortId).execute()).length, 1);
    });

    test("seminars become events, and the closing questions are summarised per cohort", async () => {
      const cohortId = await newCohort();
      await createSeminars(t.app.services, coordinator, cohortId, null);
      await createSeminars(t.app.services, coordinator, cohortId, null);
      const seminars = await seminarsOf(t.app.services, cohortId);
      assert.deepEqual(seminars.map((s) => s.stage).sort(), ["closing", "midway", "start"]);
      const event = await t.test.database.db.selectFrom("event_texts").select("title").where("event_id", "=", seminars.find((s) => s.stage === "start")!.eventId).where("language", "=", "ar").executeTakeFirstOrThrow();
      assert.match(event.title, /ندوة البداية/);

      const eva = await newVolunteer();
      await signUpAsMentor(t.app.services, eva.viewer, cohortId, profile("Eva"), null);
      await addMentee(t.app.services, coordinator, cohortId, mentee("Ahmad"), null);
      const view = await currentProposal(t.app.services, coordinator, cohortId, null);
      await confirmPairs(t.app.services, coordinator, cohortId, view.proposal.pairs, null);
      const pairId = (await t.test.database.db.selectFrom("mentor_pairs").select("id").where("cohort_id", "=", cohortId).executeTakeFirstOrThrow()).id;
      await logMeeting(t.app.services, eva.viewer, pairId, { metOn: t.app.services.clock.today(), minutes: 120, topic: "Tur" }, null);
      await saveFeedback(t.app.services, eva.viewer.id, pairId, "mentor", { usefulness: 5, metOftenEnough: true, wouldRecommend: true }, null);
      await saveFeedback(t.app.services, coordinator.id, pairId, "mentee", { usefulness: 4, metOftenEnough: false, wouldRecommend: true }, null);
      await assert.rejects(saveFeedback(t.app.services, eva.viewer.id, pairId, "mentor", { usefulness: 1, metOftenEnough: false, wouldRecommend: false }, null), { statusCode: 409 });
      assert.deepEqual(await feedbackSummary(t.app.services, cohortId), [
        { side: "mentor", answers: 1, averageUsefulness: 5, metOftenEnough: 1, wouldRecommend: 1 },
        { side: "mentee", answers: 1, averageUsefulness: 4, metOftenEnough: 0, wouldRecommend: 1 },
      ]);
    });
  });
}

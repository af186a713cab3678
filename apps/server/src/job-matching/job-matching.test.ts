import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { LightMyRequestResponse } from "fastify";
import { hashPassword } from "../auth/passwords.ts";
import { addDays } from "../events/oslo-time.ts";
import { cookiesOf, demoPassword, startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import type { SkillsProfile } from "../skills-profile/skills-profile.ts";

/** A candidate's profile as the profile pages would store it (that module is built in parallel). */
interface TestProfile extends Partial<Omit<SkillsProfile, "id">> {
  fullName: string;
  email: string;
  phone: string;
}

for (const engine of testEngines) {
  describe(`job matching on ${engine}`, () => {
    let t: TestApp;
    let employer: string;
    let counter = 0;

    /** A newcomer account with a session and a skills profile, opted in to matching unless told. */
    async function newCandidate(profile: TestProfile, optedIn = true): Promise<{ profileId: string; cookie: string; userId: string }> {
      counter += 1;
      const email = `kandidat-${engine}-${counter}@test.velkomst.no`;
      const { users, db, clock } = t.app.services;
      const userId = await users.create({ email, name: profile.fullName, passwordHash: await hashPassword(demoPassword) });
      await users.assignRole(userId, { role: "newcomer", scope: { kind: "national", id: "" } }, null);
      const now = clock.now();
      const row = await db
        .insertInto("skills_profiles")
        .values({
          user_id: userId,
          participant_id: null,
          full_name: profile.fullName,
          email: profile.email,
          phone: profile.phone,
          language: "uk",
          municipality_number: "5014",
          education: JSON.stringify(profile.education ?? [{ level: "vocational", field: "Elektro", country: "UA", completedYear: 2015, recognition: "recognised" }]),
          experience: JSON.stringify(profile.experience ?? [{ occupationCode: "7411", title: "Електрик у Харкові", employer: "Харківенерго", country: "UA", fromYear: 2015, toYear: 2022 }]),
          languages: JSON.stringify(profile.languages ?? [{ code: "uk", level: "native" }]),
          norwegian: JSON.stringify(profile.norwegian ?? { listening: "B1", reading: "B1", writing: "A2", speaking: "B1" }),
          driving_licences: profile.drivingLicences ?? ["B"],
          certificates: JSON.stringify(profile.certificates ?? []),
          wishes: JSON.stringify(profile.wishes ?? { occupations: ["7411"], municipalities: ["5014"], hoursPerWeek: 37 }),
          consent_given_at: now,
          matching_opt_in_at: optedIn ? now : null,
          created_at: now,
          updated_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const response = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password: demoPassword } });
      assert.equal(response.statusCode, 200, response.body);
      return { profileId: row.id, cookie: cookiesOf(response), userId };
    }

    async function post(url: string, cookie: string, fields: Record<string, string | string[]>): Promise<LightMyRequestResponse> {
      const session = await t.formSession(cookie);
      const body = new URLSearchParams();
      for (const [key, value] of Object.entries({ ...fields, _csrf: session.csrf })) for (const v of [value].flat()) body.append(key, v);
      return t.app.inject({ method: "POST", url, headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded" }, payload: body.toString() });
    }

    const openingFields = (overrides: Record<string, string> = {}) => ({
      tittel: `Elektriker ${++counter}`,
      yrke: "Elektriker",
      kommune: "5014",
      timer: "37",
      start: addDays(t.app.services.clock.today(), 30),
      norsk_lytte: "B1",
      norsk_snakke: "B1",
      ...overrides,
    });

    async function postOpening(overrides: Record<string, string> = {}): Promise<string> {
      const response = await post("/nb/arbeidsgiver/stillinger/ny", employer, openingFields(overrides));
      assert.equal(response.statusCode, 303, response.body);
      const id = /stillinger\/([0-9a-f-]{36})/.exec(response.headers.location as string)?.[1];
      assert.ok(id);
      return id;
    }

    before(async () => {
      t = await startTestApp(engine);
      employer = await t.signIn("employer");
    });
    after(() => t.close());

    test("an employer posts an opening; the occupation is found by title and a regulated one requires authorisation", async () => {
      const id = await postOpening();
      const row = await t.test.database.db.selectFrom("job_openings").select(["occupation_code", "authorisation_required", "norwegian"]).where("id", "=", id).executeTakeFirstOrThrow();
      assert.equal(row.occupation_code, "7411");
      assert.equal(row.authorisation_required, true, "electricians are regulated (DSB)");
      assert.deepEqual(row.norwegian, { listening: "B1", reading: null, writing: null, speaking: "B1" });
      const cleaner = await postOpening({ yrke: "Renholder" });
      const unregulated = await t.test.database.db.selectFrom("job_openings").select("authorisation_required").where("id", "=", cleaner).executeTakeFirstOrThrow();
      assert.equal(unregulated.authorisation_required, false);
    });

    test("bad input answers 400 naming each field; nothing is saved", async () => {
      const before = await t.test.database.db.selectFrom("job_openings").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      const response = await post("/nb/arbeidsgiver/stillinger/ny", employer, openingFields({ tittel: "", yrke: "qqqqqq", kommune: "0301", timer: "99", start: "2020-13-01", norsk_lese: "D1", sprak: "eng" }));
      assert.equal(response.statusCode, 400);
      for (const text of ["Skriv en tittel på 1 til 200 tegn.", "Skriv et yrke som finnes i yrkeslisten.", "Velg en kommune der dere har arbeidsplass.", "Skriv et helt tall fra 1 til 60.", "Skriv en dato (ÅÅÅÅ-MM-DD) fra i dag til to år fram.", "Velg et nivå fra A1 til C2.", "Skriv en språkkode med to bokstaver, for eksempel en."]) {
        assert.ok(response.body.includes(text), text);
      }
      const after = await t.test.database.db.selectFrom("job_openings").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      assert.equal(Number(after.n), Number(before.n));
    });

    test("an employer never receives a candidate's name or contact before the candidate accepts: pages, API and search", async () => {
      const person = { fullName: "Oleksandra Testenko", email: "oleksandra.testenko@example.com", phone: "+47 912 34 567" };
      const candidate = await newCandidate(person);
      const hidden = await newCandidate({ fullName: "Skjult Kandidatsen", email: "skjult@example.com", phone: "+47 900 00 001" }, false);
      const openingId = await postOpening();
      const secrets = [person.fullName, "Testenko", person.email, "912 34 567", "+4791234567", "Харківенерго", "Харкові"];
      const assertNoSecrets = (response: LightMyRequestResponse, where: string) => {
        for (const secret of secrets) assert.ok(!response.body.includes(secret), `${where} shows ${secret}`);
      };

      const page = await t.app.inject({ url: `/nb/arbeidsgiver/stillinger/${openingId}`, headers: { cookie: employer } });
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes(`/kandidater/${candidate.profileId}`), "the candidate is matched");
      assert.ok(!page.body.includes(hidden.profileId), "a candidate who has not opted in is never listed");
      assert.ok(page.body.includes("Samme yrke") && page.body.includes("40 av 40 poeng"), "the explanation is on the page");
      assertNoSecrets(page, "the opening page");

      const detail = await t.app.inject({ url: `/nb/arbeidsgiver/stillinger/${openingId}/kandidater/${candidate.profileId}`, headers: { cookie: employer } });
      assert.equal(detail.statusCode, 200);
      assertNoSecrets(detail, "the candidate page");
      for (const lang of ["uk", "ar"]) assertNoSecrets(await t.app.inject({ url: `/${lang}/arbeidsgiver/stillinger/${openingId}/kandidater/${candidate.profileId}`, headers: { cookie: employer } }), `the ${lang} candidate page`);

      const api = await t.app.inject({ url: `/api/v1/job-openings/${openingId}/candidates`, headers: { cookie: employer } });
      assert.equal(api.statusCode, 200);
      const listed = api.json() as Array<{ candidate: { profileId: string }; match: { total: number; criteria: Array<{ criterion: string; points: number; reason: string }> }; contact: unknown }>;
      const mine = listed.find((m) => m.candidate.profileId === candidate.profileId);
      assert.ok(mine);
      assert.equal(mine.contact, null);
      assert.deepEqual(mine.match.criteria.map((c) => c.criterion), ["occupation", "languages", "recognition", "place", "hours"]);
      assert.equal(mine.match.criteria.reduce((sum, c) => sum + c.points, 0), mine.match.total);
      assertNoSecrets(api, "the API");
      assertNoSecrets(await t.app.inject({ url: "/api/v1/job-openings", headers: { cookie: employer } }), "the openings API");
      // Search echoes what was typed (the surname); it must find nothing else of the person.
      for (const url of [`/nb/kommune/5014/sok?q=Testenko`, `/api/v1/municipalities/5014/search?q=Testenko`]) {
        const found = await t.app.inject({ url, headers: { cookie: employer } });
        assert.equal(found.statusCode, 200, url);
        for (const secret of secrets.filter((s) => s !== "Testenko")) assert.ok(!found.body.includes(secret), `${url} shows ${secret}`);
      }

      // Every view is in the audit log, naming the candidates shown.
      const reads = await t.test.database.db.selectFrom("audit_log").select(["action", "details"]).where("subject_id", "in", [openingId, candidate.profileId]).where("action", "like", "job-matching.%").execute();
      assert.ok(reads.some((r) => r.action === "job-matching.candidates.listed" && (r.details as { profileIds: string[] }).profileIds.includes(candidate.profileId)));
      assert.ok(reads.some((r) => r.action === "job-matching.candidate.viewed"));

      // The request: pending is still pseudonymous; the candidate sees it on Min side and accepts.
      assert.equal((await post(`/nb/arbeidsgiver/stillinger/${openingId}/kandidater/${candidate.profileId}/kontakt`, employer, {})).statusCode, 303);
      assertNoSecrets(await t.app.inject({ url: `/nb/arbeidsgiver/stillinger/${openingId}/kandidater/${candidate.profileId}`, headers: { cookie: employer } }), "the candidate page while pending");
      const mine2 = await t.app.inject({ url: "/nb/min-side/jobb", headers: { cookie: candidate.cookie } });
      assert.ok(mine2.body.includes("Kari Fiskeindustri AS vil snakke med deg"), "the candidate sees the employer and the opening");
      const requestId = /foresporsler\/([0-9a-f-]{36})/.exec(mine2.body)?.[1];
      assert.ok(requestId);
      assert.equal((await post(`/nb/min-side/jobb/foresporsler/${requestId}`, candidate.cookie, { svar: "ja" })).statusCode, 303);

      const after = await t.app.inject({ url: `/nb/arbeidsgiver/stillinger/${openingId}/kandidater/${candidate.profileId}`, headers: { cookie: employer } });
      assert.ok(after.body.includes(person.fullName) && after.body.includes(person.email), "after acceptance the employer sees name and contact");
      const apiAfter = (await t.app.inject({ url: `/api/v1/job-openings/${openingId}/candidates`, headers: { cookie: employer } })).json() as typeof listed;
      assert.deepEqual(apiAfter.find((m) => m.candidate.profileId === candidate.profileId)?.contact, { name: person.fullName, email: person.email, phone: person.phone });

      // Another employer (or another's opening) sees nothing of it.
      const other = await t.app.inject({ url: `/nb/arbeidsgiver/stillinger/${openingId}`, headers: { cookie: await t.signIn("coordinator") } });
      assert.equal(other.statusCode, 403);

      // Opting out takes the candidate off every list at once, and the requests with it.
      assert.equal((await post("/nb/min-side/jobb/samtykke", candidate.cookie, { valg: "ut" })).statusCode, 303);
      const gone = await t.app.inject({ url: `/api/v1/job-openings/${openingId}/candidates`, headers: { cookie: employer } });
      assert.ok(!gone.body.includes(candidate.profileId));
      assert.equal((await t.app.inject({ url: `/nb/arbeidsgiver/stillinger/${openingId}/kandidater/${candidate.profileId}`, headers: { cookie: employer } })).statusCode, 404);
      const requests = await t.test.database.db.selectFrom("job_contact_requests").select("id").where("profile_id", "=", candidate.profileId).execute();
      assert.equal(requests.length, 0);
    });

    test("a candidate who opted out is never shown, even while the index has not noticed yet", async () => {
      const leaving = await newCandidate({ fullName: "Snart Borte", email: "borte@example.com", phone: "+47 900 00 004" });
      const waiting = await newCandidate({ fullName: "Venter Ennå", email: "venter@example.com", phone: "+47 900 00 005" }, false);
      const openingId = await postOpening();
      const listed = async () => (await t.app.inject({ url: `/api/v1/job-openings/${openingId}/candidates`, headers: { cookie: employer } })).body;
      assert.ok((await listed()).includes(leaving.profileId));
      // One out, one in with the leaver's very times: the same count and latest times, so the index is not rebuilt.
      const db = t.test.database.db;
      const times = await db.selectFrom("skills_profiles").select(["matching_opt_in_at", "updated_at"]).where("id", "=", leaving.profileId).executeTakeFirstOrThrow();
      await db.transaction().execute(async (transaction) => {
        await transaction.updateTable("skills_profiles").set({ matching_opt_in_at: null }).where("id", "=", leaving.profileId).execute();
        await transaction.updateTable("skills_profiles").set({ matching_opt_in_at: times.matching_opt_in_at, updated_at: times.updated_at }).where("id", "=", waiting.profileId).execute();
      });
      assert.ok(!(await listed()).includes(leaving.profileId));
    });

    test("a required authorisation or licence filters candidates out; the candidate sees the openings that fit, explained", async () => {
      const unrecognised = await newCandidate({ fullName: "Uten Godkjenning", email: "uten@example.com", phone: "+47 900 00 002", education: [{ level: "vocational", field: "Elektro", country: "UA", completedYear: 2015, recognition: "in-progress" }] });
      const noLicence = await newCandidate({ fullName: "Uten Førerkort", email: "utenforerkort@example.com", phone: "+47 900 00 003", drivingLicences: [] });
      const regulated = await postOpening();
      const withLicence = await postOpening({ yrke: "Renholder", forerkort: "B" });
      const listed = async (openingId: string) => ((await t.app.inject({ url: `/api/v1/job-openings/${openingId}/candidates`, headers: { cookie: employer } })).json() as Array<{ candidate: { profileId: string } }>).map((m) => m.candidate.profileId);
      assert.ok(!(await listed(regulated)).includes(unrecognised.profileId), "no authorisation: filtered");
      assert.ok((await listed(regulated)).includes(noLicence.profileId));
      assert.ok(!(await listed(withLicence)).includes(noLicence.profileId), "no licence: filtered");
      assert.ok((await listed(withLicence)).includes(unrecognised.profileId));

      const own = await t.app.inject({ url: "/nb/min-side/jobb", headers: { cookie: unrecognised.cookie } });
      assert.equal(own.statusCode, 200);
      assert.ok(own.body.includes("Arbeidsgivere kan finne deg."));
      assert.ok(own.body.includes("Har søkt om godkjenning"), "the explanation is on the candidate's page");
    });

    test("a job fair shows the stands of approved employers and the openings they bring", async () => {
      const db = t.test.database.db;
      const now = t.app.services.clock.now();
      const starts = new Date(now.getTime() + 14 * 86_400_000);
      const event = await db
        .insertInto("events")
        .values({ municipality_number: "5014", region_id: null, kind: "job-fair", meeting_place_id: null, place_name: "Frøya kultur- og kompetansesenter", address: "Sistranda", starts_at: starts, ends_at: new Date(starts.getTime() + 3 * 3_600_000), recurrence: null, languages: ["nb"], target_group: "job-seekers", organiser_name: "Frøya kommune", organiser_kind: "municipality", capacity: null, created_by: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db.insertInto("event_texts").values({ event_id: event.id, language: "nb", title: `Jobbmesse ${engine}`, description: "" }).execute();
      const openingId = await postOpening({ tittel: `Messestilling ${engine}` });
      const list = await t.app.inject({ url: "/nb/arbeidsgiver/stillinger", headers: { cookie: employer } });
      assert.ok(list.body.includes(`Jobbmesse ${engine}`), "the employer sees the fair in its municipality");
      assert.equal((await post(`/nb/arbeidsgiver/jobbmesser/${event.id}`, employer, { handling: "lagre", stillinger: [openingId] })).statusCode, 303);
      const page = await t.app.inject({ url: `/nb/kommune/5014/arrangementer/${event.id}` });
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes("Jobbmesse") && page.body.includes("Arbeidsgivere på jobbmessen"));
      assert.ok(page.body.includes("Kari Fiskeindustri AS") && page.body.includes(`Messestilling ${engine}`));
      assert.equal((await post(`/nb/arbeidsgiver/jobbmesser/${event.id}`, employer, { handling: "trekk" })).statusCode, 303);
      assert.ok(!(await t.app.inject({ url: `/nb/kommune/5014/arrangementer/${event.id}` })).body.includes(`Messestilling ${engine}`));
    });
  });
}

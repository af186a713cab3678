import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { hashPassword } from "../auth/passwords.ts";
import { cookiesOf, demoPassword, startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { purgeUnusedPlanRequests, unusedRequestDays } from "./plan-request-repository.ts";

const hitra = "koordinator.hitra@demo.velkomst.no";
const froyaAdmin = "admin.froya@demo.velkomst.no";
/** A saved plan of a refugee who came to Hitra in March 2025 with two children. */
const hitraPlan = { grunnlag: "refugee", fodselsar: "1990", ankomst: "2025-03", opphold: "long", statsborgerskap: "SY", nummer: "5056", utdanning: "upper-secondary", barn1: "2015", barn2: "2019" };

type Session = { cookie: string; csrf: string };

for (const engine of testEngines) {
  describe(`a participant from a newcomer's saved plan, with their consent (${engine})`, () => {
    let t: TestApp;
    const sessions = new Map<string, Session>();
    const userIds = new Map<string, string>();
    const get = (who: string, url: string) => t.app.inject({ method: "GET", url, headers: { cookie: sessions.get(who)!.cookie } });
    const post = (who: string, url: string, fields: Record<string, string> = {}) =>
      t.app.inject({ method: "POST", url, payload: new URLSearchParams({ _csrf: sessions.get(who)!.csrf, ...fields }).toString(), headers: { cookie: sessions.get(who)!.cookie, "content-type": "application/x-www-form-urlencoded" } });
    const db = () => t.test.database.db;
    const requestsOf = (who: string) => db().selectFrom("case_plan_requests").selectAll().where("user_id", "=", userIds.get(who)!).orderBy("consented_at").execute();
    const requestLog = (requestId: string) => db().selectFrom("case_access_log").select(["action", "reason", "participant_id", "actor_name"]).where("plan_request_id", "=", requestId).orderBy("id").execute();
    const ask = (who: string) => post(who, "/nb/min-side/foresporsel", { samtykke: "ja" });
    const registration = (requestId: string, name: string) => ({ requestId, memberId: "", municipality: "5056", name, birthDate: "1990-05-17", identityNumber: "", residenceBasis: "refugee", settlementDate: "", arrivalDate: "2025-03-01", education: "upper-secondary", languages: "ar, en", interpreterLanguage: "", childrenBirthDates: "", livesWithParents: "no" });

    async function signIn(email: string) {
      const response = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password: demoPassword } });
      assert.equal(response.statusCode, 200, response.body);
      sessions.set(email, await t.formSession(cookiesOf(response)));
    }

    async function newcomerWithPlan(email: string, name: string) {
      const users = t.app.services.users;
      const id = await users.create({ email, name, passwordHash: await hashPassword(demoPassword) });
      await users.assignRole(id, { role: "newcomer", scope: { kind: "national", id: "" } }, null);
      await t.app.services.savedPlans.save(id, hitraPlan, []);
      userIds.set(email, id);
      await signIn(email);
    }

    const asker = `ber.om.sak.${engine}@example.test`;
    const other = `annen.${engine}@example.test`;

    before(async () => {
      t = await startTestApp(engine);
      await newcomerWithPlan(asker, "Rania Plan");
      await newcomerWithPlan(other, "Omar Annen");
      for (const email of [hitra, froyaAdmin]) await signIn(email);
    });
    after(() => t.close());

    test("Min side offers the request with what is shared and with whom; without the tick nothing is stored (400 at the field)", async () => {
      const page = await get(asker, "/nb/min-side");
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Dette blir delt med programrådgiverne i \u2068Hitra\u2069/);
      assert.match(page.body, /<dt>Fødselsår<\/dt><dd>1990<\/dd>/);
      assert.match(page.body, /<dt>Kom til Norge \(måned\)<\/dt><dd>mars 2025<\/dd>/);
      assert.match(page.body, /<dt>Fødselsår for barn som flytter med deg<\/dt><dd>2015, 2019<\/dd>/);
      const planPage = await get(asker, `/nb/min-plan/resultat?${new URLSearchParams(hitraPlan)}`);
      assert.match(planPage.body, /href="\/nb\/min-side#plan-request-heading">Be kommunen om oppfølging</, "the saved plan's page leads to it");
      const refused = await post(asker, "/nb/min-side/foresporsel", {});
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /id="field-samtykke-error"[^>]*>Kryss av for at du samtykker/);
      assert.deepEqual(await requestsOf(asker), []);
    });

    test("another municipality sees nothing and leaves no trace; the newcomer's own municipality lists and opens it, logged", async () => {
      assert.equal((await ask(asker)).statusCode, 303);
      const [request] = await requestsOf(asker);
      assert.ok(request);
      assert.equal(request.municipality_number, "5056");
      assert.deepEqual(request.answers, hitraPlan);
      assert.equal((await ask(asker)).statusCode, 409, "one open request per account");
      assert.match((await get(hitra, "/nb/ansatt")).body, /data-kind="planRequests" data-count="1"><a[^>]*>1 nykommer ber om oppfølging/, "counted on the coordinator's start page");
      assert.ok(!(await get(froyaAdmin, "/nb/ansatt")).body.includes('data-kind="planRequests"'), "not in another municipality's");

      const froyaList = await get(froyaAdmin, "/nb/ansatt/deltakere/foresporsler");
      assert.equal(froyaList.statusCode, 200);
      assert.ok(!froyaList.body.includes(request.id));
      assert.equal((await get(froyaAdmin, `/nb/ansatt/deltakere/foresporsler/${request.id}`)).statusCode, 404);
      assert.deepEqual(await requestLog(request.id), [], "another municipality leaves no trace");

      const list = await get(hitra, "/nb/ansatt/deltakere/foresporsler");
      assert.ok(list.body.includes(`/nb/ansatt/deltakere/foresporsler/${request.id}`));
      const opened = await get(hitra, `/nb/ansatt/deltakere/foresporsler/${request.id}`);
      assert.equal(opened.statusCode, 200);
      assert.match(opened.body, /name="requestId" value="[0-9a-f-]{36}"/);
      assert.match(opened.body, /name="arrivalDate"[^>]*value="01\.03\.2025"/, "the first of the plan's arrival month, as a Norwegian date");
      assert.match(opened.body, /Rania Plan/);
      const log = await requestLog(request.id);
      assert.deepEqual(log.map((row) => [row.action, row.reason, row.participant_id]), [["list", "plan-request", null], ["read", "plan-request", null]]);
    });

    test("another newcomer can neither see nor withdraw the request; the owner withdraws it, which deletes it", async () => {
      const [request] = await requestsOf(asker);
      assert.ok(!(await get(other, "/nb/min-side")).body.includes(request!.id));
      assert.equal((await post(other, `/nb/min-side/foresporsel/${request!.id}/trekk`)).statusCode, 404);
      assert.equal((await requestsOf(asker)).length, 1);
      const withdrawn = await post(asker, `/nb/min-side/foresporsel/${request!.id}/trekk`);
      assert.equal(withdrawn.statusCode, 303);
      assert.deepEqual(await requestsOf(asker), []);
      assert.deepEqual(await requestLog(request!.id), [], "the log of reading it goes with it");
      assert.match((await get(asker, withdrawn.headers.location as string)).body, /Samtykket er trukket tilbake, og forespørselen er slettet/);
    });

    test("a withdrawn or unknown request cannot be used: 409 at the field, and no participant is written", async () => {
      await ask(other);
      const [request] = await requestsOf(other);
      await post(other, `/nb/min-side/foresporsel/${request!.id}/trekk`);
      for (const requestId of [request!.id, "not-a-uuid"]) {
        const response = await post(hitra, "/nb/ansatt/deltakere/ny", registration(requestId, `Omar Trukket ${engine}`));
        assert.equal(response.statusCode, 409, requestId);
        assert.match(response.body, /Forespørselen er trukket tilbake eller allerede brukt/);
      }
      const written = await db().selectFrom("case_participants").select("id").where("name", "=", `Omar Trukket ${engine}`).execute();
      assert.deepEqual(written, []);
    });

    test("registering from the request links the record to the newcomer's account and marks the request used, in one go", async () => {
      await ask(asker);
      const [request] = await requestsOf(asker);
      await get(hitra, `/nb/ansatt/deltakere/foresporsler/${request!.id}`);
      const missing = await post(hitra, "/nb/ansatt/deltakere/ny", { ...registration(request!.id, `Rania Plan ${engine}`), birthDate: "" });
      assert.equal(missing.statusCode, 400);
      assert.match(missing.body, /id="field-birthDate-error"/);
      assert.equal((await requestsOf(asker))[0]!.used_at, null, "bad input leaves the request open");

      const saved = await post(hitra, "/nb/ansatt/deltakere/ny", registration(request!.id, `Rania Plan ${engine}`));
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 400));
      const participant = await db().selectFrom("case_participants").select(["id", "user_id", "source"]).where("name", "=", `Rania Plan ${engine}`).executeTakeFirstOrThrow();
      assert.equal(participant.user_id, userIds.get(asker));
      assert.equal(participant.source, "saved-plan");
      const used = (await requestsOf(asker))[0]!;
      assert.ok(used.used_at);
      assert.equal(used.participant_id, participant.id);
      const moved = await requestLog(request!.id);
      assert.ok(moved.length > 0 && moved.every((row) => row.participant_id === participant.id), "the reading moves to the participant's log");

      const own = await get(asker, "/nb/min-side/introduksjonsprogram");
      assert.equal(own.statusCode, 200);
      assert.match(own.body, /forespørsel fra nykommeren/, "the newcomer sees the reading of their request, in their words");
      assert.match((await get(asker, "/nb/min-side")).body, /registrerte deg/);
      assert.equal((await post(asker, `/nb/min-side/foresporsel/${request!.id}/trekk`)).statusCode, 404, "a used request can no longer be withdrawn");
      assert.equal((await post(hitra, "/nb/ansatt/deltakere/ny", registration(request!.id, `Rania To ${engine}`))).statusCode, 409, "nor used twice");

      const download = await get(asker, "/nb/min-side/mine-data.json");
      const data = download.json() as { planRequests: Array<{ id: string; usedAt: string | null; answers: Record<string, string> }> };
      assert.equal(data.planRequests[0]?.id, request!.id);
      assert.ok(data.planRequests[0]?.usedAt);
      assert.equal(data.planRequests[0]?.answers.fodselsar, "1990");
    });

    test("deleting the saved plan deletes the open request with it, so none is left that Min side no longer shows", async () => {
      const newcomer = `sletter.plan.${engine}@example.test`;
      await newcomerWithPlan(newcomer, "Sletter Plan");
      await ask(newcomer);
      assert.equal((await requestsOf(newcomer)).length, 1);
      assert.equal((await post(newcomer, "/nb/min-side/slett-plan")).statusCode, 303);
      assert.deepEqual(await requestsOf(newcomer), []);
    });

    test(`an unused request is deleted after ${unusedRequestDays} days; a younger one stays`, async () => {
      await ask(other);
      const [request] = await requestsOf(other);
      const consentedAt = request!.consented_at.getTime();
      const day = 86_400_000;
      await purgeUnusedPlanRequests(db(), new Date(consentedAt + (unusedRequestDays - 1) * day));
      assert.equal((await requestsOf(other)).length, 1);
      await purgeUnusedPlanRequests(db(), new Date(consentedAt + (unusedRequestDays + 1) * day));
      assert.deepEqual(await requestsOf(other), []);
      assert.equal((await requestsOf(asker)).length, 1, "a used request stays with its participant");
    });
  });
}

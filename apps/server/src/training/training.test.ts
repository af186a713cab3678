import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { addDays } from "../events/oslo-time.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { formRequests } from "../../test/form-requests.ts";

const hitra = "5056";

for (const engine of testEngines) {
  describe(`Norwegian training and social studies (${engine})`, () => {
    let t: TestApp;
    let coordinator = "";
    let froyaAdmin = "";
    const run = `${engine}-${Date.now().toString(36)}`;
    before(async () => {
      t = await startTestApp(engine);
      coordinator = await t.signIn("coordinator");
      froyaAdmin = await t.signIn("municipality-admin");
    });
    after(() => t.close());

    const post = (cookie: string, url: string, fields: Record<string, string>, ip?: string) => formRequests(t).post(cookie, url, fields, ip);
    const get = (cookie: string, url: string) => formRequests(t).get(cookie, url);

    async function register(name: string, basis: string, monthsAgo: number) {
      const today = t.app.services.clock.today();
      const response = await post(coordinator, "/nb/ansatt/opplaering", { kommune: hitra, navn: name, fodselsdato: "1990-05-01", grunnlag: basis, ankomst: addDays(today, -monthsAgo * 30), utdanning: "primary" });
      assert.equal(response.statusCode, 303, response.body.slice(0, 400));
      return String(response.headers.location).split("/").at(-1)!;
    }

    test("a labour migrant from outside the EEA has a duty and pays; social studies 75 hours with the deadline a year after arrival", async () => {
      const id = await register(`Arbeider ${run}`, "work-permit", 2);
      const page = await get(coordinator, `/nb/ansatt/opplaering/${id}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Ikke rett · plikt · betaler selv/);
      const arrival = (await t.test.database.db.selectFrom("training_learners").select("arrival_date").where("id", "=", id).executeTakeFirstOrThrow()).arrival_date;
      const deadline = new Intl.DateTimeFormat("nb-NO", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${Number(arrival.slice(0, 4)) + 1}${arrival.slice(4)}T00:00:00Z`));
      assert.ok(page.body.includes(`0 av 75 timer, fristen er ${deadline}.`), "75 hours within a year of arrival");
    });

    test("a refugee has right and duty, free; levels per skill, exemptions and hours are recorded and bad input changes nothing", async () => {
      const id = await register(`Flyktning ${run}`, "refugee", 3);
      const base = `/nb/ansatt/opplaering/${id}`;
      assert.match((await get(coordinator, base)).body, /Rett · plikt · gratis/);
      const today = t.app.services.clock.today();
      const bad = await post(coordinator, `${base}/resultat`, { ferdighet: "reading", niva: "D1", dato: addDays(today, 1) });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /id="field-niva-error"[^>]*>Velg et av alternativene/);
      assert.match(bad.body, /id="field-dato-error"[^>]*>Datoen kan ikke være etter i dag/);
      assert.equal((await t.test.database.db.selectFrom("training_results").select("id").where("learner_id", "=", id).execute()).length, 0);
      assert.equal((await post(coordinator, `${base}/resultat`, { ferdighet: "reading", niva: "A2", prove: "Norskprøven", dato: today })).statusCode, 303);
      assert.equal((await post(coordinator, `${base}/resultat`, { ferdighet: "speaking", niva: "B1", prove: "Norskprøven", dato: today })).statusCode, 303);
      assert.equal((await post(coordinator, `${base}/pamelding`, { pameldt: addDays(today, 1), sted: "Hitra voksenopplæring" })).statusCode, 400);
      assert.equal((await post(coordinator, `${base}/pamelding`, { pameldt: today, sted: "Hitra voksenopplæring" })).statusCode, 303);
      assert.equal((await post(coordinator, `${base}/timer`, { emne: "social-studies", periode: "week", timedato: today, antall: "40" })).statusCode, 303);
      assert.equal((await post(coordinator, `${base}/fritak`, { fag: "social-studies", begrunnelse: "Dokumentert kunnskap", vedtaksdato: today })).statusCode, 303);
      const page = (await get(coordinator, base)).body;
      assert.match(page, /Lesing[\s\S]*?A2/);
      assert.match(page, /Muntlig[\s\S]*?B1/);
      assert.match(page, /Lytting[\s\S]*?Ingen resultat/);
      assert.match(page, /40 av 75 timer/);
      assert.match(page, /Samfunnskunnskap, [^:]+: Dokumentert kunnskap/);
    });

    test("dates are typed the Norwegian way (dd.mm.åååå) and stored as ISO; what is no day is named at its field", async () => {
      const id = await register(`Datoer ${run}`, "refugee", 2);
      const base = `/nb/ansatt/opplaering/${id}`;
      const today = t.app.services.clock.today();
      const typed = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
      const page = (await get(coordinator, "/nb/ansatt/opplaering/ny")).body;
      assert.match(page, /name="fodselsdato"[^>]*autocomplete="bday"|autocomplete="bday"[^>]*name="fodselsdato"/i);
      assert.doesNotMatch(page, /type="date"/);
      const noDay = await post(coordinator, `${base}/resultat`, { ferdighet: "reading", niva: "A2", dato: `31.02.${today.slice(0, 4)}` });
      assert.equal(noDay.statusCode, 400);
      assert.match(noDay.body, /id="field-dato-error"[^>]*>Skriv en dato som 24\.12\.2026\./);
      assert.equal((await post(coordinator, `${base}/resultat`, { ferdighet: "reading", niva: "A2", dato: typed(today) })).statusCode, 303);
      const stored = await t.test.database.db.selectFrom("training_results").select("tested_on").where("learner_id", "=", id).execute();
      assert.deepEqual(stored, [{ tested_on: today }]);
    });

    test("hours per week or per session count against the 75 social-studies hours and their deadline; bad hours change nothing", async () => {
      const id = await register(`Timer ${run}`, "refugee", 2);
      const base = `/nb/ansatt/opplaering/${id}`;
      const today = t.app.services.clock.today();
      const rows = () => t.test.database.db.selectFrom("training_attendance").select(["subject", "period", "on_date", "minutes"]).where("learner_id", "=", id).orderBy("minutes").execute();
      const session = await post(coordinator, `${base}/timer`, { emne: "norwegian", periode: "session", timedato: today, antall: "25" });
      assert.equal(session.statusCode, 400);
      assert.match(session.body, /id="field-antall-error"[^>]*>En økt kan ikke være mer enn 24 timer/);
      const week = await post(coordinator, `${base}/timer`, { emne: "norwegian", periode: "week", timedato: today, antall: "168,25" });
      assert.match(week.body, /id="field-antall-error"[^>]*>En uke kan ikke ha mer enn 168 timer/);
      const odd = await post(coordinator, `${base}/timer`, { emne: "social-studies", periode: "session", timedato: addDays(today, 1), antall: "2,3" });
      assert.match(odd.body, /id="field-antall-error"[^>]*>Skriv timer i kvarter/);
      assert.match(odd.body, /id="field-timedato-error"[^>]*>Datoen kan ikke være etter i dag/);
      assert.deepEqual(await rows(), [], "nothing stored");

      const wednesday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 4) % 7) - 7);
      assert.equal((await post(coordinator, `${base}/timer`, { emne: "norwegian", periode: "session", timedato: today, antall: "2,5" })).statusCode, 303);
      assert.equal((await post(coordinator, `${base}/timer`, { emne: "social-studies", periode: "week", timedato: wednesday, antall: "12.5" })).statusCode, 303);
      assert.deepEqual(await rows(), [
        { subject: "norwegian", period: "session", on_date: today, minutes: 150 },
        { subject: "social-studies", period: "week", on_date: addDays(wednesday, -2), minutes: 750 },
      ], "a week is kept on its Monday");
      let page = (await get(coordinator, base)).body;
      assert.match(page, /12,5 av 75 timer, fristen er/);
      assert.match(page, /2,5 timer registrert/);
      assert.match(page, /Uke \d+ \(fra /);
      assert.equal((await post(coordinator, `${base}/timer`, { emne: "social-studies", periode: "week", timedato: today, antall: "62,5" })).statusCode, 303);
      page = (await get(coordinator, base)).body;
      assert.match(page, /Fullført: 75 av 75 timer\./);
    });

    test("social studies not done by the deadline a year after arrival are flagged", async () => {
      const id = await register(`Sen ${run}`, "refugee", 14);
      assert.equal((await post(coordinator, `/nb/ansatt/opplaering/${id}/timer`, { emne: "social-studies", periode: "session", timedato: t.app.services.clock.today(), antall: "3" })).statusCode, 303);
      assert.match((await get(coordinator, `/nb/ansatt/opplaering/${id}`)).body, /Fristen var [^:]+: 3 av 75 timer er gjennomført\./);
    });

    test("another municipality's administrator neither lists nor opens the learner; reads are in the audit log", async () => {
      const name = `Skjult ${run}`;
      const id = await register(name, "refugee", 1);
      assert.ok(!(await get(froyaAdmin, "/nb/ansatt/opplaering")).body.includes(name));
      assert.equal((await get(froyaAdmin, `/nb/ansatt/opplaering/${id}`)).statusCode, 404);
      assert.equal((await post(froyaAdmin, `/nb/ansatt/opplaering/${id}/fritak`, { fag: "norwegian", begrunnelse: "x", vedtaksdato: "2026-01-01" })).statusCode, 404);
      await get(coordinator, `/nb/ansatt/opplaering/${id}`);
      const reads = await t.test.database.db.selectFrom("audit_log").select("action").where("subject_id", "=", id).where("action", "=", "training.read").execute();
      assert.equal(reads.length, 1);
    });

    test("a learner linked to a participant of the cases module takes the person's facts from the record, and the read is in its access log", async () => {
      const created = await t.app.inject({
        method: "POST",
        url: "/api/v1/cases/participants",
        headers: { cookie: coordinator },
        payload: { municipality: hitra, name: `Deltaker ${run}`, birthDate: "1993-02-02", residenceBasis: "refugee", education: "higher", languages: ["ar"] },
      });
      assert.equal(created.statusCode, 201, created.body);
      const participantId = (created.json() as { id: string }).id;
      const response = await post(coordinator, "/nb/ansatt/opplaering", { deltaker: participantId, ankomst: addDays(t.app.services.clock.today(), -60) });
      assert.equal(response.statusCode, 303, response.body.slice(0, 400));
      const row = await t.test.database.db.selectFrom("training_learners").selectAll().where("participant_id", "=", participantId).executeTakeFirstOrThrow();
      assert.equal(row.name, `Deltaker ${run}`);
      assert.equal(row.education, "higher");
      const log = await t.test.database.db.selectFrom("case_access_log").select("action").where("participant_id", "=", participantId).where("action", "=", "read").execute();
      assert.ok(log.length >= 1);
    });
  });
}

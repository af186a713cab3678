import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { fixedClock } from "../platform/clock.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { formRequests } from "../../test/form-requests.ts";

const hitra = "5056";
/** The app's clock stands still here, so each history and audit row must carry exactly this instant. */
const now = new Date("2026-05-20T08:30:00Z");

for (const engine of testEngines) {
  describe(`correcting Norwegian-training records (${engine})`, () => {
    let t: TestApp;
    let coordinator = "";
    let froyaAdmin = "";
    const run = `${engine}-${Date.now().toString(36)}`;
    before(async () => {
      t = await startTestApp(engine, { clock: fixedClock(now) });
      coordinator = await t.signIn("coordinator");
      froyaAdmin = await t.signIn("municipality-admin");
    });
    after(() => t.close());

    const post = (cookie: string, url: string, fields: Record<string, string>) => formRequests(t).post(cookie, url, fields);
    const get = (cookie: string, url: string) => formRequests(t).get(cookie, url);
    const db = () => t.test.database.db;
    const corrections = (learnerId: string) => db().selectFrom("training_corrections").selectAll().where("learner_id", "=", learnerId).orderBy("corrected_at").execute();

    async function learner(name: string) {
      const response = await post(coordinator, "/nb/ansatt/opplaering", { kommune: hitra, navn: `${name} ${run}`, fodselsdato: "01.05.1990", grunnlag: "refugee", ankomst: "02.01.2026", utdanning: "primary" });
      assert.equal(response.statusCode, 303, response.body.slice(0, 300));
      return String(response.headers.location).split("/").at(-1)!;
    }

    test("a test result is changed with its reason: the level follows, the history says what it was and why, stamped with the app's clock", async () => {
      const id = await learner("Resultat");
      const base = `/nb/ansatt/opplaering/${id}`;
      assert.equal((await post(coordinator, `${base}/resultat`, { ferdighet: "reading", niva: "A2", prove: "Norskprøven", dato: "17.05.2026" })).statusCode, 303);
      const { id: resultId } = await db().selectFrom("training_results").select("id").where("learner_id", "=", id).executeTakeFirstOrThrow();
      const url = `${base}/resultat/${resultId}`;
      const page = await get(coordinator, base);
      assert.ok(page.body.includes(`href="${url}"`), "the learner's page links each result to its correction");

      const form = await get(coordinator, url);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /name="dato"[^>]*value="17.05.2026"|value="17.05.2026"[^>]*name="dato"/, "the form holds the result as it is, the date the Norwegian way");

      const bad = await post(coordinator, url, { ferdighet: "reading", niva: "D1", prove: "Norskprøven", dato: "21.05.2026", endringsgrunn: " " });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /id="field-niva-error"[^>]*>Velg et av alternativene/);
      assert.match(bad.body, /id="field-dato-error"[^>]*>Datoen kan ikke være etter i dag/);
      assert.match(bad.body, /id="field-endringsgrunn-error"[^>]*>Skriv hvorfor det rettes/);
      const beforeArrival = await post(coordinator, url, { ferdighet: "reading", niva: "B1", dato: "01.01.2026", endringsgrunn: "Feil dato" });
      assert.match(beforeArrival.body, /id="field-dato-error"[^>]*>Datoen kan ikke være før ankomst/);
      assert.deepEqual(await db().selectFrom("training_results").select(["level", "tested_on"]).where("id", "=", resultId).execute(), [{ level: "A2", tested_on: "2026-05-17" }], "a refused change changes nothing");
      assert.deepEqual(await corrections(id), []);

      const saved = await post(coordinator, url, { ferdighet: "reading", niva: "B1", prove: "Norskprøven", dato: "17.05.2026", endringsgrunn: "Skrevet av feil ark" });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, `${base}?lagret=rett`);
      assert.deepEqual(await db().selectFrom("training_results").select(["level", "tested_on"]).where("id", "=", resultId).execute(), [{ level: "B1", tested_on: "2026-05-17" }]);
      const [history] = await corrections(id);
      assert.deepEqual(
        { kind: history!.record_kind, record: history!.record_id, change: history!.change, before: history!.before, after: history!.after, reason: history!.reason, at: history!.corrected_at.toISOString() },
        {
          kind: "result",
          record: resultId,
          change: "changed",
          before: { skill: "reading", level: "A2", testName: "Norskprøven", testedOn: "2026-05-17" },
          after: { skill: "reading", level: "B1", testName: "Norskprøven", testedOn: "2026-05-17" },
          reason: "Skrevet av feil ark",
          at: now.toISOString(),
        },
      );
      const audit = await db().selectFrom("audit_log").select(["action", "at", "details"]).where("subject_id", "=", id).where("action", "=", "training.result-changed").execute();
      assert.equal(audit.length, 1);
      assert.equal(audit[0]!.at.toISOString(), now.toISOString(), "the audit row is stamped with the app's clock");
      assert.ok(!JSON.stringify(audit[0]!.details).includes("feil ark"), "the reason is in the history, not in the audit log");

      const after = (await get(coordinator, `${base}?lagret=rett`)).body;
      assert.match(after, /Endringen er lagret\./);
      assert.match(after, /Lesing[\s\S]*?B1/);
      assert.match(after, /Endringshistorikk[\s\S]*Endret fra Lesing: A2, Norskprøven, 17\. mai 2026 til Lesing: B1, Norskprøven, 17\. mai 2026[\s\S]*Skrevet av feil ark/);
    });

    test("hours are changed with the checks of new hours and removed after a confirm step; the 75 social-studies hours follow", async () => {
      const id = await learner("Timer");
      const base = `/nb/ansatt/opplaering/${id}`;
      assert.equal((await post(coordinator, `${base}/timer`, { emne: "social-studies", periode: "week", timedato: "13.05.2026", antall: "40" })).statusCode, 303);
      const { id: hoursId } = await db().selectFrom("training_attendance").select("id").where("learner_id", "=", id).executeTakeFirstOrThrow();
      const url = `${base}/timer/${hoursId}`;
      const stored = () => db().selectFrom("training_attendance").select(["subject", "period", "on_date", "minutes"]).where("learner_id", "=", id).execute();
      assert.match((await get(coordinator, base)).body, /40 av 75 timer/);

      const session = await post(coordinator, url, { emne: "social-studies", periode: "session", timedato: "13.05.2026", antall: "25", endringsgrunn: "Feil" });
      assert.equal(session.statusCode, 400);
      assert.match(session.body, /id="field-antall-error"[^>]*>En økt kan ikke være mer enn 24 timer/);
      const week = await post(coordinator, url, { emne: "social-studies", periode: "week", timedato: "13.05.2026", antall: "168,25", endringsgrunn: "Feil" });
      assert.match(week.body, /id="field-antall-error"[^>]*>En uke kan ikke ha mer enn 168 timer/);
      const odd = await post(coordinator, url, { emne: "social-studies", periode: "week", timedato: "32.05.2026", antall: "2,3", endringsgrunn: "Feil" });
      assert.match(odd.body, /id="field-antall-error"[^>]*>Skriv timer i kvarter/);
      assert.match(odd.body, /id="field-timedato-error"[^>]*>Skriv en dato som 24\.12\.2026/);
      assert.deepEqual(await stored(), [{ subject: "social-studies", period: "week", on_date: "2026-05-11", minutes: 2400 }], "refused changes change nothing");

      assert.equal((await post(coordinator, url, { emne: "social-studies", periode: "week", timedato: "14.05.2026", antall: "75", endringsgrunn: "Hele kurset var samme uke" })).statusCode, 303);
      assert.deepEqual(await stored(), [{ subject: "social-studies", period: "week", on_date: "2026-05-11", minutes: 4500 }]);
      assert.match((await get(coordinator, base)).body, /Fullført: 75 av 75 timer\./);

      const confirm = await get(coordinator, `${url}/fjern`);
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /Fjerne timene\?/);
      assert.match(confirm.body, /Samfunnskunnskap, Uke 20 \(fra 11\. mai 2026\): 75 timer/);
      assert.deepEqual(await stored(), [{ subject: "social-studies", period: "week", on_date: "2026-05-11", minutes: 4500 }], "opening the confirm step removes nothing");
      const noReason = await post(coordinator, `${url}/fjern`, { endringsgrunn: "" });
      assert.equal(noReason.statusCode, 400);
      assert.match(noReason.body, /id="field-endringsgrunn-error"[^>]*>Skriv hvorfor det rettes/);
      assert.equal((await stored()).length, 1);
      const removed = await post(coordinator, `${url}/fjern`, { endringsgrunn: "Registrert på feil deltaker" });
      assert.equal(removed.headers.location, `${base}?lagret=fjern`);
      assert.deepEqual(await stored(), []);
      const page = (await get(coordinator, `${base}?lagret=fjern`)).body;
      assert.match(page, /Fjernet\./);
      assert.match(page, /0 av 75 timer/);
      assert.match(page, /Fjernet: Samfunnskunnskap, Uke 20 \(fra 11\. mai 2026\): 75 timer[\s\S]*Registrert på feil deltaker/);
      assert.deepEqual((await corrections(id)).map((c) => [c.change, c.reason]), [["changed", "Hele kurset var samme uke"], ["removed", "Registrert på feil deltaker"]]);
      assert.equal((await get(coordinator, url)).statusCode, 404, "a removed record is gone");
      const actions = await db().selectFrom("audit_log").select("action").where("subject_id", "=", id).where("action", "like", "training.hours-%").orderBy("id").execute();
      assert.deepEqual(actions.map((a) => a.action), ["training.hours-added", "training.hours-changed", "training.hours-removed"]);
    });

    test("an exemption is changed (the decision date not after today) and removed with its reason", async () => {
      const id = await learner("Fritak");
      const base = `/nb/ansatt/opplaering/${id}`;
      assert.equal((await post(coordinator, `${base}/fritak`, { fag: "social-studies", begrunnelse: "Dokumentert kunnskap", vedtaksdato: "15.05.2026" })).statusCode, 303);
      const { id: exemptionId } = await db().selectFrom("training_exemptions").select("id").where("learner_id", "=", id).executeTakeFirstOrThrow();
      const url = `${base}/fritak/${exemptionId}`;
      const future = await post(coordinator, url, { fag: "norwegian", begrunnelse: "", vedtaksdato: "21.05.2026", endringsgrunn: "Feil fag" });
      assert.equal(future.statusCode, 400);
      assert.match(future.body, /id="field-vedtaksdato-error"[^>]*>Datoen kan ikke være etter i dag/);
      assert.match(future.body, /id="field-begrunnelse-error"[^>]*>Fyll ut dette feltet/);
      assert.deepEqual(await db().selectFrom("training_exemptions").select(["subject", "reason", "decided_on"]).where("id", "=", exemptionId).execute(), [{ subject: "social-studies", reason: "Dokumentert kunnskap", decided_on: "2026-05-15" }]);
      assert.equal((await post(coordinator, url, { fag: "norwegian", begrunnelse: "Dokumentert kunnskap", vedtaksdato: "2026-05-14", endringsgrunn: "Vedtaket gjaldt norsk" })).statusCode, 303);
      assert.deepEqual(await db().selectFrom("training_exemptions").select(["subject", "reason", "decided_on"]).where("id", "=", exemptionId).execute(), [{ subject: "norwegian", reason: "Dokumentert kunnskap", decided_on: "2026-05-14" }]);
      assert.equal((await post(coordinator, `${url}/fjern`, { endringsgrunn: "Vedtaket ble omgjort" })).statusCode, 303);
      assert.equal((await db().selectFrom("training_exemptions").select("id").where("learner_id", "=", id).execute()).length, 0);
      assert.match((await get(coordinator, base)).body, /Ingen fritak\.[\s\S]*Fjernet: Norsk, 14\. mai 2026: Dokumentert kunnskap[\s\S]*Vedtaket ble omgjort/);
    });

    test("another municipality's administrator gets 404 on every correction and nothing changes; a record of another learner is not found", async () => {
      const id = await learner("Skjult");
      const other = await learner("Annen");
      const base = `/nb/ansatt/opplaering/${id}`;
      assert.equal((await post(coordinator, `${base}/resultat`, { ferdighet: "speaking", niva: "B1", dato: "17.05.2026" })).statusCode, 303);
      const { id: resultId } = await db().selectFrom("training_results").select("id").where("learner_id", "=", id).executeTakeFirstOrThrow();
      const url = `${base}/resultat/${resultId}`;
      const change = { ferdighet: "speaking", niva: "C2", dato: "17.05.2026", endringsgrunn: "Kapret" };
      assert.equal((await get(froyaAdmin, url)).statusCode, 404);
      assert.equal((await get(froyaAdmin, `${url}/fjern`)).statusCode, 404);
      assert.equal((await post(froyaAdmin, url, change)).statusCode, 404);
      assert.equal((await post(froyaAdmin, url, { endringsgrunn: "" })).statusCode, 404, "404 before the form is read");
      assert.equal((await post(froyaAdmin, `${url}/fjern`, { endringsgrunn: "Kapret" })).statusCode, 404);
      assert.equal((await post(coordinator, `/nb/ansatt/opplaering/${other}/resultat/${resultId}`, change)).statusCode, 404, "the record must be the learner's own");
      assert.equal((await post(coordinator, `${base}/timer/${resultId}/fjern`, { endringsgrunn: "Feil tabell" })).statusCode, 404, "a result is not hours");
      assert.equal((await get(coordinator, `${base}/resultat/not-a-uuid`)).statusCode, 404);
      assert.deepEqual(await db().selectFrom("training_results").select("level").where("id", "=", resultId).execute(), [{ level: "B1" }]);
      assert.deepEqual(await corrections(id), []);
      assert.deepEqual(await corrections(other), []);
    });
  });
}

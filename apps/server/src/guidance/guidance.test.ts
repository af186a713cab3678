import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { formRequests } from "../../test/form-requests.ts";
import { enquiriesPerAddress } from "./guidance-pages.tsx";
import { receiveEnquiry } from "./guidance-repository.ts";

const hitra = "5056";

for (const engine of testEngines) {
  describe(`one-to-one guidance (${engine})`, () => {
    let t: TestApp;
    let coordinator = "";
    let froyaAdmin = "";
    // Each run makes its own names, so it asserts only on rows it made.
    const run = `${engine}-${Date.now().toString(36)}`;
    before(async () => {
      t = await startTestApp(engine);
      coordinator = await t.signIn("coordinator");
      froyaAdmin = await t.signIn("municipality-admin");
    });
    after(() => t.close());

    const post = (cookie: string, url: string, fields: Record<string, string>, ip?: string) => formRequests(t).post(cookie, url, fields, ip);
    const get = (cookie: string, url: string) => formRequests(t).get(cookie, url);

    async function caseIdOf(name: string): Promise<string> {
      return (await t.test.database.db.selectFrom("guidance_cases").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
    }

    const enquiry = (name: string) => ({
      navn: name,
      kontakt: "+47 912 34 567",
      sprak: "pl",
      sporsmal: `Skatt og skattekort ${name}`,
      grunnlag: "eea-worker",
      fodselsar: "1990",
      ankomst: "2026-10",
      statsborgerskap: "PL",
      samtykke: "ja",
    });

    test("an enquiry from the public form waits in the coordinator's queue with the language needed; its text is not in the logs", async () => {
      const name = `Marek ${run}`;
      const response = await post("", `/pl/kommune/${hitra}/veiledning`, enquiry(name));
      assert.equal(response.statusCode, 303, response.body);
      assert.equal(response.headers.location, `/pl/kommune/${hitra}/veiledning/takk`);
      const row = await t.test.database.db.selectFrom("guidance_cases").selectAll().where("name", "=", name).executeTakeFirstOrThrow();
      assert.equal(row.source, "public-form");
      assert.equal(row.language, "pl");
      assert.equal(row.status, "new");
      const queue = await get(coordinator, "/nb/ansatt/veiledning");
      assert.equal(queue.statusCode, 200);
      assert.match(queue.body, new RegExp(`${name}[\\s\\S]*?polsk`));
      const logged = JSON.stringify(t.logs);
      assert.ok(!logged.includes("skattekort"), "the question is not in the server log");
      const audit = await t.test.database.db.selectFrom("audit_log").select("details").where("subject_id", "=", row.id).execute();
      assert.ok(!JSON.stringify(audit).includes("skattekort"), "the question is not in the audit log");
    });

    test("the public form refuses missing contact and consent at their fields and stores nothing", async () => {
      const name = `Uten samtykke ${run}`;
      const response = await post("", `/nb/kommune/${hitra}/veiledning`, { ...enquiry(name), kontakt: "", samtykke: "", fodselsar: "19x" });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /id="field-kontakt-error"[^>]*>Fyll ut dette feltet/);
      assert.match(response.body, /id="field-samtykke-error"[^>]*>Du må samtykke/);
      assert.match(response.body, /id="field-fodselsar-error"[^>]*>Skriv et år med fire sifre/);
      assert.equal((await t.test.database.db.selectFrom("guidance_cases").select("id").where("name", "=", name).execute()).length, 0);
    });

    test(`one address may send ${enquiriesPerAddress} enquiries an hour`, async () => {
      const ip = engine === "pglite" ? "10.9.1.1" : "10.9.1.2";
      for (let i = 0; i < enquiriesPerAddress; i++) assert.equal((await post("", `/nb/kommune/${hitra}/veiledning`, enquiry(`Mange ${run} ${i}`), ip)).statusCode, 303);
      assert.equal((await post("", `/nb/kommune/${hitra}/veiledning`, enquiry(`Mange ${run} over`), ip)).statusCode, 429);
    });

    test("a coordinator of another municipality neither sees nor opens the case; reads are in the audit log", async () => {
      const name = `Ana ${run}`;
      await post("", `/nb/kommune/${hitra}/veiledning`, enquiry(name));
      const id = await caseIdOf(name);
      assert.ok(!(await get(froyaAdmin, "/nb/ansatt/veiledning")).body.includes(name), "not in another municipality's queue");
      assert.equal((await get(froyaAdmin, `/nb/ansatt/veiledning/${id}`)).statusCode, 404);
      assert.equal((await post(froyaAdmin, `/nb/ansatt/veiledning/${id}/notat`, { notat: "x" })).statusCode, 404);
      assert.ok((await get(coordinator, "/nb/ansatt/veiledning")).body.includes(name));
      assert.equal((await get(coordinator, `/nb/ansatt/veiledning/${id}`)).statusCode, 200);
      const reads = await t.test.database.db.selectFrom("audit_log").select(["action", "actor_user_id"]).where("subject_id", "=", id).where("action", "in", ["guidance.read", "guidance.listed"]).execute();
      assert.equal(reads.filter((r) => r.action === "guidance.read" && r.actor_user_id !== null).length, 1, "one read of the case, by the coordinator");
      assert.equal(reads.filter((r) => r.action === "guidance.listed").length, 1, "one listing in the coordinator's queue");
    });

    test("a case from enquiry to closed: taken, arrival plan, note, meeting as iCal, referral, outcome", async () => {
      const name = `Tomasz ${run}`;
      await post("", `/pl/kommune/${hitra}/veiledning`, enquiry(name));
      const id = await caseIdOf(name);
      const base = `/nb/ansatt/veiledning/${id}`;
      assert.equal((await post(coordinator, `${base}/ta`, {})).statusCode, 303);
      const page = await get(coordinator, base);
      assert.match(page.body, /Ankomstplan/);
      assert.match(page.body, /<ol[\s\S]*?<li/, "the arrival plan's steps are listed");
      assert.match(page.body, /Amina Hassan/, "the coordinator who took it");

      assert.equal((await post(coordinator, `${base}/notat`, { notat: "Trenger skattekort" })).statusCode, 303);
      const badMeeting = await post(coordinator, `${base}/mote`, { dato: "2027-01-12", fra: "10:00", til: "09:00" });
      assert.equal(badMeeting.statusCode, 400);
      assert.match(badMeeting.body, /id="field-til-error"[^>]*>Slutten må være etter starten/);
      assert.equal((await post(coordinator, `${base}/mote`, { dato: "2027-01-12", fra: "10:00", til: "11:00", sted: "Rådhuset" })).statusCode, 303);
      const ics = await get(coordinator, `${base}/mote.ics`);
      assert.equal(ics.statusCode, 200);
      assert.match(ics.headers["content-type"] as string, /text\/calendar/);
      assert.match(ics.body, /DTSTART;TZID=Europe\/Oslo:20270112T100000/);
      assert.match(ics.body, /LOCATION:Rådhuset/);

      const service = await t.test.database.db.selectFrom("directory_services").select(["id", "name"]).where("municipality_number", "=", hitra).executeTakeFirstOrThrow();
      assert.equal((await post(coordinator, `${base}/henvisning`, { tjeneste: "not-a-service" })).statusCode, 400);
      assert.equal((await post(coordinator, `${base}/henvisning`, { tjeneste: service.id, henvisningsmerknad: "Skattekort" })).statusCode, 303);

      assert.equal((await post(coordinator, `${base}/avslutt`, { resultat: "" })).statusCode, 400);
      assert.equal((await post(coordinator, `${base}/avslutt`, { resultat: "referred", merknad: "Henvist til Skatteetaten" })).statusCode, 303);
      const closed = await t.test.database.db.selectFrom("guidance_cases").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      assert.equal(closed.status, "closed");
      assert.equal(closed.outcome, "referred");
      const closedPage = await get(coordinator, base);
      assert.match(closedPage.body, /Henvist videre/);
      assert.ok(closedPage.body.includes(service.name));
      assert.equal((await post(coordinator, `${base}/notat`, { notat: "for sent" })).statusCode, 409, "a closed case does not change");
    });

    test("the next meeting is typed as dd.mm.åååå and hh.mm in text fields; what is not a day or a time is named at its field", async () => {
      const name = `Dato ${run}`;
      await post("", `/pl/kommune/${hitra}/veiledning`, enquiry(name));
      const base = `/nb/ansatt/veiledning/${await caseIdOf(name)}`;
      assert.equal((await post(coordinator, `${base}/ta`, {})).statusCode, 303);
      const page = await get(coordinator, base);
      assert.ok(!/type="(date|time)"/.test(page.body), "no native date or time pickers");
      assert.match(page.body, /<input[^>]*name="dato"[^>]*type="text"|<input[^>]*type="text"[^>]*name="dato"/);
      const bad = await post(coordinator, `${base}/mote`, { dato: "31.02.2027", fra: "25.00", til: "11.00" });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /id="field-dato-error"[^>]*>Skriv en dato som 24\.12\.2026/);
      assert.match(bad.body, /id="field-fra-error"[^>]*>Skriv et klokkeslett/);
      assert.equal((await post(coordinator, `${base}/mote`, { dato: "12.01.2027", fra: "9.30", til: "1100", sted: "" })).statusCode, 303);
      const ics = await get(coordinator, `${base}/mote.ics`);
      assert.match(ics.body, /DTSTART;TZID=Europe\/Oslo:20270112T093000/);
      assert.match(ics.body, /DTEND;TZID=Europe\/Oslo:20270112T110000/);
    });

    test("the case's GDPR export (art. 15/20): everything about the person as JSON, logged; another municipality gets 404 and leaves no trace", async () => {
      const name = `Innsyn ${run}`;
      await post("", `/pl/kommune/${hitra}/veiledning`, enquiry(name));
      const id = await caseIdOf(name);
      const base = `/nb/ansatt/veiledning/${id}`;
      assert.equal((await post(coordinator, `${base}/ta`, {})).statusCode, 303);
      assert.equal((await post(coordinator, `${base}/notat`, { notat: `Notat ${run}` })).statusCode, 303);
      const page = await get(coordinator, base);
      assert.match(page.body, new RegExp(`action="${base}/innsyn"`));

      const auditRows = () => t.test.database.db.selectFrom("audit_log").select("action").where("subject_id", "=", id).execute();
      const before = (await auditRows()).length;
      assert.equal((await post(froyaAdmin, `${base}/innsyn`, {})).statusCode, 404);
      assert.equal((await auditRows()).length, before, "nothing logged for Frøya");

      const exported = await post(coordinator, `${base}/innsyn`, {});
      assert.equal(exported.statusCode, 200);
      assert.match(String(exported.headers["content-type"]), /application\/json/);
      assert.match(String(exported.headers["content-disposition"]), new RegExp(`attachment; filename="veiledning-${id}\\.json"`));
      assert.equal(exported.headers["cache-control"], "private, no-store");
      const data = exported.json();
      assert.equal(data.guidanceCase.name, name);
      assert.equal(data.guidanceCase.question, `Skatt og skattekort ${name}`);
      assert.equal(data.guidanceCase.plan_answers.fodselsar, "1990");
      assert.equal(data.guidanceCase.coordinator_name, "Amina Hassan");
      assert.ok(!("coordinator_id" in data.guidanceCase) && !("created_by" in data.guidanceCase), "no platform keys");
      assert.deepEqual(data.notes.map((n: { text: string }) => n.text), [`Notat ${run}`]);
      assert.deepEqual(data.referrals, []);
      assert.deepEqual(data.interpreterBookings, []);
      assert.ok(data.log.some((entry: { action: string }) => entry.action === "guidance.exported"), "the export is in its own file");
      assert.equal((await auditRows()).filter((row) => row.action === "guidance.exported").length, 1);
    });

    test("a walk-in is registered and opened at once; another module puts an enquiry in the same queue with its source", async () => {
      const name = `Oppmøte ${run}`;
      const refused = await post(coordinator, "/nb/ansatt/veiledning", { kommune: "5014", navn: name, sprak: "lt", sporsmal: "Bolig" });
      assert.equal(refused.statusCode, 400, "not a municipality the coordinator works for");
      const response = await post(coordinator, "/nb/ansatt/veiledning", { kommune: hitra, navn: name, sprak: "lt", sporsmal: "Bolig" });
      assert.equal(response.statusCode, 303);
      const row = await t.test.database.db.selectFrom("guidance_cases").selectAll().where("name", "=", name).executeTakeFirstOrThrow();
      assert.equal(row.source, "walk-in");
      assert.equal(row.status, "open");

      const notice = `Varslet arbeider ${run}`;
      await receiveEnquiry(t.test.database.db, t.app.services.clock, { municipality: hitra, source: "employer-notice", name: notice, contact: "", language: "ro", question: "Ny arbeider fra 1. februar" });
      const queue = await get(coordinator, "/nb/ansatt/veiledning");
      assert.match(queue.body, new RegExp(`${notice}[\\s\\S]*?rumensk[\\s\\S]*?Melding fra arbeidsgiver`));
    });
  });
}

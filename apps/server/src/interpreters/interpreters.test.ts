import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { fixedClock } from "../platform/clock.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { formRequests } from "../../test/form-requests.ts";
import { receiveEnquiry } from "../guidance/guidance-repository.ts";

const hitra = "5056";

/** One app on a chosen day: the exemption from the qualified-interpreter duty depends on the date. */
function interpreterSuite(engine: (typeof testEngines)[number], day: string) {
  let t: TestApp;
  let coordinator = "";
  const run = `${engine}-${day}-${Date.now().toString(36)}`;
  const setUp = async () => {
    t = await startTestApp(engine, { clock: fixedClock(new Date(`${day}T09:00:00Z`)) });
    coordinator = await t.signIn("coordinator");
  };
  const post = (url: string, fields: Record<string, string | string[]>) => formRequests(t).post(coordinator, url, fields);
  const get = (url: string) => formRequests(t).get(coordinator, url);
  async function addInterpreter(name: string, qualification: string, birthDate = "1985-04-30") {
    const response = await post("/nb/ansatt/tolker", { navn: name, fodselsdato: birthDate, sprak: ["pl", "uk"], kategori: qualification, omrade: `municipality:${hitra}` });
    assert.equal(response.statusCode, 303, response.body.slice(0, 500));
    return (await t.test.database.db.selectFrom("interpreters").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
  }
  async function newCase(name: string) {
    return receiveEnquiry(t.test.database.db, t.app.services.clock, { municipality: hitra, source: "walk-in", name, contact: "", language: "pl", question: "Skatt" });
  }
  const signIn = (role: Parameters<TestApp["signIn"]>[0]) => t.signIn(role);
  const postAs = (cookie: string, url: string, fields: Record<string, string | string[]>) => formRequests(t).post(cookie, url, fields);
  const getAs = (cookie: string, url: string) => formRequests(t).get(cookie, url);
  return { setUp, close: () => t.close(), post, get, postAs, getAs, signIn, addInterpreter, newCase, run, db: () => t.test.database.db, now: () => t.app.services.clock.now() };
}

for (const engine of testEngines) {
  describe(`interpreters in December 2026, while the exemption applies (${engine})`, () => {
    const s = interpreterSuite(engine, "2026-12-06");
    before(s.setUp);
    after(s.close);

    test("an interpreter aged 16 is refused at the birth-date field and nothing is stored (tolkeloven § 4)", async () => {
      const name = `Ung tolk ${s.run}`;
      const response = await s.post("/nb/ansatt/tolker", { navn: name, fodselsdato: "01.06.2010", sprak: ["pl"], kategori: "category-3", omrade: `municipality:${hitra}` });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /id="field-fodselsdato-error"[^>]*>Tolken er under 18 år\. Barn kan ikke brukes som tolk \(tolkeloven § 4\)\./);
      assert.match(response.body, /name="fodselsdato"[^>]*autocomplete="bday"|autocomplete="bday"[^>]*name="fodselsdato"/i);
      const noDay = await s.post("/nb/ansatt/tolker", { navn: name, fodselsdato: "31.02.1985", sprak: ["pl"], kategori: "category-3", omrade: `municipality:${hitra}` });
      assert.equal(noDay.statusCode, 400);
      assert.match(noDay.body, /id="field-fodselsdato-error"[^>]*>Skriv en dato som 30\.04\.1985\./);
      assert.equal((await s.db().selectFrom("interpreters").select("id").where("name", "=", name).execute()).length, 0);
    });

    test("a qualified interpreter is listed (the listing is in the audit log) and booked for a guidance meeting", async () => {
      const name = `Kvalifisert ${s.run}`;
      const id = await s.addInterpreter(name, "category-1");
      const list = await s.get("/nb/ansatt/tolker");
      assert.ok(list.body.includes(name));
      assert.ok(list.body.includes("Kategori 1"));
      const listed = await s.db().selectFrom("audit_log").select("action").where("subject_id", "=", id).where("action", "=", "interpreter.listed").execute();
      assert.equal(listed.length, 1);

      const caseId = await s.newCase(`Sak ${s.run}`);
      const form = await s.get(`/nb/ansatt/tolker/bestill?sak=${caseId}`);
      assert.equal(form.statusCode, 200);
      const wrongLanguage = await s.post("/nb/ansatt/tolker/bestill", { sak: caseId, tolk: id, sprak: "ar", dato: "2026-12-14", fra: "10:00", til: "11:00" });
      assert.equal(wrongLanguage.statusCode, 400);
      assert.match(wrongLanguage.body, /id="field-sprak-error"[^>]*>Tolken tolker ikke dette språket/);
      const booked = await s.post("/nb/ansatt/tolker/bestill", { sak: caseId, tolk: id, sprak: "pl", dato: "2026-12-14", fra: "10:00", til: "11:00" });
      assert.equal(booked.statusCode, 303);
      const casePage = await s.get(`/nb/ansatt/veiledning/${caseId}`);
      assert.ok(casePage.body.includes(name), "the booking is on the case");
      const row = await s.db().selectFrom("interpreter_bookings").selectAll().where("guidance_case_id", "=", caseId).executeTakeFirstOrThrow();
      assert.equal(row.exemption_reason, null);
    });

    test("an interpreter outside the register may be booked until 31 December 2026 only with a recorded reason", async () => {
      const id = await s.addInterpreter(`Uregistrert ${s.run}`, "not-registered");
      const caseId = await s.newCase(`Unntakssak ${s.run}`);
      const form = await s.get(`/nb/ansatt/tolker/bestill?sak=${caseId}`);
      assert.match(form.body, /name="unntak"/, "the exemption is offered");
      assert.match(form.body, /til og med 31\. desember 2026/);
      const noReason = await s.post("/nb/ansatt/tolker/bestill", { sak: caseId, tolk: id, sprak: "uk", dato: "2026-12-15", fra: "09:00", til: "10:00" });
      assert.equal(noReason.statusCode, 400);
      assert.match(noReason.body, /id="field-unntak-error"[^>]*>Skriv hvorfor/);
      const afterEnd = await s.post("/nb/ansatt/tolker/bestill", { sak: caseId, tolk: id, sprak: "uk", dato: "2027-01-04", fra: "09:00", til: "10:00", unntak: "Ingen kvalifisert tolk på ukrainsk ledig" });
      assert.equal(afterEnd.statusCode, 400, "a meeting in 2027 is past the exemption");
      assert.match(afterEnd.body, /id="field-tolk-error"[^>]*>Tolken er ikke kvalifisert/);
      const withReason = await s.post("/nb/ansatt/tolker/bestill", { sak: caseId, tolk: id, sprak: "uk", dato: "2026-12-15", fra: "09:00", til: "10:00", unntak: "Ingen kvalifisert tolk på ukrainsk ledig" });
      assert.equal(withReason.statusCode, 303);
      const row = await s.db().selectFrom("interpreter_bookings").selectAll().where("guidance_case_id", "=", caseId).executeTakeFirstOrThrow();
      assert.equal(row.exemption_reason, "Ingen kvalifisert tolk på ukrainsk ledig");
    });

    test("an interpreter who is 17 on the meeting day is refused at the interpreter field", async () => {
      // Added as an adult is not possible at 17; the row is written directly to test the booking check.
      const [row] = await s
        .db()
        .insertInto("interpreters")
        .values({ municipality_number: hitra, name: `Sytten ${s.run}`, birth_date: "2009-12-20", languages: JSON.stringify(["pl"]), qualification: "category-5", created_by: null, created_at: s.now() })
        .returning("id")
        .execute();
      const caseId = await s.newCase(`Barnesak ${s.run}`);
      const response = await s.post("/nb/ansatt/tolker/bestill", { sak: caseId, tolk: row!.id, sprak: "pl", dato: "2026-12-14", fra: "09:00", til: "10:00" });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /id="field-tolk-error"[^>]*>Tolken er under 18 år/);
    });

    test("an interpreter's languages, category, contact and status change with the checks of a new one; a child is refused and nothing changes", async () => {
      const name = `Endres ${s.run}`;
      const id = await s.addInterpreter(name, "category-3");
      const form = await s.get(`/nb/ansatt/tolker/${id}`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, new RegExp(`value="${name}"`));
      const fields = { navn: name, fodselsdato: "1985-04-30", sprak: ["pl", "uk", "ar"], kategori: "category-2", omrade: `municipality:${hitra}`, telefon: "+47 400 00 000", epost: "tolk@example.no", aktiv: "ja" };
      const child = await s.post(`/nb/ansatt/tolker/${id}`, { ...fields, fodselsdato: "2010-06-01" });
      assert.equal(child.statusCode, 400);
      assert.match(child.body, /id="field-fodselsdato-error"[^>]*>Tolken er under 18 år/);
      const unchanged = await s.db().selectFrom("interpreters").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      assert.deepEqual([unchanged.birth_date, unchanged.qualification, unchanged.languages], ["1985-04-30", "category-3", ["pl", "uk"]]);
      assert.equal((await s.post(`/nb/ansatt/tolker/${id}`, fields)).statusCode, 303);
      const changed = await s.db().selectFrom("interpreters").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      assert.deepEqual([changed.qualification, changed.languages, changed.phone, changed.email, changed.active], ["category-2", ["pl", "uk", "ar"], "+47 400 00 000", "tolk@example.no", true]);
      const { aktiv: _active, ...inactive } = fields;
      assert.equal((await s.post(`/nb/ansatt/tolker/${id}`, inactive)).statusCode, 303);
      const list = await s.get("/nb/ansatt/tolker");
      assert.match(list.body, new RegExp(`${name}[\\s\\S]*?Inaktiv`));
      const caseId = await s.newCase(`Inaktiv ${s.run}`);
      assert.ok(!(await s.get(`/nb/ansatt/tolker/bestill?sak=${caseId}`)).body.includes(name), "an inactive interpreter is not offered for booking");
      const refused = await s.post("/nb/ansatt/tolker/bestill", { sak: caseId, tolk: id, sprak: "pl", dato: "2026-12-14", fra: "10:00", til: "11:00" });
      assert.equal(refused.statusCode, 400);
    });

    test("another municipality's administrator can neither open nor change the interpreter", async () => {
      const id = await s.addInterpreter(`Hitras tolk ${s.run}`, "category-1");
      const froya = await s.signIn("municipality-admin");
      assert.equal((await s.getAs(froya, `/nb/ansatt/tolker/${id}`)).statusCode, 404);
      assert.equal((await s.postAs(froya, `/nb/ansatt/tolker/${id}`, { navn: "Kapret", fodselsdato: "1985-04-30", sprak: ["pl"], kategori: "category-1", omrade: "municipality:5014", aktiv: "ja" })).statusCode, 404);
      assert.equal((await s.db().selectFrom("interpreters").select("name").where("id", "=", id).executeTakeFirstOrThrow()).name, `Hitras tolk ${s.run}`);
    });

    test("a booking moves to a new time checked as a new booking, is cancelled with a reason, and then no longer changes", async () => {
      const name = `Flyttes ${s.run}`;
      const id = await s.addInterpreter(name, "not-registered");
      const caseId = await s.newCase(`Flyttesak ${s.run}`);
      assert.equal((await s.post("/nb/ansatt/tolker/bestill", { sak: caseId, tolk: id, sprak: "pl", dato: "2026-12-15", fra: "09:00", til: "10:00", unntak: "Ingen kvalifisert ledig" })).statusCode, 303);
      const booking = await s.db().selectFrom("interpreter_bookings").selectAll().where("guidance_case_id", "=", caseId).executeTakeFirstOrThrow();
      const url = `/nb/ansatt/tolker/bestillinger/${booking.id}`;
      const form = await s.get(url);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /value="15.12.2026"/, "the date shows the Norwegian way");

      const pastExemption = await s.post(url, { dato: "2027-01-04", fra: "09:00", til: "10:00", unntak: "Ingen kvalifisert ledig" });
      assert.equal(pastExemption.statusCode, 400, "the exemption does not reach 2027");
      assert.match(pastExemption.body, /id="field-dato-error"[^>]*>Tolken er ikke kvalifisert/);
      const endBeforeStart = await s.post(url, { dato: "2026-12-16", fra: "11:00", til: "10:00", unntak: "Ingen kvalifisert ledig" });
      assert.match(endBeforeStart.body, /id="field-til-error"[^>]*>Slutten må være etter starten/);
      const same = await s.db().selectFrom("interpreter_bookings").select(["starts_at", "ends_at"]).where("id", "=", booking.id).executeTakeFirstOrThrow();
      assert.deepEqual(same, { starts_at: booking.starts_at, ends_at: booking.ends_at }, "a refused change changes nothing");

      const notATime = await s.post(url, { dato: "16.12.2026", fra: "25.00", til: "13.30", unntak: "Ingen kvalifisert ledig" });
      assert.match(notATime.body, /id="field-fra-error"[^>]*>Skriv et klokkeslett som 09:30\./);
      assert.equal((await s.post(url, { dato: "16.12.2026", fra: "12.00", til: "1330", unntak: "Ingen kvalifisert ledig" })).statusCode, 303, "typed the Norwegian way");
      const moved = await s.db().selectFrom("interpreter_bookings").select(["starts_at", "ends_at"]).where("id", "=", booking.id).executeTakeFirstOrThrow();
      assert.deepEqual([moved.starts_at.toISOString(), moved.ends_at.toISOString()], ["2026-12-16T11:00:00.000Z", "2026-12-16T12:30:00.000Z"]);

      const inactive = await s.post(`/nb/ansatt/tolker/${id}`, { navn: name, fodselsdato: "1985-04-30", sprak: ["pl", "uk"], kategori: "not-registered", omrade: `municipality:${hitra}` });
      assert.equal(inactive.statusCode, 400, "an interpreter with a coming booking is not set inactive");
      assert.match(inactive.body, /id="field-aktiv-error"[^>]*>Tolken er bestilt/);
      const dropped = await s.post(`/nb/ansatt/tolker/${id}`, { navn: name, fodselsdato: "1985-04-30", sprak: ["uk"], kategori: "not-registered", omrade: `municipality:${hitra}`, aktiv: "ja" });
      assert.match(dropped.body, /id="field-sprak-error"[^>]*>Tolken er bestilt på polsk/);

      const noReason = await s.post(`${url}/avlys`, { begrunnelse: " " });
      assert.equal(noReason.statusCode, 400);
      assert.match(noReason.body, /id="field-begrunnelse-error"[^>]*>Skriv hvorfor bestillingen avlyses/);
      assert.equal((await s.post(`${url}/avlys`, { begrunnelse: "Møtet er flyttet til januar" })).statusCode, 303);
      const cancelled = await s.db().selectFrom("interpreter_bookings").select(["cancelled_at", "cancel_reason"]).where("id", "=", booking.id).executeTakeFirstOrThrow();
      assert.equal(cancelled.cancel_reason, "Møtet er flyttet til januar");
      assert.ok(cancelled.cancelled_at);
      assert.ok(!(await s.get(`/nb/ansatt/veiledning/${caseId}`)).body.includes(name), "a cancelled booking is off the case");
      assert.equal((await s.post(url, { dato: "2026-12-17", fra: "12:00", til: "13:00", unntak: "x" })).statusCode, 409);
      assert.equal((await s.post(`${url}/avlys`, { begrunnelse: "Igjen" })).statusCode, 409);
      const audit = await s.db().selectFrom("audit_log").select("action").where("subject_id", "=", booking.id).orderBy("id").execute();
      assert.deepEqual(audit.map((a) => a.action).filter((a) => a !== "interpreter.booking-read"), ["interpreter.booked", "interpreter.booking-changed", "interpreter.booking-cancelled"]);
    });

    test("a coordinator cannot book for a case in another municipality", async () => {
      const caseId = await receiveEnquiry(s.db(), fixedClock(new Date("2026-12-06T09:00:00Z")), { municipality: "5014", source: "walk-in", name: `Frøya ${s.run}`, contact: "", language: "pl", question: "x" });
      assert.equal((await s.get(`/nb/ansatt/tolker/bestill?sak=${caseId}`)).statusCode, 404);
    });
  });

  describe(`interpreters in January 2027, after the exemption ended (${engine})`, () => {
    const s = interpreterSuite(engine, "2027-01-05");
    before(s.setUp);
    after(s.close);

    test("the exemption is no longer offered and an interpreter outside the register is refused", async () => {
      const id = await s.addInterpreter(`Uregistrert 2027 ${s.run}`, "not-registered");
      const caseId = await s.newCase(`Sak 2027 ${s.run}`);
      const form = await s.get(`/nb/ansatt/tolker/bestill?sak=${caseId}`);
      assert.doesNotMatch(form.body, /name="unntak"/);
      assert.match(form.body, /gjaldt til og med 31\. desember 2026/);
      const response = await s.post("/nb/ansatt/tolker/bestill", { sak: caseId, tolk: id, sprak: "pl", dato: "2027-01-11", fra: "09:00", til: "10:00", unntak: "Ingen ledig" });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /id="field-tolk-error"[^>]*>Tolken er ikke kvalifisert, og unntaket gjelder ikke/);
      assert.equal((await s.db().selectFrom("interpreter_bookings").select("id").where("guidance_case_id", "=", caseId).execute()).length, 0);
    });
  });
}

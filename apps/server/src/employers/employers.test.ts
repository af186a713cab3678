import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sql } from "kysely";
import { cookiesOf, demoPassword, startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { addDays as inDays } from "../events/oslo-time.ts";
import { prepareDatabase } from "../startup.ts";
import type { WorkerInput } from "./worker-input.ts";

const froyaAdmin = "admin.froya@demo.velkomst.no";
const hitraCoordinator = "koordinator.hitra@demo.velkomst.no";
const demoEmployer = "arbeidsgiver@demo.velkomst.no";

/** A multipart/form-data body with the form token and one CSV file in the field `fil`. */
function csvUpload(csrf: string, csv: string) {
  const boundary = "----employers-test";
  const payload =
    `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="fil"; filename="arbeidstakere.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`;
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

for (const engine of testEngines) {
  describe(`employers on ${engine}`, () => {
    let t: TestApp;
    let today = "";
    const sessions = new Map<string, { cookie: string; csrf: string }>();

    async function signInAs(email: string, password = demoPassword) {
      const response = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password } });
      assert.equal(response.statusCode, 200, response.body);
      sessions.set(email, await t.formSession(cookiesOf(response)));
    }
    const get = (email: string, url: string) => t.app.inject({ method: "GET", url, headers: { cookie: sessions.get(email)!.cookie } });
    const post = (email: string | null, url: string, fields: Record<string, string>) => {
      const session = email ? sessions.get(email)! : anonymous;
      return t.app.inject({ method: "POST", url, payload: { _csrf: session.csrf, ...fields }, headers: { cookie: session.cookie } });
    };
    const upload = (email: string, csv: string, lang = "nb") => {
      const session = sessions.get(email)!;
      const body = csvUpload(session.csrf, csv);
      return t.app.inject({ method: "POST", url: `/${lang}/arbeidsgiver/arbeidstakere/import`, payload: body.payload, headers: { ...body.headers, cookie: session.cookie } });
    };
    const noticesOf = async (organisationNumber: string) =>
      t.test.database.db
        .selectFrom("worker_notices")
        .innerJoin("employers", "employers.id", "worker_notices.employer_id")
        .select(["worker_notices.name", "worker_notices.language"])
        .where("employers.organisation_number", "=", organisationNumber)
        .orderBy("worker_notices.name")
        .execute();
    let anonymous = { cookie: "", csrf: "" };

    before(async () => {
      t = await startTestApp(engine);
      today = t.app.services.clock.today();
      anonymous = await t.formSession();
      for (const email of [froyaAdmin, hitraCoordinator, demoEmployer]) await signInAs(email);
    });
    after(() => t.close());

    const signUp = {
      orgnr: "990 000 034",
      navn: "Hitra Laks AS",
      kommune1: "5014",
      kommune2: "5056",
      kontaktnavn: "Silje Test",
      kontaktepost: "silje.test@example.no",
      kontakttelefon: "+47 912 34 567",
      sprak: "nb",
    };

    test("a sign-up with a wrong check digit is refused naming the field and what was expected; nothing is stored", async () => {
      const response = await post(null, "/nb/arbeidsgiver/registrer", { ...signUp, orgnr: "990000035" });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /href="#field-orgnr"/);
      assert.match(response.body, /kontrollsifferet stemmer ikke/);
      const stored = await t.test.database.db.selectFrom("employers").select("id").where("organisation_number", "=", "990000035").execute();
      assert.equal(stored.length, 0);
    });

    test("an employer signs up, is approved by Frøya's administrator, and its contact gets an account with a link", async () => {
      const response = await post(null, "/nb/arbeidsgiver/registrer", signUp);
      assert.equal(response.statusCode, 303, response.body);
      // Nothing personal before approval: the contact has no account yet, so nothing can be read.
      assert.equal(await t.app.services.users.findByEmail(signUp.kontaktepost), undefined);
      assert.equal((await post(null, "/nb/arbeidsgiver/registrer", signUp)).statusCode, 409);

      const list = await get(froyaAdmin, "/nb/ansatt/arbeidsgivere");
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /Hitra Laks AS/);
      assert.match(list.body, /Venter på godkjenning/);
      const employer = await t.test.database.db.selectFrom("employers").select("id").where("organisation_number", "=", "990000034").executeTakeFirstOrThrow();
      const admin = await t.app.services.users.findByEmail(froyaAdmin);
      // Hitra's coordinator cannot approve (not an administrator); Frøya's admin cannot approve for Hitra.
      assert.equal((await post(hitraCoordinator, `/nb/ansatt/arbeidsgivere/${employer.id}/godkjenn`, { kommune: "5056", kontakt: admin!.id })).statusCode, 403);
      assert.equal((await post(froyaAdmin, `/nb/ansatt/arbeidsgivere/${employer.id}/godkjenn`, { kommune: "5056", kontakt: admin!.id })).statusCode, 404);
      const approved = await post(froyaAdmin, `/nb/ansatt/arbeidsgivere/${employer.id}/godkjenn`, { kommune: "5014", kontakt: admin!.id });
      assert.equal(approved.statusCode, 303, approved.body);

      const mail = (await t.mailsTo(signUp.kontaktepost)).at(-1);
      const token = /nytt-passord\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? "")?.[1];
      assert.ok(token, "the contact person is mailed a link to choose a password");
      const form = await t.formSession();
      const set = await t.app.inject({ method: "POST", url: `/nb/nytt-passord/${token}`, payload: { _csrf: form.csrf, password: "a long employer password", confirm: "a long employer password" }, headers: { cookie: form.cookie } });
      assert.equal(set.statusCode, 200);
      await signInAs(signUp.kontaktepost, "a long employer password");
      const home = await get(signUp.kontaktepost, "/nb/arbeidsgiver");
      assert.equal(home.statusCode, 200);
      assert.match(home.body, /Hitra Laks AS/);
      // The fixed contact in Frøya is named; Hitra has not chosen one yet.
      assert.match(home.body, /Frøya kommune[\s\S]*Mona Strand/);
      assert.match(home.body, /Kommunen har ikke valgt kontaktperson ennå/);
    });

    test("a CSV with one bad row imports nothing and names the row, the column and what was expected; the corrected file imports every row", async () => {
      const email = signUp.kontaktepost;
      const start = inDays(today, 14);
      const header = "navn;epost;telefon;statsborgerskap;grunnlag;startdato;opphold;kommune;språk;familie";
      const good = [`Piotr Zieliński;piotr@example.pl;;PL;eea-worker;${start};6-12;5014;pl;nei`, `Iryna Shevchenko;;+380501234567;UA;work-permit;${start};long;5056;uk;ja`];
      const bad = `"Lina; Berg";lina@example;;SE;nordic;2027-02-30;6-12;5014;nb;kanskje`;
      const refused = await upload(email, [header, good[0], bad, good[1]].join("\r\n"));
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /Ingenting er importert/);
      // Row 3 (the header is row 1): the e-mail, the date and the family column.
      for (const [column, expected] of [["epost", "en e-postadresse"], ["startdato", "ÅÅÅÅ-MM-DD"], ["familie", "ja eller nei"]]) {
        assert.match(refused.body, new RegExp(`>3</t[dh]>\\s*<td[^>]*>${column}</td>\\s*<td[^>]*>[^<]*${expected}`), column);
      }
      assert.deepEqual(await noticesOf("990000034"), []);

      const accepted = await upload(email, [header, ...good].join("\n"));
      assert.equal(accepted.statusCode, 303, accepted.body);
      assert.equal(accepted.headers.location, "/nb/arbeidsgiver?meldt=2");
      assert.deepEqual(await noticesOf("990000034"), [
        { name: "Iryna Shevchenko", language: "uk" },
        { name: "Piotr Zieliński", language: "pl" },
      ]);
      // Piotr has an e-mail address: his welcome is in Polish, with his plan prefilled and the next welcome meeting.
      const [welcome] = await t.mailsTo("piotr@example.pl");
      assert.ok(welcome);
      assert.equal(welcome.subject, "Witamy w gminie Frøya");
      assert.match(welcome.text, new RegExp(`/pl/min-plan/alle\\?grunnlag=eea-worker&statsborgerskap=PL&ankomst=${start.slice(0, 7)}&opphold=6-12&nummer=5014`));
      assert.match(welcome.text, /Zapraszamy Cię na spotkanie powitalne/);
    });

    test("one worker through the form: problems by field, then the notice lands in the workplace municipality's list only", async () => {
      const email = signUp.kontaktepost;
      const missing = await post(email, "/nb/arbeidsgiver/arbeidstakere/ny", { navn: "Ana Popescu" });
      assert.equal(missing.statusCode, 400);
      assert.match(missing.body, /e-postadresse eller telefonnummer/);
      assert.match(missing.body, /href="#field-grunnlag"/);
      // The form's date is typed the Norwegian way (dd.mm.åååå); a wrong one names the field and the format.
      const norwegianDate = (iso: string) => iso.split("-").reverse().join(".");
      const fields = { navn: "Ana Popescu", epost: "", telefon: "+40 712 345 678", statsborgerskap: "RO", grunnlag: "eea-worker", startdato: "31.02.2030", opphold: "3-6", kommune: "5056", språk: "en", familie: "nei" };
      const wrongDate = await post(email, "/nb/arbeidsgiver/arbeidstakere/ny", fields);
      assert.equal(wrongDate.statusCode, 400);
      assert.match(wrongDate.body, /href="#field-startdato"/);
      assert.match(wrongDate.body, /en dato som dd\.mm\.åååå, fra 90 dager tilbake/);
      assert.match(wrongDate.body, /value="31\.02\.2030"/, "what was typed is kept");
      assert.equal((await post(email, "/nb/arbeidsgiver/arbeidstakere/ny", { ...fields, startdato: norwegianDate(inDays(today, 30)) })).statusCode, 303);
      const ana = await t.test.database.db.selectFrom("worker_notices").select("start_date").where("name", "=", "Ana Popescu").executeTakeFirstOrThrow();
      assert.equal(ana.start_date, inDays(today, 30));
      const hitra = await get(hitraCoordinator, "/nb/ansatt/arbeidstakere");
      assert.match(hitra.body, /Ana Popescu/);
      assert.match(hitra.body, /Iryna Shevchenko/);
      assert.doesNotMatch(hitra.body, /Piotr Zieliński|Olena Koval/);
      const froya = await get(froyaAdmin, "/nb/ansatt/arbeidstakere");
      assert.match(froya.body, /Piotr Zieliński/);
      assert.match(froya.body, /Olena Koval/);
      assert.doesNotMatch(froya.body, /Ana Popescu/);
    });

    test("an employer sees only its own workers and letters", async () => {
      const own = await get(demoEmployer, "/nb/arbeidsgiver");
      assert.equal(own.statusCode, 200);
      assert.match(own.body, /Olena Koval/);
      assert.doesNotMatch(own.body, /Tomasz Nowak|Piotr Zieliński/);
      // The guide leads to the workplace municipality's content pages; the next welcome meeting is listed.
      assert.match(own.body, /href="\/nb\/kommune\/5014\/info\/tax-card">Skattekort for arbeidstakere fra EU\/EØS/);
      assert.match(own.body, /Kommende velkomstmøter<\/h2>\s*<ul><li><a [^>]*href="\/nb\/kommune\/5014\/arrangementer\//);
      const others = await t.test.database.db.selectFrom("worker_notices").select("id").where("name", "=", "Piotr Zieliński").executeTakeFirstOrThrow();
      assert.equal((await get(demoEmployer, `/nb/arbeidsgiver/arbeidstakere/${others.id}/brev`)).statusCode, 404);
      const letter = await get(signUp.kontaktepost, `/pl/arbeidsgiver/arbeidstakere/${others.id}/brev`);
      assert.equal(letter.statusCode, 200);
      assert.match(letter.body, /<svg[^>]*>/);
      assert.match(letter.body, /Otwórz mój plan/);
      assert.equal(letter.headers["cache-control"], "private, no-store");
    });

    test("reporting is all or nothing: a row the database refuses takes the rows before it back", async () => {
      const employer = await t.app.services.employers.employerOf((await t.app.services.users.findByEmail(demoEmployer))!.id);
      assert.ok(employer);
      const viewer = { id: (await t.app.services.users.findByEmail(demoEmployer))!.id, email: demoEmployer, name: "Kari", totpEnabled: false, assignments: [] };
      const worker: WorkerInput = { name: "Eva Nilsson", email: null, phone: "+46701234567", citizenship: "SE", residenceBasis: "nordic", startDate: inDays(today, 7), plannedStay: "long", municipalityNumber: "5014", language: "nb", familyComing: false };
      const before = await noticesOf("990000026");
      // The database allows names of at most 200 characters; the second row breaks that.
      await assert.rejects(t.app.services.employers.reportWorkers(viewer, employer, [worker, { ...worker, name: "x".repeat(201) }], null));
      assert.deepEqual(await noticesOf("990000026"), before);
    });

    test("each notice lands in the guidance queue of its workplace municipality, marked as from an employer; uploading the same file again adds nothing", async () => {
      const email = signUp.kontaktepost;
      const ana = await t.test.database.db.selectFrom("worker_notices").select(["id", "guidance_case_id"]).where("name", "=", "Ana Popescu").executeTakeFirstOrThrow();
      assert.ok(ana.guidance_case_id, "the notice is linked to its enquiry");
      const enquiry = await t.test.database.db.selectFrom("guidance_cases").selectAll().where("id", "=", ana.guidance_case_id).executeTakeFirstOrThrow();
      assert.equal(enquiry.municipality_number, "5056");
      assert.equal(enquiry.source, "employer-notice");
      assert.equal(enquiry.contact, "+40712345678");
      assert.equal(enquiry.language, "en");
      assert.match(enquiry.question, /Meldt inn av Hitra Laks AS\. Første arbeidsdag: .*Planlagt opphold: 3–6 måneder\. Familien kommer etter: nei\./);
      assert.deepEqual(enquiry.plan_answers, { grunnlag: "eea-worker", statsborgerskap: "RO", ankomst: inDays(today, 30).slice(0, 7), opphold: "3-6", nummer: "5056" });
      // Hitra's coordinator sees it in the queue with its source; Frøya's administrator does not.
      const coordinator = await get(hitraCoordinator, "/nb/ansatt/veiledning");
      assert.match(coordinator.body, /Ana Popescu[\s\S]*?Melding fra arbeidsgiver/);
      assert.doesNotMatch((await get(froyaAdmin, "/nb/ansatt/veiledning")).body, /Ana Popescu/);

      // The same file again (as the employer might after a success): nobody is reported, queued or mailed twice.
      const start = inDays(today, 14);
      const header = "navn;epost;telefon;statsborgerskap;grunnlag;startdato;opphold;kommune;språk;familie";
      const rows = [`Piotr Zieliński;piotr@example.pl;;PL;eea-worker;${start};6-12;5014;pl;nei`, `Mykola Bondar;;+380671234567;UA;work-permit;${start};long;5056;uk;nei`];
      const casesBefore = await t.test.database.db.selectFrom("guidance_cases").select("id").where("source", "=", "employer-notice").where("name", "in", ["Piotr Zieliński", "Mykola Bondar"]).execute();
      const mailsBefore = (await t.mailsTo("piotr@example.pl")).length;
      const again = await upload(email, [header, ...rows].join("\n"));
      assert.equal(again.statusCode, 303, again.body);
      assert.equal(again.headers.location, "/nb/arbeidsgiver?meldt=1&tidligere=1");
      const page = await get(email, again.headers.location as string);
      assert.match(page.body, /1 arbeidstaker er importert\. 1 arbeidstaker var meldt inn fra før og er ikke meldt inn på nytt\./);
      const piotrs = await t.test.database.db.selectFrom("worker_notices").select("id").where("name", "=", "Piotr Zieliński").execute();
      assert.equal(piotrs.length, 1);
      const casesAfter = await t.test.database.db.selectFrom("guidance_cases").select("id").where("source", "=", "employer-notice").where("name", "in", ["Piotr Zieliński", "Mykola Bondar"]).execute();
      assert.equal(casesAfter.length, casesBefore.length + 1, "only Mykola is new in the queue");
      assert.equal((await t.mailsTo("piotr@example.pl")).length, mailsBefore);
    });

    test("notices stored before the guidance queue existed are queued once by the start step (migration 0091 marks them); a notice whose enquiry was removed later is not brought back", async () => {
      const { db } = t.test.database;
      const employer = await db.selectFrom("employers").select("id").where("name", "=", "Kari Fiskeindustri AS").executeTakeFirstOrThrow();
      const reportedAt = new Date(t.app.services.clock.now().getTime() - 30 * 86_400_000);
      const old = { employer_id: employer.id, municipality_number: "5014", email: null, phone: "+37060000001", citizenship: "LT", residence_basis: "eea-worker", start_date: inDays(today, 5), planned_stay: "6-12", language: "en", family_coming: true, created_at: reportedAt };
      const [before, removed] = await Promise.all(
        ["Rūta Early-Notice", "Dovilė Retained-Away"].map(async (name) => (await db.insertInto("worker_notices").values({ ...old, name }).returning("id").executeTakeFirstOrThrow()).id),
      );
      // Migration 0091's marking, for this test's notice only (the rest of the database is not this test's).
      const migration = readFileSync(new URL("../database/migrations/0091_notice-guidance-backfill.sql", import.meta.url), "utf8");
      const marking = /^UPDATE worker_notices[^;]*/m.exec(migration)![0];
      await sql.raw(`${marking} AND id = '${before}'`).execute(db);

      for (let start = 0; start < 2; start++) await prepareDatabase(t.test.database);
      const enquiries = await db
        .selectFrom("worker_notices as n")
        .innerJoin("guidance_cases as g", "g.id", "n.guidance_case_id")
        .select(["n.id", "n.awaiting_guidance_queue", "g.source", "g.name", "g.municipality_number", "g.received_at", "g.question", "g.plan_answers"])
        .where("n.id", "in", [before!, removed!])
        .execute();
      assert.equal(enquiries.length, 1, "queued once, after two starts; the other notice stays out");
      const [enquiry] = enquiries;
      assert.equal(enquiry!.id, before);
      assert.equal(enquiry!.awaiting_guidance_queue, false);
      assert.deepEqual([enquiry!.source, enquiry!.name, enquiry!.municipality_number], ["employer-notice", "Rūta Early-Notice", "5014"]);
      assert.equal(new Date(enquiry!.received_at).getTime(), reportedAt.getTime(), "dated when the notice came in");
      assert.match(enquiry!.question, /Kari Fiskeindustri AS/);
      assert.equal(await db.selectFrom("guidance_cases").select("id").where("name", "=", "Rūta Early-Notice").execute().then((rows) => rows.length), 1);
      assert.match((await get(froyaAdmin, "/nb/ansatt/veiledning")).body, /Rūta Early-Notice/);
    });

    test("a wrong planned stay names the choices in the reader's language; the old column spelling sprak still reads", async () => {
      const start = inDays(today, 20);
      const csv = ["navn;epost;telefon;statsborgerskap;grunnlag;startdato;opphold;kommune;sprak;familie", `Rasa Jonaitė;rasa@example.lt;;LT;eea-worker;${start};halvår;5014;lt;nei`].join("\n");
      const refused = await upload(signUp.kontaktepost, csv);
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /én av disse: Under 3 måneder \(under-3\), 3–6 måneder \(3-6\), 6–12 måneder \(6-12\) eller Mer enn et år \(long\)/);
      assert.match(refused.body, />språk<\/td>\s*<td[^>]*>nb, nn, en, uk, pl eller ar/, "the language column is named by its proper name");
      assert.doesNotMatch(refused.body, /under-3, 3-6, 6-12 eller long/);
      const english = await upload(signUp.kontaktepost, csv, "en");
      assert.match(english.body, /one of: Under 3 months \(under-3\), 3–6 months \(3-6\), 6–12 months \(6-12\) or More than a year \(long\)/);
    });
  });
}

for (const engine of testEngines) {
  describe(`outreach days on ${engine}`, () => {
    let t: TestApp;
    let today = "";
    const sessions = new Map<string, { cookie: string; csrf: string }>();
    const get = (email: string, url: string) => t.app.inject({ method: "GET", url, headers: { cookie: sessions.get(email)!.cookie } });
    const post = (email: string, url: string, fields: Record<string, string>) =>
      t.app.inject({ method: "POST", url, payload: { _csrf: sessions.get(email)!.csrf, ...fields }, headers: { cookie: sessions.get(email)!.cookie } });

    before(async () => {
      t = await startTestApp(engine);
      today = t.app.services.clock.today();
      for (const email of [froyaAdmin, hitraCoordinator, demoEmployer]) {
        const response = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password: demoPassword } });
        sessions.set(email, await t.formSession(cookiesOf(response)));
      }
    });
    after(() => t.close());

    test("the coordinator sees arrivals per week, requests a day and publishes slots; the employer books; the day's list and no-shows are the municipality's", async () => {
      const overview = await get(froyaAdmin, "/nb/ansatt/sua");
      assert.equal(overview.statusCode, 200);
      // The demo's five Frøya workers start 10–21 days from today.
      assert.match(overview.body, /Meldte arbeidstakere per uke[\s\S]*Frøya/);
      const day = inDays(today, 7);
      assert.equal((await post(froyaAdmin, "/nb/ansatt/sua", { kommune: "5014", dato: "2001-01-01", sted: "Rådhuset" })).statusCode, 400);
      assert.equal((await post(froyaAdmin, "/nb/ansatt/sua", { kommune: "5056", dato: day, sted: "Rådhuset" })).statusCode, 400, "not Frøya's administrator's municipality");
      const typedDay = day.split("-").reverse().join(".");
      const wrongDay = await post(froyaAdmin, "/nb/ansatt/sua", { kommune: "5014", dato: "32.01.2030", sted: "Rådhuset" });
      assert.equal(wrongDay.statusCode, 400);
      assert.match(wrongDay.body, /id="field-dato-error">en dato fra i dag, dd\.mm\.åååå/);
      assert.equal((await post(froyaAdmin, "/nb/ansatt/sua", { kommune: "5014", dato: typedDay, sted: "Frøya rådhus, Sistranda" })).statusCode, 303, "typed the Norwegian way");
      const dayRow = await t.test.database.db.selectFrom("outreach_days").select("id").where("municipality_number", "=", "5014").where("day", "=", day).executeTakeFirstOrThrow();
      assert.equal((await post(froyaAdmin, `/nb/ansatt/sua/${dayRow.id}/tider`, { fra: "25:00", antall: "4", minutter: "15" })).statusCode, 400);
      assert.equal((await post(froyaAdmin, `/nb/ansatt/sua/${dayRow.id}/tider`, { fra: "9.00", antall: "4", minutter: "15" })).statusCode, 303, "9.00 is nine o'clock");
      // Hitra's coordinator does not see Frøya's day.
      assert.equal((await get(hitraCoordinator, `/nb/ansatt/sua/${dayRow.id}`)).statusCode, 404);

      const olena = await t.test.database.db.selectFrom("worker_notices").select("id").where("name", "=", "Olena Koval").executeTakeFirstOrThrow();
      const booking = await get(demoEmployer, `/nb/arbeidsgiver/arbeidstakere/${olena.id}/id-kontroll`);
      assert.equal(booking.statusCode, 200);
      const slotId = /<option value="([0-9a-f-]{36})"/.exec(booking.body)?.[1];
      assert.ok(slotId);
      assert.equal((await post(demoEmployer, `/nb/arbeidsgiver/arbeidstakere/${olena.id}/id-kontroll`, { tid: slotId })).statusCode, 303);
      const tomasz = await t.test.database.db.selectFrom("worker_notices").select("id").where("name", "=", "Tomasz Nowak").executeTakeFirstOrThrow();
      assert.equal((await get(demoEmployer, `/nb/arbeidsgiver/arbeidstakere/${tomasz.id}/id-kontroll`)).statusCode, 404, "another employer's worker");

      const [confirmation] = await t.mailsTo("olena.koval@demo.velkomst.no");
      assert.ok(confirmation);
      assert.equal(confirmation.subject, "Запис на перевірку особи");
      assert.match(confirmation.text, /09:00/);
      const calendar = /(\/kalender\/id-kontroll\/[A-Za-z0-9_-]+\.ics\?lang=uk)/.exec(confirmation.text)?.[1];
      assert.ok(calendar);
      const ics = await t.app.inject(calendar);
      assert.equal(ics.statusCode, 200);
      assert.match(ics.body, /BEGIN:VEVENT[\s\S]*SUMMARY:Перевірка особи[\s\S]*LOCATION:Frøya rådhus\\, Sistranda/);

      const list = await get(froyaAdmin, `/nb/ansatt/sua/${dayRow.id}`);
      assert.match(list.body, /Olena Koval/);
      assert.match(list.body, /1 av 4 tider er booket/);
      const bookingRow = await t.test.database.db.selectFrom("outreach_bookings").select("id").where("day_id", "=", dayRow.id).executeTakeFirstOrThrow();
      assert.equal((await post(froyaAdmin, `/nb/ansatt/sua/${dayRow.id}/bookinger/${bookingRow.id}/uteble`, { uteble: "ja" })).statusCode, 303);
      const after = await get(froyaAdmin, `/nb/ansatt/sua/${dayRow.id}`);
      assert.match(after.body, /Angre: møtte/);
      // The employer sees the appointment, never the day's list or who did not come.
      const own = await get(demoEmployer, `/nb/arbeidsgiver/arbeidstakere/${olena.id}/id-kontroll`);
      assert.match(own.body, /Booket:/);
      assert.doesNotMatch(own.body, /Møtte ikke|Angre/);
      assert.equal((await get(demoEmployer, `/nb/ansatt/sua/${dayRow.id}`)).statusCode, 403);
    });

    test("the employer moves and cancels a booking it made: the worker is mailed in their language, the slot is freed, and of two requests for one slot only one has it", async () => {
      const { db } = t.test.database;
      const dayRow = await db.selectFrom("outreach_days").select("id").where("municipality_number", "=", "5014").where("day", "=", inDays(today, 7)).executeTakeFirstOrThrow();
      const slots = await db.selectFrom("outreach_slots").select("id").where("day_id", "=", dayRow.id).orderBy("starts_at").execute();
      const noticeOf = async (name: string) => (await db.selectFrom("worker_notices").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
      const [olena, anna, tomasz] = [await noticeOf("Olena Koval"), await noticeOf("Anna Wiśniewska"), await noticeOf("Tomasz Nowak")];
      const bookedSlot = async (noticeId: string) => (await db.selectFrom("outreach_bookings").select("slot_id").where("notice_id", "=", noticeId).executeTakeFirst())?.slot_id;
      const idCheck = (noticeId: string, action = "id-kontroll") => `/nb/arbeidsgiver/arbeidstakere/${noticeId}/${action}`;
      assert.equal(await bookedSlot(olena), slots[0]!.id, "booked at 09:00 by the test before");

      // The page links to the appointment's calendar file in the worker's language, by the employer's own route.
      const page = await get(demoEmployer, idCheck(olena));
      assert.match(page.body, /Flytt timen/);
      const calendarHref = /href="([^"]+\.ics)">Legg timen i kalenderen</.exec(page.body)?.[1];
      assert.equal(calendarHref, `/uk/arbeidsgiver/arbeidstakere/${olena}/kalender.ics`);
      assert.match((await get(demoEmployer, calendarHref)).body, /BEGIN:VEVENT[\s\S]*SUMMARY:Перевірка особи/);
      for (const action of ["kalender.ics", "id-kontroll"]) assert.equal((await get(demoEmployer, idCheck(tomasz, action))).statusCode, 404, `another employer's worker: ${action}`);
      for (const action of ["flytt", "avbestill"]) assert.equal((await post(demoEmployer, idCheck(tomasz, action), { tid: slots[3]!.id })).statusCode, 404, `another employer's worker: ${action}`);

      const wrongSlot = await post(demoEmployer, idCheck(olena, "flytt"), { tid: "not-a-slot" });
      assert.equal(wrongSlot.statusCode, 409);
      assert.match(wrongSlot.body, /id="field-tid-error">en ledig tid</);
      assert.equal(await bookedSlot(olena), slots[0]!.id, "a refused move changes nothing");

      const moved = await post(demoEmployer, idCheck(olena, "flytt"), { tid: slots[2]!.id });
      assert.equal(moved.statusCode, 303);
      assert.match((await get(demoEmployer, moved.headers.location as string)).body, /Timen er flyttet\./);
      assert.equal(await bookedSlot(olena), slots[2]!.id);
      assert.equal(await db.selectFrom("outreach_bookings").select("id").where("slot_id", "=", slots[0]!.id).executeTakeFirst(), undefined, "the old slot is free again");
      const movedMail = (await t.mailsTo("olena.koval@demo.velkomst.no")).find((m) => m.subject === "Новий час перевірки особи");
      assert.ok(movedMail, "the worker is told in Ukrainian");
      assert.match(movedMail.text, /09:30/);
      const newCalendar = /(\/kalender\/id-kontroll\/[A-Za-z0-9_-]+\.ics\?lang=uk)/.exec(movedMail.text)?.[1];
      assert.ok(newCalendar);
      assert.match((await t.app.inject(newCalendar)).body, /BEGIN:VEVENT/);

      // Two requests at once for the last free slot: moving Olena there and booking Anna into it. One has it.
      const [moveAgain, bookAnna] = await Promise.all([post(demoEmployer, idCheck(olena, "flytt"), { tid: slots[3]!.id }), post(demoEmployer, idCheck(anna), { tid: slots[3]!.id })]);
      assert.deepEqual([moveAgain.statusCode, bookAnna.statusCode].sort(), [303, 409]);
      const inLastSlot = await db.selectFrom("outreach_bookings").select("notice_id").where("slot_id", "=", slots[3]!.id).execute();
      assert.equal(inLastSlot.length, 1);
      assert.equal(await bookedSlot(olena), moveAgain.statusCode === 303 ? slots[3]!.id : slots[2]!.id, "the losing move left the booking where it was");
      assert.equal(await bookedSlot(anna), bookAnna.statusCode === 303 ? slots[3]!.id : undefined);

      // A booking the worker made is theirs: the employer sees it but cannot cancel it.
      await db.updateTable("outreach_bookings").set({ booked_by: null }).where("notice_id", "=", olena).execute();
      assert.match((await get(demoEmployer, idCheck(olena))).body, /bestilte denne timen selv/);
      assert.equal((await post(demoEmployer, idCheck(olena, "avbestill"), {})).statusCode, 409);
      const employerId = (await db.selectFrom("users").select("id").where("email", "=", demoEmployer).executeTakeFirstOrThrow()).id;
      await db.updateTable("outreach_bookings").set({ booked_by: employerId }).where("notice_id", "=", olena).execute();

      const slotBefore = await bookedSlot(olena);
      const cancelled = await post(demoEmployer, idCheck(olena, "avbestill"), {});
      assert.equal(cancelled.statusCode, 303);
      assert.match((await get(demoEmployer, cancelled.headers.location as string)).body, /Timen er avbestilt og tiden er ledig igjen/);
      assert.equal(await bookedSlot(olena), undefined);
      assert.equal(await db.selectFrom("outreach_bookings").select("id").where("slot_id", "=", slotBefore!).executeTakeFirst(), undefined, "the slot is free again");
      const cancelledMail = (await t.mailsTo("olena.koval@demo.velkomst.no")).find((m) => m.subject === "Запис на перевірку особи скасовано");
      assert.ok(cancelledMail);
      assert.match(cancelledMail.text, /Ваш роботодавець скасував/);
      assert.equal((await post(demoEmployer, idCheck(olena, "avbestill"), {})).statusCode, 409, "nothing left to cancel");
    });

    test("the coordinator moves and cancels bookings of the day: mailed in the worker's language, 409 for a taken time, 404 for another municipality, and the calendar file revised and then cancelled", async () => {
      const { db } = t.test.database;
      const day = inDays(today, 8);
      assert.equal((await post(froyaAdmin, "/nb/ansatt/sua", { kommune: "5014", dato: day, sted: "Sistranda skole" })).statusCode, 303);
      const dayRow = await db.selectFrom("outreach_days").select("id").where("municipality_number", "=", "5014").where("day", "=", day).executeTakeFirstOrThrow();
      assert.equal((await post(froyaAdmin, `/nb/ansatt/sua/${dayRow.id}/tider`, { fra: "10:00", antall: "4", minutter: "15" })).statusCode, 303);
      const slots = await db.selectFrom("outreach_slots").select("id").where("day_id", "=", dayRow.id).orderBy("starts_at").execute();
      const noticeOf = async (name: string) => (await db.selectFrom("worker_notices").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
      const [olena, anna] = [await noticeOf("Olena Koval"), await noticeOf("Anna Wiśniewska")];
      for (const [notice, slot] of [[olena, slots[0]!], [anna, slots[1]!]] as const) assert.equal((await post(demoEmployer, `/nb/arbeidsgiver/arbeidstakere/${notice}/id-kontroll`, { tid: slot.id })).statusCode, 303);
      const bookingOf = async (noticeId: string) => db.selectFrom("outreach_bookings").select(["id", "slot_id", "calendar_sequence", "booked_by"]).where("notice_id", "=", noticeId).where("day_id", "=", dayRow.id).executeTakeFirst();
      const olenaBooking = (await bookingOf(olena))!;
      const annaBooking = (await bookingOf(anna))!;
      const change = (bookingId: string, action: "flytt" | "avbestill", email = froyaAdmin) => (tid?: string) => post(email, `/nb/ansatt/sua/${dayRow.id}/bookinger/${bookingId}/${action}`, tid ? { tid } : {});
      const lastCalendarLink = async (address: string) => {
        const links = (await t.mailsTo(address)).map((m) => /(\/kalender\/id-kontroll\/[A-Za-z0-9_-]+\.ics\?lang=\w+)/.exec(m.text)?.[1]).filter(Boolean);
        return links.at(-1)!;
      };
      const booked = await t.app.inject(await lastCalendarLink("olena.koval@demo.velkomst.no"));
      assert.match(booked.body, /METHOD:PUBLISH[\s\S]*SEQUENCE:0\r\nSTATUS:CONFIRMED/);

      // The day's list offers the move and the cancel for each coming booking, without JavaScript.
      const list = await get(froyaAdmin, `/nb/ansatt/sua/${dayRow.id}`);
      assert.match(list.body, /Flytt eller avbestill/);
      assert.match(list.body, new RegExp(`action="/nb/ansatt/sua/${dayRow.id}/bookinger/${olenaBooking.id}/flytt" method="post"`));
      assert.match(list.body, new RegExp(`action="/nb/ansatt/sua/${dayRow.id}/bookinger/${annaBooking.id}/avbestill" method="post"`));

      // Another municipality's coordinator: 404, and nothing changes.
      assert.equal((await change(olenaBooking.id, "flytt", hitraCoordinator)(slots[2]!.id)).statusCode, 404);
      assert.equal((await change(olenaBooking.id, "avbestill", hitraCoordinator)()).statusCode, 404);
      // The booking under another day's address: 404.
      const otherDay = await db.selectFrom("outreach_days").select("id").where("municipality_number", "=", "5014").where("id", "!=", dayRow.id).executeTakeFirstOrThrow();
      assert.equal((await post(froyaAdmin, `/nb/ansatt/sua/${otherDay.id}/bookinger/${olenaBooking.id}/avbestill`, {})).statusCode, 404);
      // A taken time, a time of another day, or no time: 409 naming the field, and nothing changes.
      const otherDaySlot = await db.selectFrom("outreach_slots").select("id").where("day_id", "!=", dayRow.id).executeTakeFirstOrThrow();
      for (const tid of [slots[1]!.id, otherDaySlot.id, "not-a-slot"]) {
        const refused = await change(olenaBooking.id, "flytt")(tid);
        assert.equal(refused.statusCode, 409, tid);
        assert.match(refused.body, new RegExp(`id="field-tid-${olenaBooking.id}-error">en ledig tid<`));
      }
      assert.equal((await bookingOf(olena))!.slot_id, slots[0]!.id);

      const moved = await change(olenaBooking.id, "flytt")(slots[2]!.id);
      assert.equal(moved.statusCode, 303);
      assert.match((await get(froyaAdmin, moved.headers.location as string)).body, /Timen er flyttet\. Arbeidstakeren får den nye tiden/);
      const afterMove = (await bookingOf(olena))!;
      assert.deepEqual([afterMove.slot_id, afterMove.calendar_sequence, afterMove.booked_by], [slots[2]!.id, 1, olenaBooking.booked_by], "moved, revised, still the employer's booking");
      const movedMail = (await t.mailsTo("olena.koval@demo.velkomst.no")).at(-1)!;
      assert.equal(movedMail.subject, "Новий час перевірки особи");
      assert.match(movedMail.text, /Комуна перенесла[\s\S]*10:30/);
      const revised = await t.app.inject(await lastCalendarLink("olena.koval@demo.velkomst.no"));
      assert.match(revised.body, new RegExp(`UID:outreach-${olenaBooking.id}@velkomst\r\nSEQUENCE:1\r\nSTATUS:CONFIRMED`), "the same event, revised");

      // Two moves at once into one free time: one has it, the other gets 409 and stays where it was.
      const [moveOlena, moveAnna] = await Promise.all([change(olenaBooking.id, "flytt")(slots[3]!.id), change(annaBooking.id, "flytt")(slots[3]!.id)]);
      assert.deepEqual([moveOlena.statusCode, moveAnna.statusCode].sort(), [303, 409]);
      assert.equal((await bookingOf(olena))!.slot_id, moveOlena.statusCode === 303 ? slots[3]!.id : slots[2]!.id);
      assert.equal((await bookingOf(anna))!.slot_id, moveAnna.statusCode === 303 ? slots[3]!.id : slots[1]!.id);

      const sequenceBefore = (await bookingOf(anna))!.calendar_sequence;
      const annaCalendar = await lastCalendarLink("anna.wisniewska@demo.velkomst.no");
      const cancelled = await change(annaBooking.id, "avbestill")();
      assert.equal(cancelled.statusCode, 303);
      assert.match((await get(froyaAdmin, cancelled.headers.location as string)).body, /Timen er avbestilt og tiden er ledig igjen/);
      assert.equal(await bookingOf(anna), undefined, "the slot is free again");
      const cancelledMail = (await t.mailsTo("anna.wisniewska@demo.velkomst.no")).at(-1)!;
      assert.equal(cancelledMail.subject, "Termin kontroli tożsamości został odwołany");
      assert.match(cancelledMail.text, /Gmina odwołała/);
      // The link mailed with the booking now cancels the imported event.
      const cancelFile = await t.app.inject(annaCalendar);
      assert.equal(cancelFile.statusCode, 200);
      assert.match(cancelFile.body, new RegExp(`METHOD:CANCEL[\\s\\S]*UID:outreach-${annaBooking.id}@velkomst\r\nSEQUENCE:${sequenceBefore + 1}\r\nSTATUS:CANCELLED`));
      assert.equal((await change(annaBooking.id, "avbestill")()).statusCode, 404, "nothing left to cancel");

      // A booking whose time has begun is kept: 409, and the list offers no change for it.
      await db.updateTable("outreach_slots").set({ starts_at: new Date(t.app.services.clock.now().getTime() - 600_000) }).where("id", "=", (await bookingOf(olena))!.slot_id).execute();
      assert.equal((await change(olenaBooking.id, "avbestill")()).statusCode, 409);
      assert.ok(await bookingOf(olena));
      assert.doesNotMatch((await get(froyaAdmin, `/nb/ansatt/sua/${dayRow.id}`)).body, new RegExp(`bookinger/${olenaBooking.id}/avbestill`));
    });
  });
}

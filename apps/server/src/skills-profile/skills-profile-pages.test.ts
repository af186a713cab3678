import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { withoutDemoProfile } from "../../test/without-demo-profile.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { formRequests } from "../../test/form-requests.ts";
import { testEngines } from "../../test/test-database.ts";
import { readPdf } from "../../test/pdf-reader.ts";

/** An electrician from Ukraine, as the form sends her profile (one blank row of each list left out by the form). */
export const electricianForm = {
  fullName: "Olena Kovalenko",
  email: "olena@example.com",
  phone: "+47 912 34 567",
  language: "uk",
  municipalityNumber: "5014",
  "education-0-level": "vocational",
  "education-0-field": "Elektroinstallasjon",
  "education-0-country": "UA",
  "education-0-completedYear": "2012",
  "education-0-recognition": "in-progress",
  // A typo: the recognition module's search still finds Elektriker (STYRK-08 7411).
  "experience-0-title": "elektrikr",
  "experience-0-employer": "Kyivenergo",
  "experience-0-country": "UA",
  "experience-0-fromYear": "2013",
  "experience-0-toYear": "2022",
  "languages-0-code": "uk",
  "languages-0-level": "native",
  "languages-1-code": "en",
  "languages-1-level": "B1",
  "norwegian-listening": "A2",
  "norwegian-reading": "B1",
  "norwegian-writing": "A2",
  "norwegian-speaking": "A2",
  drivingLicences: ["B", "BE"],
  "certificates-0-name": "Sikkerhetskurs FSE",
  "certificates-0-issuer": "Elsikkerhet Norge",
  "certificates-0-validUntil": "2027-03-31",
  digitalSkills: "good",
  "wishes-occupations-0": "7411",
  "wishes-municipalities-0": "5014",
  "wishes-hoursPerWeek": "37",
};

for (const engine of testEngines) {
  describe(`skills profile pages (${engine})`, () => {
    let t: TestApp;
    let newcomer = "";
    let userId = "";
    let form: ReturnType<typeof formRequests>;
    before(async () => {
      t = await startTestApp(engine);
      form = formRequests(t);
      newcomer = await t.signIn("newcomer");
      userId = (await t.test.database.db.selectFrom("users").select("id").where("email", "=", t.emailOf("newcomer")).executeTakeFirstOrThrow()).id;
      await withoutDemoProfile(t);
    });
    after(() => t.close());

    const stored = () => t.test.database.db.selectFrom("skills_profiles").selectAll().where("user_id", "=", userId).executeTakeFirst();

    test("Min side links to the profile; without consent nothing is stored and the consent box says why", async () => {
      const myPage = await form.get(newcomer, "/nb/min-side");
      assert.match(myPage.body, /href="\/nb\/min-side\/kompetanse"/);
      const empty = await form.get(newcomer, "/nb/min-side/kompetanse");
      assert.equal(empty.statusCode, 200);
      assert.match(empty.body, /name="samtykke"/);
      const refused = await form.post(newcomer, "/nb/min-side/kompetanse", electricianForm);
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /id="field-samtykke-error"[^>]*>[^<]*Kryss av for samtykke/);
      assert.equal(await stored(), undefined);
    });

    test("with consent the profile is stored whole: a typed title finds its STYRK-08 code, Norwegian per skill, licence classes", async () => {
      const saved = await form.post(newcomer, "/nb/min-side/kompetanse", { ...electricianForm, samtykke: "ja" });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 500));
      assert.equal(saved.headers.location, "/nb/min-side/kompetanse?lagret=1");
      const row = (await stored())!;
      assert.equal(row.full_name, "Olena Kovalenko");
      assert.deepEqual(row.experience, [{ occupationCode: "7411", title: "elektrikr", employer: "Kyivenergo", country: "UA", fromYear: 2013, toYear: 2022 }]);
      assert.deepEqual(row.norwegian, { listening: "A2", reading: "B1", writing: "A2", speaking: "A2" });
      assert.deepEqual(row.driving_licences, ["B", "BE"]);
      assert.deepEqual(row.wishes, { occupations: ["7411"], municipalities: ["5014"], hoursPerWeek: 37 });
      const page = await form.get(newcomer, "/nb/min-side/kompetanse?lagret=1");
      assert.match(page.body, /Profilen er lagret/);
      // The education links to the recognition navigator with its answers.
      assert.match(page.body, /href="\/nb\/godkjenning\?q=Elektroinstallasjon&amp;country=UA&amp;level=vocational"/);
      assert.match(page.body, /Samtykke gitt/);
      // The person's download of their data carries the profile too (GDPR art. 15/20).
      const exported = (await form.get(newcomer, "/nb/min-side/mine-data.json")).json();
      assert.equal(exported.skillsProfile.full_name, "Olena Kovalenko");
    });

    test("a bad field is a 422 named at the field, and the stored profile stays as it was", async () => {
      const before = await stored();
      const thisYear = Number(t.app.services.clock.today().slice(0, 4));
      const refused = await form.post(newcomer, "/nb/min-side/kompetanse", { ...electricianForm, fullName: "Changed", "experience-0-fromYear": String(thisYear + 1), "education-0-country": "XX", "languages-1-level": "D4" });
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, new RegExp(`id="field-experience-0-fromYear-error"[^>]*>Skriv et år til og med ${thisYear}\\.`));
      assert.match(refused.body, /id="field-languages-1-level-error"/);
      assert.match(refused.body, /href="#field-experience-0-fromYear"/);
      assert.deepEqual(await stored(), before);
    });

    test("a certificate's end date is read as dd.mm.åååå like every date field, and a day that does not exist is named in that form", async () => {
      const saved = await form.post(newcomer, "/nb/min-side/kompetanse", { ...electricianForm, samtykke: "ja", "certificates-0-validUntil": "31.03.2027" });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 500));
      assert.deepEqual((await stored())!.certificates, [{ name: "Sikkerhetskurs FSE", issuer: "Elsikkerhet Norge", validUntil: "2027-03-31" }]);
      // A text field with the date as it is written in Norway, not the browser's picker (mm/dd/yyyy in many languages).
      const shown = await form.get(newcomer, "/nb/min-side/kompetanse");
      assert.match(shown.body, /<input[^>]*name="certificates-0-validUntil"[^>]*>/);
      const field = /<input[^>]*name="certificates-0-validUntil"[^>]*>/.exec(shown.body)![0];
      assert.match(field, /type="text"/);
      assert.match(field, /value="31\.03\.2027"/);
      assert.match(shown.body, /dd\.mm\.åååå, for eksempel 17\.05\.2026/);
      const before = await stored();
      const refused = await form.post(newcomer, "/nb/min-side/kompetanse", { ...electricianForm, samtykke: "ja", "certificates-0-validUntil": "31.02.2027" });
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /id="field-certificates-0-validUntil-error"[^>]*>Skriv en gyldig dato som dd\.mm\.åååå, for eksempel 17\.05\.2026\./);
      assert.match(refused.body, /value="31\.02\.2027"/);
      assert.deepEqual(await stored(), before);
    });

    test("a title that fits several occupations asks which one, and the choice is kept", async () => {
      const ambiguous = await form.post(newcomer, "/nb/min-side/kompetanse", { ...electricianForm, "experience-0-title": "elektro" });
      assert.equal(ambiguous.statusCode, 422);
      assert.match(ambiguous.body, /id="field-experience-0-title-error"[^>]*>Flere yrker passer/);
      const options = [...ambiguous.body.matchAll(/<option value="(\d{4})"[^>]*>[^<]*\(\d{4}\)<\/option>/g)].map((match) => match[1]);
      assert.ok(options.includes("7411"), options.join(","));
      const chosen = await form.post(newcomer, "/nb/min-side/kompetanse", { ...electricianForm, "experience-0-title": "elektro", "experience-0-occupationCode": "7411" });
      assert.equal(chosen.statusCode, 303);
      assert.equal((await stored())!.experience[0]!.occupationCode, "7411");
    });

    test("the CV as HTML in bokmål, English and her own Ukrainian, in the Europass order; another language is refused", async () => {
      const nb = await form.get(newcomer, "/nb/min-side/kompetanse/cv?sprak=nb");
      assert.equal(nb.statusCode, 200);
      const headings = [...nb.body.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((match) => match[1]);
      assert.deepEqual(headings, ["Personlig informasjon", "Arbeidserfaring", "Utdanning og opplæring", "Språkferdigheter", "Digitale og andre ferdigheter", "Førerkort", "Sertifikater"]);
      assert.match(nb.body, /Elektriker/);
      assert.match(nb.body, /Gyldig til 31\. mars 2027/);
      const en = await form.get(newcomer, "/nb/min-side/kompetanse/cv?sprak=en");
      assert.match(en.body, /Electrician/);
      assert.match(en.body, /lang="en"/);
      const uk = await form.get(newcomer, "/uk/min-side/kompetanse/cv?sprak=uk");
      assert.match(uk.body, /Досвід роботи/);
      assert.match(uk.body, /Електрик/);
      assert.equal((await form.get(newcomer, "/nb/min-side/kompetanse/cv?sprak=pl")).statusCode, 400);
    });

    test("the CV as a tagged PDF with its language, title and the sections' text", async () => {
      const response = await form.get(newcomer, "/nb/min-side/kompetanse/cv.pdf?sprak=nb");
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers["content-type"], "application/pdf");
      const read = readPdf(response.rawPayload);
      assert.match(read.raw, /\/StructTreeRoot/);
      assert.match(read.raw, /\/Lang \(nb\)/);
      assert.equal(read.info.Title, "CV – Olena Kovalenko");
      const text = read.pages.join("\n");
      const order = ["Olena Kovalenko", "Personlig informasjon", "Arbeidserfaring", "Elektriker", "Utdanning og opplæring", "Språkferdigheter", "Morsmål", "Ukrainsk", "Digitale og andre ferdigheter", "Førerkort", "Klasse B, BE", "Sertifikater", "Gyldig til 31. mars 2027"];
      let at = 0;
      for (const piece of order) {
        const found = text.indexOf(piece, at);
        assert.ok(found >= 0, `"${piece}" after position ${at} in:\n${text}`);
        at = found;
      }
    });

    test("withdrawing consent deletes the profile at once", async () => {
      const withdrawn = await form.post(newcomer, "/nb/min-side/kompetanse/slett", {});
      assert.equal(withdrawn.statusCode, 303);
      assert.equal(await stored(), undefined);
      assert.match((await form.get(newcomer, withdrawn.headers.location as string)).body, /Profilen er slettet/);
      assert.equal((await form.get(newcomer, "/nb/min-side/kompetanse/cv?sprak=nb")).statusCode, 404);
    });
  });
}

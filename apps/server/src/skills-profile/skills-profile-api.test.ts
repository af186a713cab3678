import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { withoutDemoProfile } from "../../test/without-demo-profile.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { readPdf } from "../../test/pdf-reader.ts";

const profile = {
  fullName: "Olena Kovalenko",
  email: "Olena@Example.com",
  phone: "+47 912 34 567",
  language: "ar",
  municipalityNumber: "5014",
  education: [{ level: "vocational", field: "Elektroinstallasjon", country: "UA", completedYear: 2012, recognition: "in-progress" }],
  experience: [{ occupationCode: "7411", title: "Електрик", employer: "Kyivenergo", country: "UA", fromYear: 2013, toYear: null }],
  languages: [{ code: "uk", level: "native" }, { code: "en", level: "B1" }],
  norwegian: { listening: "A2", reading: "B1", writing: null, speaking: "A2" },
  drivingLicences: ["B"],
  certificates: [{ name: "FSE", issuer: null, validUntil: "2027-03-31" }],
  wishes: { occupations: ["7411"], municipalities: ["5014", "5056"], hoursPerWeek: 37 },
};

for (const engine of testEngines) {
  describe(`/api/v1/skills-profile (${engine})`, () => {
    let t: TestApp;
    let cookie = "";
    before(async () => {
      t = await startTestApp(engine);
      cookie = await t.signIn("newcomer");
      await withoutDemoProfile(t);
    });
    after(() => t.close());

    const call = (method: "GET" | "PUT" | "DELETE", url: string, payload?: object) => t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload: payload as Record<string, unknown> } : {}) });
    const count = async () => Number((await t.test.database.db.selectFrom("skills_profiles as p").innerJoin("users as u", "u.id", "p.user_id").select((eb) => eb.fn.countAll().as("n")).where("u.email", "=", t.emailOf("newcomer")).executeTakeFirstOrThrow()).n);

    test("none yet: 404; without consent or with a wrong shape 400 naming the field; a country that does not exist 422; nothing is stored", async () => {
      assert.equal((await call("GET", "/api/v1/skills-profile")).statusCode, 404);
      const noConsent = await call("PUT", "/api/v1/skills-profile", profile);
      assert.equal(noConsent.statusCode, 400);
      assert.ok(noConsent.json().errors.some((e: { path: string }) => e.path === "consent"), noConsent.body);
      const badLevel = await call("PUT", "/api/v1/skills-profile", { ...profile, consent: true, languages: [{ code: "en", level: "C3" }] });
      assert.equal(badLevel.statusCode, 400);
      assert.ok(badLevel.json().errors.some((e: { path: string }) => e.path === "languages[0].level"), badLevel.body);
      const noCountry = await call("PUT", "/api/v1/skills-profile", { ...profile, consent: true, education: [{ ...profile.education[0], country: "XX" }], experience: [{ ...profile.experience[0], toYear: 2010 }] });
      assert.equal(noCountry.statusCode, 422);
      assert.deepEqual(noCountry.json().errors.map((e: { path: string }) => e.path).sort(), ["education[0].country", "experience[0].toYear"]);
      assert.equal(await count(), 0);
    });

    test("PUT creates (201), replaces (200) and GET reads back the same profile", async () => {
      const created = await call("PUT", "/api/v1/skills-profile", { ...profile, consent: true });
      assert.equal(created.statusCode, 201, created.body);
      assert.equal(created.json().email, "olena@example.com");
      const replaced = await call("PUT", "/api/v1/skills-profile", { ...profile, drivingLicences: ["B", "C1"], consent: true });
      assert.equal(replaced.statusCode, 200);
      assert.equal(replaced.json().consentGivenAt, created.json().consentGivenAt);
      const read = (await call("GET", "/api/v1/skills-profile")).json();
      assert.deepEqual(read.drivingLicences, ["B", "C1"]);
      assert.deepEqual(read.experience, profile.experience);
      assert.equal(read.matchingOptInAt, null);
      assert.equal(await count(), 1);
    });

    test("the CV PDF in her own Arabic: right-to-left text, the document language, the Europass headings; a fourth language is refused", async () => {
      const response = await call("GET", "/api/v1/skills-profile/cv.pdf?language=ar");
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers["content-type"], "application/pdf");
      const read = readPdf(response.rawPayload);
      assert.match(read.raw, /\/Lang \(ar\)/);
      assert.match(read.raw, /\/StructTreeRoot/);
      // Arabic lines are drawn in visual order, each with its reading order as ActualText.
      for (const heading of ["الخبرة العملية", "التعليم والتدريب", "المهارات اللغوية", "رخصة القيادة"]) assert.ok(read.actualTexts.some((text) => text.includes(heading)), heading);
      assert.ok(read.pages.join("\n").includes("7411"));
      const english = readPdf((await call("GET", "/api/v1/skills-profile/cv.pdf?language=en")).rawPayload);
      assert.ok(english.pages.join("\n").includes("Valid until 31 March 2027") || english.pages.join("\n").includes("Valid until 31. mars 2027"), english.pages.join("\n"));
      const refused = await call("GET", "/api/v1/skills-profile/cv.pdf?language=pl");
      assert.equal(refused.statusCode, 422);
      assert.equal(refused.json().errors[0].path, "language");
    });

    test("DELETE withdraws consent: 204, the profile is gone, a second DELETE is 404", async () => {
      assert.equal((await call("DELETE", "/api/v1/skills-profile")).statusCode, 204);
      assert.equal(await count(), 0);
      assert.equal((await call("GET", "/api/v1/skills-profile")).statusCode, 404);
      assert.equal((await call("DELETE", "/api/v1/skills-profile")).statusCode, 404);
    });
  });
}

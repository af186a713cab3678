import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";

/** The record's facts are written for the reader: languages by name in the reader's language, every date in one style. */
for (const engine of testEngines) {
  describe(`the participant record's facts (${engine})`, () => {
    let t: TestApp;
    let coordinator = "";
    let id = "";
    before(async () => {
      t = await startTestApp(engine);
      coordinator = await t.signIn("coordinator");
      const created = await t.app.inject({
        method: "POST",
        url: "/api/v1/cases/participants",
        headers: { cookie: coordinator },
        payload: { municipality: "5056", name: `Fakta ${engine}`, birthDate: "1990-05-17", residenceBasis: "refugee", settlementDate: "2025-11-16", education: "primary", languages: ["ar", "en"], interpreterLanguage: "ar" },
      });
      assert.equal(created.statusCode, 201, created.body);
      id = created.json().id;
    });
    after(() => t.close());

    const facts = async (lang: string) => {
      const page = await t.app.inject({ url: `/${lang}/ansatt/deltakere/${id}`, headers: { cookie: coordinator } });
      assert.equal(page.statusCode, 200);
      return page.body;
    };

    test("in bokmål: languages named, not coded; birth and settlement dates both written out", async () => {
      const body = await facts("nb");
      assert.match(body, /arabisk og engelsk/);
      assert.doesNotMatch(body, />ar, en</);
      assert.match(body, />17\. mai 1990</);
      assert.match(body, />16\. november 2025</, "the settlement date in the same long style as the birth date");
    });

    test("in Arabic: the language names are Arabic", async () => {
      const body = await facts("ar");
      const names = new Intl.ListFormat("ar", { type: "conjunction" }).format(["ar", "en"].map((code) => new Intl.DisplayNames(["ar"], { type: "language" }).of(code)!));
      assert.ok(body.includes(names), names);
    });
  });
}

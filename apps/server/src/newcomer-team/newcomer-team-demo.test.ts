import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";

for (const engine of testEngines) {
  describe(`newcomer team demo (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    test("Frøya and Hitra have a team of five agencies with work contacts, and a member's event in its calendar", async () => {
      const team = await t.test.database.db.selectFrom("newcomer_teams").select(["id", "name"]).where("region_id", "=", "froya-hitra").executeTakeFirstOrThrow();
      const page = await t.app.inject({ method: "GET", url: `/nb/tilflytterteam/${team.id}` });
      assert.equal(page.statusCode, 200);
      for (const agency of ["NAV Frøya og Hitra", "Skatteetaten", "Frøya og Hitra voksenopplæring", "Helsestasjonen", "Frivilligsentral"]) assert.match(page.body, new RegExp(agency), agency);
      assert.match(page.body, /@demo\.velkomst\.no/);
      const calendar = await t.app.inject({ method: "GET", url: `/nb/tilflytterteam/${team.id}/kalender` });
      assert.match(calendar.body, /Temakveld: Ny i Norge/);
    });

    test("each of its municipalities' public pages links to the team, in every language", async () => {
      const team = await t.test.database.db.selectFrom("newcomer_teams").select("id").where("region_id", "=", "froya-hitra").executeTakeFirstOrThrow();
      const texts = { nb: "Etatene som hjelper nye innbyggere", nn: "Etatane som hjelper nye innbyggjarar", en: "The agencies that help new residents", uk: "Установи, які допомагають новим мешканцям", pl: "Instytucje, które pomagają nowym mieszkańcom", ar: "الجهات التي تساعد السكان الجدد" };
      for (const number of ["5014", "5056"]) {
        for (const [lang, text] of Object.entries(texts)) {
          const page = await t.app.inject({ method: "GET", url: `/${lang}/kommune/${number}` });
          assert.match(page.body, new RegExp(`href="/${lang}/tilflytterteam/${team.id}"`), `${lang} ${number}`);
          assert.match(page.body, new RegExp(text), `${lang} ${number}`);
        }
      }
      const oslo = await t.app.inject({ method: "GET", url: "/nb/kommune/0301" });
      assert.doesNotMatch(oslo.body, /tilflytterteam\//);
    });
  });
}

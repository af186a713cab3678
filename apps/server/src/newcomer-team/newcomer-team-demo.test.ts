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
  });
}

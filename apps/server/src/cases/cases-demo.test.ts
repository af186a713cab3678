import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cookiesOf, demoPassword, startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";

for (const engine of testEngines) {
  describe(`case work demo (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    test("a dozen participants in Frøya and Hitra in every phase, warnings first, and settled adults waiting in Hitra", async () => {
      const response = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email: "fylke.trondelag@demo.velkomst.no", password: demoPassword } });
      const cookie = cookiesOf(response);
      const page = await t.app.inject({ method: "GET", url: "/nb/ansatt/deltakere", headers: { cookie } });
      assert.equal(page.statusCode, 200);
      const rows = [...page.body.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((m) => m[1]!).slice(1);
      assert.ok(rows.length >= 12, `${rows.length} rows`);
      for (const phase of ["Venter på start", "I program", "I permisjon", "Stanset", "Avsluttet"]) assert.match(page.body, new RegExp(`>${phase}<`), phase);
      for (const warning of ["Fristen for oppstart er passert", "Programtiden går snart ut"]) assert.match(page.body, new RegExp(warning), warning);
      const firstWithout = rows.findIndex((row) => row.includes(">Ingen<"));
      assert.ok(rows.slice(firstWithout).every((row) => row.includes(">Ingen<")), "warnings first");
      const hitra = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email: "koordinator.hitra@demo.velkomst.no", password: demoPassword } });
      const settled = await t.app.inject({ method: "GET", url: "/nb/ansatt/deltakere/fra-bosetting", headers: { cookie: cookiesOf(hitra) } });
      assert.match(settled.body, /DEMO-HITRA-1/);
    });
  });
}

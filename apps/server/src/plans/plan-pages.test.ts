import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
before(async () => (t = await startTestApp()));
after(() => t.close());

test("a plan step links to the national information that explains it, in the chosen municipality", async () => {
  const query = new URLSearchParams({ grunnlag: "eea-worker", fodselsar: "1990", ankomst: "2026-10", opphold: "3-6", statsborgerskap: "PL", nummer: "5014" });
  const response = await t.app.inject({ url: `/nb/min-plan/resultat?${query}` });
  assert.equal(response.statusCode, 200, response.body.slice(0, 500));
  assert.match(response.body, /href="\/nb\/kommune\/5014\/info\/registration-and-id-numbers"/);
});

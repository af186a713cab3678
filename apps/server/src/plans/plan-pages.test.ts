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

test("a plan step names the chosen municipality's own services for it, and none for another municipality's", async () => {
  const query = new URLSearchParams({ grunnlag: "eea-worker", fodselsar: "1990", ankomst: "2026-10", opphold: "long", statsborgerskap: "PL", nummer: "5014" });
  const response = await t.app.inject({ url: `/nb/min-plan/resultat?${query}` });
  const navFroya = (await t.app.services.directory.listForMunicipality("5014")).find((service) => service.category === "nav");
  assert.ok(navFroya, "the demo has a NAV office for Frøya");
  const step = /id="step-national-insurance-health"[\s\S]*?<\/li>\s*<\/ol>|id="step-national-insurance-health"[\s\S]*?(?=<li class="plan-step")/.exec(response.body)?.[0] ?? "";
  assert.match(step, new RegExp(`href="/nb/kommune/5014/tjenester/${navFroya.id}"`));

  query.set("nummer", "0301");
  const oslo = await t.app.inject({ url: `/nb/min-plan/resultat?${query}` });
  assert.doesNotMatch(oslo.body, /\/tjenester\//, "Oslo has no services in the demo, so none are named");
});

test("each legal basis of a step links to the provision on Lovdata, marked as Norwegian, in every language", async () => {
  const query = new URLSearchParams({ grunnlag: "eea-worker", fodselsar: "1990", ankomst: "2026-10", opphold: "long", statsborgerskap: "PL", nummer: "5014" });
  for (const lang of ["nb", "ar"]) {
    const response = await t.app.inject({ url: `/${lang}/min-plan/resultat?${query}` });
    assert.equal(response.statusCode, 200);
    const step = /id="step-eea-registration"[\s\S]*?(?=<li class="plan-step")/.exec(response.body)?.[0] ?? "";
    assert.match(
      step,
      /<a[^>]*href="https:\/\/lovdata\.no\/dokument\/NL\/lov\/2008-05-15-35\/%C2%A7117"[^>]*lang="nb"[^>]*dir="auto"[^>]*>Utlendingsloven § 117 \(registreringsplikt for EØS-borgere\)<\/a>/,
      `${lang}: the reference is a link`,
    );
  }
});

test("the national administrator sees the rules being checked on the staff start page; a municipality administrator does not", async () => {
  const national = await t.app.inject({ url: "/nb/ansatt", headers: { cookie: await t.signIn("national-admin") } });
  assert.equal(national.statusCode, 200);
  assert.match(national.body, /<h2[^>]*id="rules-status"[^>]*>Regler som kontrolleres<\/h2>/);
  const municipal = await t.app.inject({ url: "/nb/ansatt", headers: { cookie: await t.signIn("municipality-admin") } });
  assert.equal(municipal.statusCode, 200);
  assert.doesNotMatch(municipal.body, /id="rules-status"/);
});

test("a citizenship that cannot hold the chosen basis is refused on the citizenship question", async () => {
  const query = new URLSearchParams({ grunnlag: "eea-worker", fodselsar: "1990", ankomst: "2026-10", opphold: "long", statsborgerskap: "IN", nummer: "5014" });
  const response = await t.app.inject({ url: `/nb/min-plan/resultat?${query}` });
  assert.notEqual(response.statusCode, 500);
  assert.ok(response.body.includes("Dette statsborgerskapet passer ikke med grunnlaget du valgte."), response.body.slice(0, 300));
});

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
before(async () => (t = await startTestApp()));
after(() => t.close());

const navigator = (lang: string, answers: Record<string, string>) => t.app.inject({ url: `/${lang}/godkjenning?${new URLSearchParams(answers)}` });

test("the navigator's questions are a plain GET form with no script, in every language", async () => {
  for (const lang of ["nb", "nn", "en", "uk", "pl", "ar"]) {
    const response = await t.app.inject({ url: `/${lang}/godkjenning` });
    assert.equal(response.statusCode, 200, lang);
    assert.match(response.body, /<form[^>]* action="\/[a-z]{2}\/godkjenning" method="get">/);
    assert.doesNotMatch(response.body, /<option value="SU">/, "withdrawn country codes are not offered");
    assert.match(response.body, /name="q"/);
    assert.match(response.body, /<option value="PH">/);
  }
  assert.match((await t.app.inject({ url: "/ar/godkjenning" })).body, /<html[^>]*dir="rtl"/);
});

test("a nurse from the Philippines, typed with a typo, finds Helsedirektoratet's authorisation and the extra requirements", async () => {
  const response = await navigator("en", { q: "nurce", country: "PH", citizenship: "PH", level: "bachelor", documents: "yes" });
  assert.equal(response.statusCode, 200);
  assert.match(response.body, /<title>Your path as Nurse/);
  assert.match(response.body, /Authorisation or approval for the profession/);
  assert.match(response.body, /href="https:\/\/www\.helsedirektoratet\.no\//);
  assert.match(response.body, /Document Norwegian at level B2/);
  assert.match(response.body, /While you wait/);
  assert.match(response.body, /Last checked 6 December 2026/);
});

test("titles in Arabic and Ukrainian are found, and the answer is in the page's language", async () => {
  const arabic = await navigator("ar", { q: "ممرضة", country: "SY" });
  assert.equal(arabic.statusCode, 200);
  assert.match(arabic.body, /ترخيص أو اعتماد للمهنة/);
  const ukrainian = await navigator("uk", { q: "електрик", country: "UA" });
  assert.equal(ukrainian.statusCode, 200);
  assert.match(ukrainian.body, /Direktoratet for samfunnssikkerhet og beredskap/);
  assert.match(ukrainian.body, /Визнання професійної освіти/);
});

test("missing answers are 400 with each problem next to its field; an unknown title says so", async () => {
  const empty = await navigator("nb", { q: "", country: "" });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /Skriv et yrke\./);
  assert.match(empty.body, /Velg landet der du tok utdanningen\./);
  assert.match(empty.body, /href="#field-country"/);
  const unknown = await navigator("nb", { q: "qqqxxzz", country: "PH" });
  assert.equal(unknown.statusCode, 400);
  assert.match(unknown.body, /Vi fant ikke yrket «qqqxxzz»/);
  const tampered = await navigator("nb", { q: "kokk", country: "<script>", level: "phd", citizenship: "x" });
  assert.equal(tampered.statusCode, 400);
  assert.doesNotMatch(tampered.body, /<script>/);
});

test("a title that could mean several occupations is offered as a choice; choosing one keeps the other answers", async () => {
  const response = await navigator("nb", { q: "lærer", country: "UA" });
  assert.equal(response.statusCode, 200);
  assert.match(response.body, /Vi fant flere yrker/);
  const link = /href="(\/nb\/godkjenning\?[^"]*occupation=primary-teacher[^"]*)"/.exec(response.body)?.[1]?.replaceAll("&amp;", "&");
  assert.ok(link, "a link to the primary-school teacher");
  const chosen = await t.app.inject({ url: link });
  assert.match(chosen.body, /Veien din som Lærer i grunnskolen/);
  assert.match(chosen.body, /Direktoratet for høyere utdanning og kompetanse/);
});

test("the arrival plan's recognition step links to the navigator with the person's answers", async () => {
  const query = new URLSearchParams({ grunnlag: "refugee", fodselsar: "1990", ankomst: "2026-10", opphold: "long", statsborgerskap: "SY", nummer: "5014", utdanning: "higher" });
  const plan = await t.app.inject({ url: `/nb/min-plan/resultat?${query}` });
  assert.equal(plan.statusCode, 200);
  assert.match(plan.body, /id="step-recognition-of-qualifications"/);
  assert.match(plan.body, /href="\/nb\/godkjenning\?country=SY&amp;citizenship=SY">Finn ut hvilken godkjenning du trenger/);
  const prefilled = await navigator("nb", { country: "SY", citizenship: "SY" });
  assert.match(prefilled.body, /<option value="SY" selected="">/);
});

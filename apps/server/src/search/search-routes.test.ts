import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";

interface ApiResult {
  query: string;
  language: string;
  municipality: string;
  total: number;
  suggestion?: string;
  hits: Array<{ kind: string; key: string; language: string; scope: string; title: string; snippet: Array<{ text: string; match: boolean }>; url: string }>;
}

for (const engine of testEngines) {
  describe(`search routes (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    test("GET /api/v1/municipalities/:number/search finds a typo in the reader's language, with URLs in that language", async () => {
      const response = await t.app.inject({ url: "/api/v1/municipalities/5014/search?q=helsestasjn&lang=ar" });
      assert.equal(response.statusCode, 200);
      const body = response.json<ApiResult>();
      assert.equal(body.suggestion, "helsestasjon");
      assert.deepEqual([body.query, body.language, body.municipality], ["helsestasjn", "ar", "5014"]);
      const health = body.hits.find((hit) => hit.key === "health");
      assert.ok(health, JSON.stringify(body.hits.map((hit) => hit.key)));
      assert.deepEqual([health.kind, health.language, health.scope, health.url], ["page", "ar", "national", "/ar/kommune/5014/info/health"]);
      assert.ok(health.snippet.some((part) => part.match && /helsestasjon/i.test(part.text)));
      assert.equal(body.total, body.hits.length);
    });

    test("the API defaults to bokmål, honours limit, and shows the region's page to both members but Frøya's own only to Frøya", async () => {
      const froya = (await t.app.inject({ url: "/api/v1/municipalities/5014/search?q=sistranda" })).json<ApiResult>();
      const hitra = (await t.app.inject({ url: "/api/v1/municipalities/5056/search?q=sistranda" })).json<ApiResult>();
      assert.equal(froya.language, "nb");
      // The region's welcome centre is in Sistranda: both members see it.
      assert.ok(froya.hits.some((hit) => hit.key === "velkomstsenteret" && hit.scope === "region"));
      assert.ok(hitra.hits.some((hit) => hit.key === "velkomstsenteret" && hit.scope === "region"));
      // Frøya's own meeting-places page mentions Sistranda too; Hitra does not see it.
      assert.ok(froya.hits.some((hit) => hit.key === "meeting-places" && hit.scope === "municipality"));
      assert.ok(!hitra.hits.some((hit) => hit.scope === "municipality"));
      const limited = (await t.app.inject({ url: "/api/v1/municipalities/5014/search?q=kommunen&limit=2" })).json<ApiResult>();
      assert.equal(limited.hits.length, 2);
      assert.ok(limited.total > 2);
    });

    test("the API refuses bad input naming the field, and answers 404 for an unknown municipality", async () => {
      for (const [url, field] of [
        ["/api/v1/municipalities/5014/search", "q"],
        ["/api/v1/municipalities/5014/search?q=", "q"],
        [`/api/v1/municipalities/5014/search?q=${"a".repeat(201)}`, "q"],
        ["/api/v1/municipalities/5014/search?q=x&lang=de", "lang"],
        ["/api/v1/municipalities/5014/search?q=x&limit=500", "limit"],
        ["/api/v1/municipalities/froya/search?q=x", "number"],
      ] as const) {
        const response = await t.app.inject({ url });
        assert.equal(response.statusCode, 400, url);
        assert.ok(JSON.stringify(response.json()).includes(field), `${url}: ${response.body}`);
      }
      const unknown = await t.app.inject({ url: "/api/v1/municipalities/9999/search?q=x" });
      assert.equal(unknown.statusCode, 404);
    });

    test("the search page lists hits by kind with the count in the title and a heading, and links in the reader's language", async () => {
      const response = await t.app.inject({ url: "/nb/kommune/5014/sok?q=helsestasjn" });
      assert.equal(response.statusCode, 200);
      const html = response.body;
      assert.match(html, /<form[^>]*role="search"[^>]*action="\/nb\/kommune\/5014\/sok"/);
      assert.match(html, /<title>\d+ treff for «helsestasjn» – Frøya/);
      assert.match(html, /<h2[^>]*id="search-results"[^>]*>\d+ treff for «helsestasjn»<\/h2>/);
      assert.match(html, /<h3[^>]*>Informasjon \(\d+\)<\/h3>/);
      assert.match(html, /<h3[^>]*>Tjenester \(\d+\)<\/h3>/);
      assert.match(html, /Mente du:<!-- --> <a[^>]*href="\/nb\/kommune\/5014\/sok\?q=helsestasjon"/);
      assert.match(html, /href="\/nb\/kommune\/5014\/info\/health"/);
      assert.match(html, /<mark>helsestasjonen<\/mark>/i);
      assert.match(html, /value="helsestasjn"/);
    });

    test("an Arabic reader's bokmål hit is marked as bokmål; no hits give tips; bad numbers are 404", async () => {
      // The region's welcome-centre page is only in bokmål.
      const arabic = await t.app.inject({ url: "/ar/kommune/5014/sok?q=sistranda" });
      assert.equal(arabic.statusCode, 200);
      assert.match(arabic.body, /<a class="ds-link search-hit-title" href="\/ar\/kommune\/5014\/info\/velkomstsenteret" lang="nb" dir="ltr">/);
      assert.match(arabic.body, /بالنرويجية \(بوكمول\)/);

      const none = await t.app.inject({ url: "/nb/kommune/5014/sok?q=xyzzyqq" });
      assert.equal(none.statusCode, 200);
      assert.match(none.body, /Ingen treff for «xyzzyqq»/);
      assert.match(none.body, /Sjekk at ordene er skrevet riktig/);
      assert.match(none.body, /href="\/nb\/kommune\/5014\/info"/);

      const empty = await t.app.inject({ url: "/nb/kommune/5014/sok" });
      assert.equal(empty.statusCode, 200);
      assert.match(empty.body, /Skriv et ord eller noen ord/);

      const long = await t.app.inject({ url: `/nb/kommune/5014/sok?q=${"a".repeat(250)}` });
      assert.equal(long.statusCode, 400);
      assert.match(long.body, /Søket er for langt/);
      assert.match(long.body, /aria-invalid="true"/);

      assert.equal((await t.app.inject({ url: "/nb/kommune/9999/sok?q=x" })).statusCode, 404);
      assert.equal((await t.app.inject({ url: "/nb/kommune/froya/sok?q=x" })).statusCode, 404);
    });

    test("the municipality page has the search box", async () => {
      const response = await t.app.inject({ url: "/nb/kommune/5014" });
      assert.match(response.body, /<form[^>]*role="search"[^>]*method="get"[^>]*action="\/nb\/kommune\/5014\/sok"|<form[^>]*role="search"[^>]*action="\/nb\/kommune\/5014\/sok"/);
    });
  });
}

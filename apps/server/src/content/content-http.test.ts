import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { demoAccounts, seedDemo } from "../demo/demo-seed.ts";
import { testClock } from "../../test/test-clock.ts";
import { prepareDatabase } from "../startup.ts";
import { cookiesOf, demoPassword, mergeCookies, startTestApp, type TestApp } from "../../test/test-app.ts";
import { createEmptyDatabase, type TestDatabase } from "../../test/test-database.ts";
import { createUserRepository } from "../staff/user-repository.ts";
import { createContent } from "./content-service.ts";
import { segmentPage } from "./machine-translation.ts";

const form = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v);
  return body.toString();
};
const formHeaders = (cookie: string) => ({ cookie, "content-type": "application/x-www-form-urlencoded" });

async function pageIdOf(t: { test: TestDatabase }, scopeId: string, slug: string) {
  return (await t.test.database.db.selectFrom("content_pages").select("id").where("scope_id", "=", scopeId).where("slug", "=", slug).executeTakeFirstOrThrow()).id;
}

describe("content web pages (no translation provider)", () => {
  let t: TestApp;
  let trondheimPage = "";
  let trondheimVersion = "";

  before(async () => {
    t = await startTestApp("pglite");
    const db = t.test.database.db;
    const imdi = (await createUserRepository(db).findByEmail("imdi@demo.velkomst.no"))!;
    const content = createContent({ db, config: { translationProvider: undefined, cookieSecret: undefined, clock: testClock } });
    const created = await content.workflow.createPage(
      { viewer: { ...imdi, totpEnabled: false }, ip: null },
      { scope: { kind: "municipality", id: "5001" }, slug: "trondheim", title: "Trondheim", summary: "Kort", body: "Tekst", sources: "", steps: [] },
    );
    trondheimPage = created.pageId;
    trondheimVersion = created.versionId;
  });
  after(() => t?.close());

  test("a froya-hitra editor gets 403 on another municipality's page, its versions and its forms", async () => {
    const session = await t.formSession(await t.signIn("editor"));
    const get = (url: string) => t.app.inject({ url, headers: { cookie: session.cookie } });
    const post = (url: string, fields: Record<string, string> = {}) => t.app.inject({ method: "POST", url, headers: formHeaders(session.cookie), payload: form({ _csrf: session.csrf, ...fields }) });
    assert.equal((await get(`/nb/ansatt/innhold/sider/${trondheimPage}`)).statusCode, 403);
    assert.equal((await get(`/nb/ansatt/innhold/sider/${trondheimPage}/nb`)).statusCode, 403);
    assert.equal((await get(`/nb/ansatt/innhold/versjoner/${trondheimVersion}`)).statusCode, 403);
    assert.equal((await post(`/nb/ansatt/innhold/sider/${trondheimPage}/nb`, { title: "Min", summary: "x", body: "y", handling: "utkast" })).statusCode, 403);
    assert.equal((await post(`/nb/ansatt/innhold/versjoner/${trondheimVersion}/send`)).statusCode, 403);
    assert.equal((await post(`/nb/ansatt/innhold/versjoner/${trondheimVersion}/forkast`)).statusCode, 403);
    const national = await pageIdOf(t, "", "health");
    assert.equal((await post(`/nb/ansatt/innhold/sider/${national}/nb`, { title: "Helse", summary: "x", body: "y", handling: "utkast" })).statusCode, 403);
    assert.equal((await post(`/nb/ansatt/innhold/sider/${national}/nb/avpubliser`)).statusCode, 403);
    const refused = await post("/nb/ansatt/innhold/ny", { scope: "municipality:5001", slug: "inntrenger", title: "X", summary: "x", body: "y", handling: "utkast" });
    assert.equal(refused.statusCode, 403);
    const versions = await t.test.database.db.selectFrom("content_versions").select("status").where("page_id", "=", trondheimPage).execute();
    assert.deepEqual(versions, [{ status: "draft" }]);
    // Their own pages are fine; no machine translation button without a provider.
    const own = await get(`/nb/ansatt/innhold/sider/${await pageIdOf(t, "5014", "meeting-places")}`);
    assert.equal(own.statusCode, 200);
    assert.doesNotMatch(own.body, /Maskinoversett/);
    assert.equal((await post(`/nb/ansatt/innhold/sider/${await pageIdOf(t, "5014", "meeting-places")}/en/maskinoversett`)).statusCode, 404);
  });

  test("a new page through the form is cleaned when saved; the writer cannot approve it, the Frøya admin can", async () => {
    const editor = await t.formSession(await t.signIn("editor"));
    const created = await t.app.inject({
      method: "POST",
      url: "/nb/ansatt/innhold/ny",
      headers: formHeaders(editor.cookie),
      payload: form({ _csrf: editor.csrf, scope: "municipality:5014", slug: "ny-side", title: "Ny side", summary: "Om noe", body: "Hei <script>alert(1)</script>[x](javascript:alert(1))", sources: "", steps: ["bank-account", "housing"], handling: "send" }),
    });
    assert.equal(created.statusCode, 303, created.body);
    const version = await t.test.database.db
      .selectFrom("content_versions as v")
      .innerJoin("content_pages as p", "p.id", "v.page_id")
      .select(["v.id", "v.body", "v.status", "v.steps"])
      .where("p.slug", "=", "ny-side")
      .executeTakeFirstOrThrow();
    assert.equal(version.status, "review");
    assert.deepEqual(version.steps, ["bank-account", "housing"]);
    assert.doesNotMatch(version.body, /script|javascript/);
    const own = await t.app.inject({ method: "POST", url: `/nb/ansatt/innhold/versjoner/${version.id}/godkjenn`, headers: formHeaders(editor.cookie), payload: form({ _csrf: editor.csrf }) });
    assert.equal(own.statusCode, 403);
    assert.match(own.body, /Noen andre må godkjenne en tekst du har skrevet/);
    const admin = await t.formSession(await t.signIn("municipality-admin"));
    const approved = await t.app.inject({ method: "POST", url: `/nb/ansatt/innhold/versjoner/${version.id}/godkjenn`, headers: formHeaders(admin.cookie), payload: form({ _csrf: admin.csrf }) });
    assert.equal(approved.statusCode, 303);
    const reader = await t.app.inject({ url: "/nb/kommune/5014/info/ny-side" });
    assert.equal(reader.statusCode, 200);
    assert.match(reader.body, /Lokal informasjon fra Frøya kommune/);
    assert.doesNotMatch(reader.body, /<script>alert/);
  });

  test("a form with problems answers 400 and names the fields in the editor's language", async () => {
    const editor = await t.formSession(await t.signIn("editor"));
    const response = await t.app.inject({
      method: "POST",
      url: "/en/ansatt/innhold/ny",
      headers: formHeaders(editor.cookie),
      payload: form({ _csrf: editor.csrf, scope: "municipality:5014", slug: "!!!", title: "", summary: "x", body: "<script>x</script>", sources: "no link", handling: "utkast" }),
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Use lowercase letters a–z, digits and single hyphens\./);
    assert.match(response.body, /Write a text\. HTML is removed/);
    assert.match(response.body, /Line 1: write/);
    assert.match(response.body, /href="#field-title"/);
  });

  test("the JSON API gives the same pages as the reader, with origin and outdated flags; 404 for unknown ones", async () => {
    const list = await t.app.inject({ url: "/api/v1/content/municipalities/5014/pages?lang=en" });
    assert.equal(list.statusCode, 200);
    const pages = list.json() as Array<{ slug: string; origin: { kind: string; name?: string }; outdated: boolean; language: string; url: string }>;
    const meeting = pages.find((p) => p.slug === "meeting-places")!;
    assert.deepEqual(meeting.origin, { kind: "municipality", name: "Frøya" });
    assert.equal(meeting.outdated, true);
    assert.equal(meeting.url, "http://localhost/en/kommune/5014/info/meeting-places");
    assert.equal(pages.find((p) => p.slug === "health")!.origin.kind, "national");
    const one = await t.app.inject({ url: "/api/v1/content/municipalities/5056/pages/velkomstsenteret?lang=ar" });
    assert.equal(one.statusCode, 200);
    const page = one.json() as { language: string; fallback: boolean; html: string };
    assert.equal(page.language, "nb");
    assert.equal(page.fallback, true);
    assert.match(page.html, /<h2>Skatteetaten kommer hit<\/h2>/);
    assert.equal((await t.app.inject({ url: "/api/v1/content/municipalities/5014/pages/no-such-page" })).statusCode, 404);
    assert.equal((await t.app.inject({ url: "/api/v1/content/municipalities/9999/pages" })).statusCode, 404);
    assert.equal((await t.app.inject({ url: "/api/v1/content/municipalities/5014/pages?lang=xx" })).statusCode, 400);
  });

  test("feedback: CSRF required, a choice required, then thanks; editors in scope read it", async () => {
    const noToken = await t.app.inject({ method: "POST", url: "/nb/kommune/5014/info/velkomstsenteret/tilbakemelding", headers: formHeaders(""), payload: form({ nyttig: "ja" }) });
    assert.equal(noToken.statusCode, 403);
    const session = await t.formSession();
    const missing = await t.app.inject({ method: "POST", url: "/nb/kommune/5014/info/velkomstsenteret/tilbakemelding", headers: formHeaders(session.cookie), payload: form({ _csrf: session.csrf }) });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /Velg ja eller nei\./);
    const sent = await t.app.inject({
      method: "POST",
      url: "/nb/kommune/5056/info/velkomstsenteret/tilbakemelding",
      headers: formHeaders(session.cookie),
      payload: form({ _csrf: session.csrf, nyttig: "nei", kommentar: "Åpningstidene mangler <b>her</b>" }),
    });
    assert.equal(sent.statusCode, 303);
    assert.equal(sent.headers.location, "/nb/kommune/5056/info/velkomstsenteret?tilbakemelding=takk#tilbakemelding");
    const thanks = await t.app.inject({ url: String(sent.headers.location).replace(/#.*/, "") });
    assert.match(thanks.body, /Takk! Svaret ditt hjelper oss/);
    const editor = await t.app.inject({ url: "/nb/ansatt/innhold/tilbakemeldinger", headers: { cookie: await t.signIn("editor") } });
    assert.match(editor.body, /Åpningstidene mangler &lt;b&gt;her&lt;\/b&gt;/);
    const coordinator = await t.app.inject({ url: "/nb/ansatt/innhold/tilbakemeldinger", headers: { cookie: await t.signIn("coordinator") } });
    assert.equal(coordinator.statusCode, 403);
  });
});

/** A stand-in for the external translation service, speaking the DeepL v2 /translate shape. */
function fakeDeepl(options: { fail?: boolean } = {}) {
  const requests: Array<{ url: string; authorization: string | undefined; body: { text: string[]; source_lang: string; target_lang: string; tag_handling: string } }> = [];
  const server: Server = createServer(async (request: IncomingMessage, response) => {
    let raw = "";
    for await (const chunk of request) raw += String(chunk);
    const body = JSON.parse(raw) as (typeof requests)[number]["body"];
    requests.push({ url: request.url ?? "", authorization: request.headers.authorization, body });
    if (options.fail) {
      response.writeHead(503).end();
      return;
    }
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ translations: body.text.map((text) => ({ detected_source_language: "NB", text: `[${body.target_lang}] ${text}` })) }));
  });
  return {
    requests,
    async start() {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("machine translation through a DeepL-shaped service", () => {
  const deepl = fakeDeepl();
  let test_: TestDatabase;
  let app: FastifyInstance;

  before(async () => {
    const url = await deepl.start();
    test_ = await createEmptyDatabase("pglite");
    await prepareDatabase(test_.database);
    await seedDemo(test_.database.db, { clock: testClock, password: demoPassword });
    const config = { ...loadConfig({ SEED_DEMO: "false", COOKIE_SECRET: "test-cookie-secret-test-cookie-secret", TRANSLATION_PROVIDER_URL: url, TRANSLATION_API_KEY: "test-key" }), publicUrl: "http://localhost" };
    app = await buildApp({ database: test_.database, config, logger: false });
    await app.ready();
  });
  after(async () => {
    await app?.close();
    await test_?.dispose();
    await deepl.close();
  });

  test("the button is there for languages the service has (not nynorsk); the result is a draft marked machine translated", async () => {
    const signIn = await app.inject({ method: "POST", url: "/api/v1/session", payload: { email: demoAccounts.find((a) => a.role === "editor")!.email, password: demoPassword } });
    const formPage = await app.inject({ url: "/nb/glemt-passord", headers: { cookie: cookiesOf(signIn) } });
    const cookie = mergeCookies(cookiesOf(signIn), cookiesOf(formPage));
    const csrf = /name="_csrf" value="([^"]+)"/.exec(formPage.body)![1]!;
    const pageId = (await test_.database.db.selectFrom("content_pages").select("id").where("slug", "=", "velkomstsenteret").executeTakeFirstOrThrow()).id;

    const detail = await app.inject({ url: `/nb/ansatt/innhold/sider/${pageId}`, headers: { cookie } });
    for (const language of ["ukrainsk", "polsk", "arabisk"]) assert.match(detail.body, new RegExp(`aria-label="Maskinoversett: ${language}"`));
    assert.doesNotMatch(detail.body, /aria-label="Maskinoversett: norsk nynorsk"/);

    const response = await app.inject({ method: "POST", url: `/nb/ansatt/innhold/sider/${pageId}/pl/maskinoversett`, headers: formHeaders(cookie), payload: form({ _csrf: csrf }) });
    assert.equal(response.statusCode, 303, response.body);
    const request = deepl.requests.at(-1)!;
    assert.equal(request.url, "/v2/translate");
    assert.equal(request.authorization, "DeepL-Auth-Key test-key");
    assert.equal(request.body.source_lang, "NB");
    assert.equal(request.body.target_lang, "PL");
    assert.equal(request.body.tag_handling, "xml");
    assert.equal(request.body.text[0], "Velkomstsenteret på Sistranda");

    const draft = await test_.database.db.selectFrom("content_versions").select(["status", "machine_translated", "title", "body", "source_version_id"]).where("page_id", "=", pageId).where("language", "=", "pl").executeTakeFirstOrThrow();
    assert.equal(draft.status, "draft");
    assert.equal(draft.machine_translated, true);
    assert.equal(draft.title, "[PL] Velkomstsenteret på Sistranda");
    assert.match(draft.body, /^## \[PL\] Skatteetaten kommer hit$/m, "headings keep their Markdown");
    assert.ok(draft.source_version_id);
    const version = await app.inject({ url: String(response.headers.location), headers: { cookie } });
    assert.match(version.body, /Maskinoversatt/);
    // Readers do not see a draft.
    const reader = await app.inject({ url: "/pl/kommune/5014/info/velkomstsenteret" });
    assert.doesNotMatch(reader.body, /\[PL\]/);
  });

  test("Markdown survives the round trip: links keep their address, lists and emphasis their marks", () => {
    const text = { title: "T", summary: "S", body: "## Tittel\n\n- Les **mer** på [NAV](https://www.nav.no) og *her*.\n1. Første", sources: [{ title: "NAV", url: "https://www.nav.no" }] };
    const { segments, rebuild } = segmentPage(text);
    assert.ok(segments.includes('Les <b>mer</b> på <a i="0">NAV</a> og <i>her</i>.'));
    assert.deepEqual(rebuild(segments), text);
  });
});

describe("machine translation when the service fails", () => {
  test("the editor gets a message, nothing is saved", async () => {
    const deepl = fakeDeepl({ fail: true });
    const url = await deepl.start();
    const t = await createEmptyDatabase("pglite");
    try {
      await prepareDatabase(t.database);
      await seedDemo(t.database.db, { clock: testClock, password: demoPassword });
      const content = createContent({ db: t.database.db, config: { translationProvider: { url, apiKey: "k" }, cookieSecret: undefined, clock: testClock } });
      const editor = (await createUserRepository(t.database.db).findByEmail("redaktor@demo.velkomst.no"))!;
      const pageId = (await t.database.db.selectFrom("content_pages").select("id").where("slug", "=", "velkomstsenteret").executeTakeFirstOrThrow()).id;
      await assert.rejects(content.workflow.machineTranslate({ viewer: { ...editor, totpEnabled: false }, ip: null }, pageId, "uk"), /answered 503/);
      const versions = await t.database.db.selectFrom("content_versions").select("id").where("page_id", "=", pageId).where("language", "=", "uk").execute();
      assert.equal(versions.length, 0);
    } finally {
      await t.dispose();
      await deepl.close();
    }
  });
});

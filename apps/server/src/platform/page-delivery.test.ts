import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

/** The stylesheet addresses a page links, in order. */
function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
}

function decoded(response: { rawPayload: Buffer; headers: Record<string, unknown> }): string {
  const encoding = response.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(response.rawPayload).toString();
  if (encoding === "gzip") return gunzipSync(response.rawPayload).toString();
  return response.rawPayload.toString();
}

// HTTP only: the database engine makes no difference here, so one engine is enough.
describe("page delivery: compression, hashed assets, per-page CSS, the installable app", () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp("pglite");
  });
  after(() => t.close());

  test("a public page is sent with brotli, or gzip, or as it is, as the client asks, and varies on it", async () => {
    const plain = await t.app.inject({ url: "/nb/" });
    const br = await t.app.inject({ url: "/nb/", headers: { "accept-encoding": "gzip, deflate, br" } });
    const gzip = await t.app.inject({ url: "/nb/", headers: { "accept-encoding": "gzip" } });
    const refused = await t.app.inject({ url: "/nb/", headers: { "accept-encoding": "br;q=0, gzip" } });
    assert.equal(plain.headers["content-encoding"], undefined);
    assert.equal(br.headers["content-encoding"], "br");
    assert.equal(gzip.headers["content-encoding"], "gzip");
    assert.equal(refused.headers["content-encoding"], "gzip");
    assert.equal(decoded(br), plain.body);
    assert.equal(decoded(gzip), plain.body);
    assert.ok(br.rawPayload.length < plain.rawPayload.length / 2, `${br.rawPayload.length} of ${plain.rawPayload.length} bytes`);
    assert.match(String(br.headers.vary), /Accept-Encoding/);
    assert.match(String(br.headers.vary), /Cookie/);
    assert.equal(br.headers["cache-control"], "public, max-age=300");
  });

  test("assets have content-hashed names, are cached for a year and are compressed once, at start", async () => {
    const landing = await t.app.inject({ url: "/nb/" });
    const [theme, designSystem, app] = stylesheetsOf(landing.body);
    assert.match(designSystem ?? "", /^\/assets\/ds-index\.[0-9a-f]{10}\.css$/);
    assert.match(theme ?? "", /^\/assets\/ds-theme\.[0-9a-f]{10}\.css$/);
    const raw = await t.app.inject({ url: designSystem! });
    const br = await t.app.inject({ url: designSystem!, headers: { "accept-encoding": "br, gzip" } });
    const again = await t.app.inject({ url: designSystem!, headers: { "accept-encoding": "br, gzip" } });
    assert.equal(br.headers["cache-control"], "public, max-age=31536000, immutable");
    assert.equal(br.headers["content-encoding"], "br");
    assert.equal(brotliDecompressSync(br.rawPayload).toString(), raw.body);
    // The same bytes each time: made once, not per request (and at brotli's best quality, below 20 KB).
    assert.ok(br.rawPayload.equals(again.rawPayload));
    assert.ok(br.rawPayload.length < 20_000, `${br.rawPayload.length} bytes`);
    // A page from before a new version asks for an old hash: it gets today's file, but not as immutable.
    const stale = await t.app.inject({ url: app!.replace(/\.[0-9a-f]{10}\.css$/, ".0000000000.css") });
    assert.equal(stale.statusCode, 200);
    assert.equal(stale.headers["cache-control"], "public, max-age=300");
    assert.equal((await t.app.inject({ url: "/assets/nothing.0000000000.css" })).statusCode, 404);
  });

  test("a page links Designsystemet, app.css and only its own module's CSS, and nothing blocks rendering but the stylesheets", async () => {
    const names = (html: string) => stylesheetsOf(html).map((href) => href.replace(/^\/assets\//, "").replace(/\.[0-9a-f]{10}\.css$/, ".css"));
    assert.deepEqual(names((await t.app.inject({ url: "/nb/" })).body), ["ds-theme.css", "ds-index.css", "app.css", "search.css"]);
    assert.deepEqual(names((await t.app.inject({ url: "/ar/min-plan" })).body), ["ds-theme.css", "ds-index.css", "app.css", "plan.css"]);
    assert.deepEqual(names((await t.app.inject({ url: "/nb/kommune/5014/arrangementer" })).body), ["ds-theme.css", "ds-index.css", "app.css", "events.css", "content.css"]);
    const scripts = [...(await t.app.inject({ url: "/nb/" })).body.matchAll(/<script[^>]*>/g)].map((match) => match[0]);
    assert.ok(scripts.length > 0);
    for (const script of scripts) assert.match(script, / defer=""/, script);
  });

  test("BREACH: a signed-in person's pages are not compressed; an anonymous form's token is new on every answer, so it is", async () => {
    const cookie = await t.signIn("newcomer");
    const own = await t.app.inject({ url: "/nb/min-side", headers: { cookie, "accept-encoding": "br, gzip" } });
    assert.equal(own.statusCode, 200);
    assert.equal(own.headers["content-encoding"], undefined);
    const tokenOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)?.[1];
    const first = await t.app.inject({ url: "/nb/logg-inn", headers: { "accept-encoding": "br" } });
    const session = first.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const second = await t.app.inject({ url: "/nb/logg-inn", headers: { "accept-encoding": "br", cookie: session } });
    assert.equal(first.headers["content-encoding"], "br");
    const [a, b] = [tokenOf(decoded(first)), tokenOf(decoded(second))];
    assert.ok(a && b);
    assert.notEqual(a, b);
  });

  test("the service worker and a manifest per language are served, allowed by the CSP with 'self' only", async () => {
    const worker = await t.app.inject({ url: "/sw.js" });
    assert.equal(worker.statusCode, 200);
    assert.equal(worker.headers["cache-control"], "no-cache");
    assert.match(worker.body, /const version = "[0-9a-f]{10}"/);
    assert.match(worker.body, /\/assets\/ds-index\.[0-9a-f]{10}\.css/);
    const csp = String(worker.headers["content-security-policy"]);
    assert.match(csp, /worker-src 'self'(;|$)/);
    assert.match(csp, /manifest-src 'self'(;|$)/);

    const landing = (await t.app.inject({ url: "/ar/" })).body;
    assert.match(landing, /<link rel="manifest" href="\/ar\/manifest.webmanifest"\/>/);
    const manifest = await t.app.inject({ url: "/ar/manifest.webmanifest" });
    assert.match(String(manifest.headers["content-type"]), /^application\/manifest\+json/);
    const body = manifest.json<{ start_url: string; lang: string; dir: string; theme_color: string; icons: Array<{ src: string; sizes: string }> }>();
    assert.deepEqual([body.start_url, body.lang, body.dir, body.theme_color], ["/ar/", "ar", "rtl", "#1e2b3c"]);
    for (const icon of body.icons) assert.equal((await t.app.inject({ url: icon.src })).statusCode, 200, icon.src);
    assert.ok(body.icons.some((icon) => icon.sizes === "512x512"));
  });

  test("the offline page is in the reader's language, and every page carries the hidden offline notice", async () => {
    const offline = await t.app.inject({ url: "/ar/frakoblet" });
    assert.equal(offline.statusCode, 200);
    assert.match(offline.body, /أنت غير متصل بالإنترنت/);
    assert.match((await t.app.inject({ url: "/nb/" })).body, /data-offline-notice="nb-NO" hidden="">.*Lagret %SAVED_AT%/);
  });

  test("public pages and the person's own plan are marked for saving offline; staff pages are not", async () => {
    assert.equal((await t.app.inject({ url: "/nb/kommune/5014" })).headers["x-offline"], "save");
    const plan = await t.app.inject({ url: "/nb/min-plan/resultat?grunnlag=refugee&fodselsar=1990&statsborgerskap=SY&ankomst=2026-10&opphold=long&nummer=5014" });
    assert.equal(plan.statusCode, 200);
    assert.equal(plan.headers["x-offline"], "save");
    assert.equal(plan.headers["cache-control"], "private, no-store");
    const cookie = await t.signIn("municipality-admin");
    assert.equal((await t.app.inject({ url: "/nb/ansatt", headers: { cookie } })).headers["x-offline"], undefined);
  });
});

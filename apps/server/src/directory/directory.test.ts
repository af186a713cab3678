import { fixedClock } from "../platform/clock.ts";
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { buildApp } from "../app.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { checkServiceInput } from "./service-model.ts";
import { serviceBody } from "../../test/service-body.ts";
import { demoServices } from "./directory-seed.ts";

/** A pattern in a page, failing with the pattern rather than the whole page. */
function has(body: string, pattern: RegExp, message = `the page should match ${pattern}`) {
  assert.ok(pattern.test(body), message);
}

/** A Tuesday at 10:30 in Norway (winter time, UTC+1). */
const tuesdayMorning = new Date("2026-11-24T09:30:00Z");


for (const engine of testEngines) {
  describe(`directory on ${engine}`, () => {
    let t: TestApp;
    let cookies: Record<"national-admin" | "municipality-admin" | "editor" | "coordinator" | "employer", string>;
    const api = (method: "GET" | "POST" | "PUT" | "DELETE", url: string, who?: keyof typeof cookies, payload?: unknown) =>
      t.app.inject({ method, url: `/api/v1${url}`, headers: { ...(who ? { cookie: cookies[who] } : {}), ...(payload === undefined ? {} : { "content-type": "application/json" }) }, ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }) });
    const serviceRows = () => t.test.database.db.selectFrom("directory_services").select(["id", "name", "municipality_number", "region_id"]).execute();
    const searchRows = (key: string) => t.test.database.db.selectFrom("search_documents").select(["language", "scope_kind", "scope_id", "title", "path"]).where("kind", "=", "service").where("key", "=", key).execute();

    before(async () => {
      t = await startTestApp(engine);
      t.app.services.directory.setClock(fixedClock(tuesdayMorning));
      cookies = {
        "national-admin": await t.signIn("national-admin"),
        "municipality-admin": await t.signIn("municipality-admin"),
        editor: await t.signIn("editor"),
        coordinator: await t.signIn("coordinator"),
        employer: await t.signIn("employer"),
      };
    });
    after(() => t.close());

    test("the demo services of Frøya and Hitra, with open now at the clock's time", async () => {
      const froya = (await api("GET", "/municipalities/5014/services")).json() as Array<{ name: string; scope: { kind: string }; status: { open: boolean; closesAt?: { time: string; at: string } } }>;
      const hitra = (await api("GET", "/municipalities/5056/services")).json() as Array<{ name: string }>;
      assert.equal(froya.length, demoServices(2026).filter((s) => s.scope.id !== "5056").length);
      assert.ok(hitra.some((s) => s.name === "NAV Hitra") && !hitra.some((s) => s.name === "NAV Frøya"));
      assert.ok(hitra.some((s) => s.name.startsWith("Skatteetaten")), "the regional SUA entry is listed in both");
      const nav = froya.find((s) => s.name === "NAV Frøya")!;
      assert.deepEqual(nav.status.open, true);
      assert.deepEqual(nav.status.closesAt, { date: "2026-11-24", time: "14:00", at: "2026-11-24T13:00:00.000Z" });
      assert.equal((await api("GET", "/municipalities/9999/services")).statusCode, 404);
      assert.equal((await api("GET", "/municipalities/abc/services")).statusCode, 400);
    });

    test("an editor of the region adds, changes and deletes a Frøya service; the search index follows in the same transaction", async () => {
      const created = await api("POST", "/services", "editor", serviceBody());
      assert.equal(created.statusCode, 201, created.body);
      const { id } = created.json() as { id: string };
      const service = (await api("GET", `/services/${id}`)).json() as { name: string; languages: string[]; texts: Record<string, unknown>; status: { open: boolean } };
      assert.equal(service.name, "Testbiblioteket");
      assert.deepEqual(service.languages, ["nb", "so"]);
      assert.deepEqual(Object.keys(service.texts), ["nb"]);
      assert.equal(service.status.open, true);
      assert.deepEqual(await searchRows(id), [{ language: "nb", scope_kind: "municipality", scope_id: "5014", title: "Testbiblioteket", path: `tjenester/${id}` }]);

      const moved = await api("PUT", `/services/${id}`, "editor", serviceBody({ name: "Fellesbiblioteket", scope: { kind: "region", id: "froya-hitra" }, texts: { nb: { description: "Bøker." }, ar: { description: "كتب." } } }));
      assert.equal(moved.statusCode, 204, moved.body);
      const rows = await searchRows(id);
      assert.deepEqual(
        rows.map((r) => [r.language, r.scope_kind, r.scope_id, r.title]).sort(),
        [
          ["ar", "region", "froya-hitra", "Fellesbiblioteket"],
          ["nb", "region", "froya-hitra", "Fellesbiblioteket"],
        ],
      );
      const audit = await t.test.database.db.selectFrom("audit_log").select("action").where("subject_id", "=", id).orderBy("id").execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ["directory.service.created", "directory.service.updated"],
      );

      assert.equal((await api("DELETE", `/services/${id}`, "national-admin")).statusCode, 204);
      assert.equal((await api("GET", `/services/${id}`)).statusCode, 404);
      assert.deepEqual(await searchRows(id), []);
      assert.equal((await t.test.database.db.selectFrom("directory_opening_hours").select("service_id").where("service_id", "=", id).execute()).length, 0);
    });

    test("outside their scope staff are refused (403) and nothing changes", async () => {
      const trondheim = await api("POST", "/services", "national-admin", serviceBody({ scope: { kind: "municipality", id: "5001" }, name: "Trondheim bibliotek" }));
      assert.equal(trondheim.statusCode, 201);
      const { id } = trondheim.json() as { id: string };
      const before = await serviceRows();

      // The froya-hitra editor cannot touch a service of another municipality, nor move one there.
      assert.equal((await api("PUT", `/services/${id}`, "editor", serviceBody({ name: "Kapret" }))).statusCode, 403);
      assert.equal((await api("DELETE", `/services/${id}`, "editor")).statusCode, 403);
      assert.equal((await api("POST", "/services", "editor", serviceBody({ scope: { kind: "municipality", id: "5001" } }))).statusCode, 403);
      // Hitra's coordinator cannot add to Frøya; Frøya's administrator cannot change the region's services.
      assert.equal((await api("POST", "/services", "coordinator", serviceBody())).statusCode, 403);
      const regional = ((await api("GET", "/municipalities/5014/services")).json() as Array<{ id: string; scope: { kind: string } }>).find((s) => s.scope.kind === "region")!;
      assert.equal((await api("DELETE", `/services/${regional.id}`, "municipality-admin")).statusCode, 403);
      // Roles without editing rights are refused before anything is read.
      assert.equal((await api("POST", "/services", "employer", serviceBody())).statusCode, 403);
      assert.equal((await api("POST", "/services", undefined, serviceBody())).statusCode, 401);
      assert.deepEqual(await serviceRows(), before);

      // The web pages refuse the same.
      const session = await t.formSession(cookies.editor);
      const page = await t.app.inject({ url: `/nb/ansatt/tjenester/${id}`, headers: { cookie: session.cookie } });
      assert.equal(page.statusCode, 403);
      const post = await t.app.inject({ method: "POST", url: `/nb/ansatt/tjenester/${id}/slett`, headers: { cookie: session.cookie }, payload: { _csrf: session.csrf } });
      assert.equal(post.statusCode, 403);
      const list = await t.app.inject({ url: "/nb/ansatt/tjenester", headers: { cookie: session.cookie } });
      assert.ok(!list.body.includes("Trondheim bibliotek"), "another municipality's service is not listed");
      assert.deepEqual(await serviceRows(), before);
    });

    test("bad input names the field: 400 from the schema, 422 from the rules, and no half-write", async () => {
      const before = await serviceRows();
      const schema = await api("POST", "/services", "editor", { ...serviceBody(), category: "casino", weeklyHours: [{ weekday: 8, opens: "9", closes: "15:00" }] });
      assert.equal(schema.statusCode, 400);
      const schemaPaths = (schema.json() as { errors: Array<{ path: string }> }).errors.map((e) => e.path);
      assert.ok(schemaPaths.includes("category") && schemaPaths.includes("weeklyHours[0].weekday") && schemaPaths.includes("weeklyHours[0].opens"), schemaPaths.join());
      const rules = await api("POST", "/services", "editor", serviceBody({ weeklyHours: [{ weekday: 1, opens: "15:00", closes: "09:00" }], latitude: 63, longitude: null, texts: { nb: { description: " " } } }));
      assert.equal(rules.statusCode, 422);
      assert.deepEqual(
        (rules.json() as { errors: Array<{ path: string }> }).errors.map((e) => e.path).sort(),
        ["longitude", "texts.nb.description", "weeklyHours[0].closes"],
      );
      const unknownRegion = await api("POST", "/services", "national-admin", serviceBody({ scope: { kind: "region", id: "atlantis" } }));
      assert.equal(unknownRegion.statusCode, 422);
      assert.equal((unknownRegion.json() as { errors: Array<{ path: string }> }).errors[0]?.path, "scope.id");
      assert.deepEqual(await serviceRows(), before);
      assert.ok(checkServiceInput(serviceBody()).ok);
    });

    test("the web form adds a service without JavaScript, and shows errors by field", async () => {
      const session = await t.formSession(cookies.coordinator);
      const headers = { cookie: session.cookie };
      const form = await t.app.inject({ url: "/nb/ansatt/tjenester/ny", headers });
      assert.equal(form.statusCode, 200);
      assert.ok(form.body.includes('value="municipality:5056"') && !form.body.includes('value="municipality:5014"'), "Hitra's coordinator is offered Hitra only");
      const bad = await t.app.inject({ method: "POST", url: "/nb/ansatt/tjenester", headers, payload: { _csrf: session.csrf, scope: "municipality:5056", category: "language-cafe", name: "Språkkafé Fillan", "hours-3": "18-late" } });
      assert.equal(bad.statusCode, 400);
      has(bad.body, /href="#field-hours-3"/);
      has(bad.body, /href="#field-description-nb"/);
      has(bad.body, /value="Språkkafé Fillan"/, "what was typed is kept");
      const foreign = await t.app.inject({ method: "POST", url: "/nb/ansatt/tjenester", headers, payload: { _csrf: session.csrf, scope: "municipality:5014", category: "language-cafe", name: "Språkkafé", "description-nb": "Kaffe og norsk." } });
      assert.equal(foreign.statusCode, 403);
      has(foreign.body, /Du kan bare endre tjenester i din egen kommune eller region/);
      const good = await t.app.inject({
        method: "POST",
        url: "/nb/ansatt/tjenester",
        headers,
        payload: { _csrf: session.csrf, scope: "municipality:5056", category: "language-cafe", name: "Språkkafé Fillan", "hours-3": "18-20", "description-nb": "Kaffe og norsk.", languages: ["nb", "uk"], closedOnPublicHolidays: "on" },
      });
      assert.equal(good.statusCode, 303, good.body.slice(0, 500));
      const list = await t.app.inject({ url: String(good.headers.location), headers });
      has(list.body, /Språkkafé Fillan er lagt til/);
      const reader = await t.app.inject({ url: "/nb/kommune/5056/tjenester" });
      has(reader.body, /Språkkafé Fillan/);
      const withoutToken = await t.app.inject({ method: "POST", url: "/nb/ansatt/tjenester", headers, payload: { scope: "municipality:5056" } });
      assert.equal(withoutToken.statusCode, 403);
    });

    test("the reader's pages: grouped list with open now in words, detail with hours, holidays and JSON-LD", async () => {
      const list = await t.app.inject({ url: "/nb/kommune/5014/tjenester" });
      assert.equal(list.statusCode, 200);
      has(list.body, /<h2[^>]*id="category-nav"[^>]*>NAV<\/h2>/);
      has(list.body, /Åpent nå/);
      has(list.body, /Stengt nå/);
      has(list.body, /href="tel:\+4700000011"/);
      has(list.body, /href="mailto:kommunetorget@demo.velkomst.no"/);
      has(list.body, /gjelder klokken 10:30 norsk tid/);
      const froya = (await api("GET", "/municipalities/5014/services")).json() as Array<{ id: string; name: string }>;
      const nav = froya.find((s) => s.name === "NAV Frøya")!;
      const detail = await t.app.inject({ url: `/nb/kommune/5014/tjenester/${nav.id}` });
      assert.equal(detail.statusCode, 200);
      has(detail.body, /tirsdag \(i dag\)/);
      has(detail.body, /Helligdag|1\. juledag/);
      has(detail.body, /openstreetmap\.org\/\?mlat=63\.72510/);
      assert.ok(!detail.body.includes("<svg"), "no embedded map without tiles");
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(detail.body)![1]!) as Record<string, unknown>;
      assert.equal(jsonLd["@type"], "GovernmentOffice");
      assert.equal(jsonLd.url, `http://localhost/nb/kommune/5014/tjenester/${nav.id}`);
      // A Hitra service seen from Frøya is not there; an unknown id is a 404 page.
      const hitra = ((await api("GET", "/municipalities/5056/services")).json() as Array<{ id: string; name: string }>).find((s) => s.name === "NAV Hitra")!;
      assert.equal((await t.app.inject({ url: `/nb/kommune/5014/tjenester/${hitra.id}` })).statusCode, 404);
      assert.equal((await t.app.inject({ url: "/nb/kommune/5014/tjenester/not-an-id" })).statusCode, 404);
      const arabic = await t.app.inject({ url: `/ar/kommune/5014/tjenester/${nav.id}` });
      has(arabic.body, /مفتوح الآن/);
      const nynorsk = await t.app.inject({ url: `/nn/kommune/5014/tjenester/${nav.id}` });
      has(nynorsk.body, /Ikkje omsett enno/);
      has(nynorsk.body, /<div class="content-body" lang="nb"/);
    });

    test("with map tiles configured the page draws a small map and the CSP allows exactly that origin", async () => {
      const plainCsp = String((await t.app.inject({ url: "/nb/kommune/5014/tjenester" })).headers["content-security-policy"]);
      assert.match(plainCsp, /img-src 'self' data:;/);
      const mapped = await buildApp({
        database: t.test.database,
        config: { ...t.app.services.config, mapTiles: { url: "https://tiles.example.org/{z}/{x}/{y}.png", attribution: "© OpenStreetMap-bidragsytere", origin: "https://tiles.example.org" } },
        logger: false,
      });
      try {
        mapped.services.directory.setClock(fixedClock(tuesdayMorning));
        const froya = (await mapped.inject({ url: "/api/v1/municipalities/5014/services" })).json() as Array<{ id: string; name: string }>;
        const page = await mapped.inject({ url: `/nb/kommune/5014/tjenester/${froya.find((s) => s.name === "NAV Frøya")!.id}` });
        assert.match(String(page.headers["content-security-policy"]), /img-src 'self' data: https:\/\/tiles\.example\.org;/);
        has(page.body, /<svg[^>]*role="img"/);
        has(page.body, /<image href="https:\/\/tiles\.example\.org\/16\/\d+\/\d+\.png"/);
        has(page.body, /Kart: © OpenStreetMap-bidragsytere/);
        has(page.body, /openstreetmap\.org\/\?mlat=/, "the plain link stays");
      } finally {
        await mapped.close();
      }
    });
  });
}

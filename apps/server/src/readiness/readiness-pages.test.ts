import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cookiesOf, demoPassword, startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { minimalPdf } from "./readiness-demo.ts";

const hitra = "koordinator.hitra@demo.velkomst.no";
const county = "fylke.trondelag@demo.velkomst.no";
const editor = "redaktor@demo.velkomst.no";

/** A multipart/form-data body as a browser sends it, with at most one file. */
function multipart(fields: Record<string, string>, file?: { name: string; type: string; bytes: Buffer }) {
  const boundary = "----velkomst-test-boundary";
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="document"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    parts.push(file.bytes, Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

for (const engine of testEngines) {
  describe(`readiness pages on ${engine}`, () => {
    let t: TestApp;
    const sessions = new Map<string, { cookie: string; csrf: string }>();

    async function signInAs(email: string) {
      const response = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password: demoPassword } });
      assert.equal(response.statusCode, 200, response.body);
      sessions.set(email, await t.formSession(cookiesOf(response)));
    }
    const session = (email: string) => sessions.get(email)!;
    const get = (email: string, url: string) => t.app.inject({ method: "GET", url, headers: { cookie: session(email).cookie } });
    const postItem = (email: string, url: string, fields: Record<string, string>, file?: { name: string; type: string; bytes: Buffer }, withToken = true) => {
      const body = multipart({ ...(withToken ? { _csrf: session(email).csrf } : {}), ...fields }, file);
      return t.app.inject({ method: "POST", url, payload: body.payload, headers: { ...body.headers, cookie: session(email).cookie } });
    };

    before(async () => {
      t = await startTestApp(engine);
      for (const email of [hitra, county, editor]) await signInAs(email);
    });
    after(() => t.close());

    test("Hitra's address leads to the region's checklist, partly done", async () => {
      const redirect = await get(hitra, "/nb/ansatt/sjekkliste/5056");
      assert.equal(redirect.statusCode, 303);
      assert.equal(redirect.headers.location, "/nb/ansatt/sjekkliste/froya-hitra?kommune=5056");
      const page = await get(hitra, String(redirect.headers.location));
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Hitra kommune er med i regionen Frøya og Hitra/);
      assert.match(page.body, /5 av 11 punkter er ferdige/);
      assert.match(page.body, /1 punkt har passert fristen/);
      const home = await get(hitra, "/nb/ansatt");
      assert.match(home.body, /href="\/nb\/ansatt\/sjekkliste"/);
    });

    test("the coordinator saves status, note and a PDF in one form; history and download follow", async () => {
      const url = "/nb/ansatt/sjekkliste/froya-hitra/involve-immigrants";
      const pdf = minimalPdf("Survey of newcomers 2026");
      const saved = await postItem(hitra, url, { status: "done", ownerUser: "", ownerName: "Tilflyttingskoordinator", dueDate: "", notes: "Undersøkelsen er gjennomført med 40 svar." }, { name: "Undersøkelse Frøya.pdf", type: "application/octet-stream", bytes: pdf });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 500));
      assert.equal(saved.headers.location, `${url}?lagret=1`);
      const page = await get(hitra, `${url}?lagret=1`);
      assert.match(page.body, /Endringene er lagret/);
      assert.match(page.body, /Status: Ikke startet → Ferdig/);
      assert.match(page.body, /La ved «Undersøkelse Frøya\.pdf»/);
      assert.match(page.body, /Amina Hassan/);
      const link = /href="(\/nb\/ansatt\/sjekkliste\/froya-hitra\/involve-immigrants\/dokument\/[0-9a-f-]{36})"/.exec(page.body)?.[1];
      assert.ok(link, "a download link");
      // The county reads the document: the bytes as sent, typed by the server, never sniffed.
      const download = await get(county, link);
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers["content-type"], "application/pdf");
      assert.equal(download.headers["x-content-type-options"], "nosniff");
      assert.match(String(download.headers["content-disposition"]), /^attachment; filename="[^"]+"; filename\*=UTF-8''Unders%C3%B8kelse%20Fr%C3%B8ya\.pdf$/);
      assert.ok(download.rawPayload.equals(pdf));
      const documentId = link.split("/").at(-1)!;
      const audited = await t.test.database.db.selectFrom("audit_log").select(["actor_user_id", "action"]).where("subject_id", "=", documentId).execute();
      assert.deepEqual(audited.map((row) => row.action), ["readiness.document.downloaded"], "every download is in the audit log");
      // The county's overview shows the change on both members of the region.
      const overview = await get(county, "/nb/ansatt/sjekkliste/oversikt");
      assert.equal(overview.statusCode, 200);
      assert.equal((overview.body.match(/6 av 11/g) ?? []).length, 2);
      const api = await get(county, "/api/v1/readiness/overview");
      const hitraRow = (api.json() as { municipalities: Array<{ number: string; done: number; overdue: number }> }).municipalities.find((m) => m.number === "5056");
      assert.deepEqual({ done: hitraRow?.done, overdue: hitraRow?.overdue }, { done: 6, overdue: 0 });
    });

    test("a form without its token is refused and saves nothing", async () => {
      const url = "/nb/ansatt/sjekkliste/froya-hitra/information-plan";
      const response = await postItem(hitra, url, { status: "done", notes: "Forged" }, undefined, false);
      assert.equal(response.statusCode, 403);
      assert.match(response.body, /Skjemaet er utløpt/);
      const wrong = await postItem(hitra, url, { status: "done", notes: "Forged", _csrf: "not-the-token" });
      assert.equal(wrong.statusCode, 403);
      const item = await get(hitra, "/api/v1/readiness/checklists/froya-hitra/items/information-plan");
      assert.equal((item.json() as { item: { status: string } }).item.status, "not-started");
    });

    test("bad input comes back on the form, named by field, and nothing is saved", async () => {
      const url = "/nb/ansatt/sjekkliste/froya-hitra/information-plan";
      const notRelevant = await postItem(hitra, url, { status: "not-relevant", notes: "  " });
      assert.equal(notRelevant.statusCode, 400);
      assert.match(notRelevant.body, /Skriv i notatet hvorfor punktet ikke er aktuelt/);
      assert.match(notRelevant.body, /href="#field-notes"/);
      const badDate = await postItem(hitra, url, { status: "in-progress", dueDate: "12/31/2026", notes: "Tekst som beholdes" });
      assert.equal(badDate.statusCode, 400);
      assert.match(badDate.body, /Skriv en gyldig dato/);
      assert.match(badDate.body, /Tekst som beholdes/);
      const script = await postItem(hitra, url, { status: "in-progress" }, { name: "plan.pdf", type: "application/pdf", bytes: Buffer.from("<script>alert(1)</script>") });
      assert.equal(script.statusCode, 400);
      assert.match(script.body, /Denne filtypen kan ikke legges ved/);
      const large = await postItem(hitra, url, { status: "in-progress" }, { name: "stor.pdf", type: "application/pdf", bytes: Buffer.concat([minimalPdf("x"), Buffer.alloc(5 * 1024 * 1024)]) });
      assert.equal(large.statusCode, 400);
      assert.match(large.body, /Filen er for stor/);
      const item = await get(hitra, "/api/v1/readiness/checklists/froya-hitra/items/information-plan");
      assert.deepEqual((item.json() as { item: { status: string; documents: unknown[] } }).item, { ...(item.json() as { item: object }).item, status: "not-started", documents: [] });
    });

    test("an editor of Frøya og Hitra cannot change another municipality's checklist; the county cannot change any", async () => {
      const oslo = await postItem(editor, "/nb/ansatt/sjekkliste/0301/financing", { status: "done" });
      assert.equal(oslo.statusCode, 403);
      assert.equal((await get(editor, "/nb/ansatt/sjekkliste/0301")).statusCode, 403);
      assert.equal((await get(editor, "/api/v1/readiness/checklists/0301")).statusCode, 403);
      const byCounty = await postItem(county, "/nb/ansatt/sjekkliste/froya-hitra/financing", { status: "done" });
      assert.equal(byCounty.statusCode, 403);
      const page = await get(county, "/nb/ansatt/sjekkliste/froya-hitra/financing");
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, /enctype="multipart\/form-data"/);
      assert.match(page.body, /Du kan ikke|ikke endre/);
      assert.equal((await get(county, "/nb/ansatt/sjekkliste/0301")).statusCode, 403);
      const none = await t.test.database.db.selectFrom("readiness_checklists").select("id").execute();
      assert.equal(none.length, 1);
    });

    test("removing a document needs the token and leaves a line in the history", async () => {
      const url = "/nb/ansatt/sjekkliste/froya-hitra/cooperation-agreement";
      const page = await get(editor, url);
      const action = /action="([^"]+\/fjern)"/.exec(page.body)?.[1];
      assert.ok(action);
      const refused = await t.app.inject({ method: "POST", url: action, payload: {}, headers: { cookie: session(editor).cookie } });
      assert.equal(refused.statusCode, 403);
      const removed = await t.app.inject({ method: "POST", url: action, payload: { _csrf: session(editor).csrf }, headers: { cookie: session(editor).cookie } });
      assert.equal(removed.statusCode, 303);
      const after = await get(editor, `${url}?fjernet=1`);
      assert.match(after.body, /Fjernet «samarbeidsavtale-sua-froya-hitra\.pdf»/);
      assert.match(after.body, /Ingen dokumenter er lagt ved/);
    });

    test("unknown places and items are 404 pages; the item list is public in every language", async () => {
      assert.equal((await get(hitra, "/nb/ansatt/sjekkliste/no-such-region")).statusCode, 404);
      assert.equal((await get(hitra, "/nb/ansatt/sjekkliste/froya-hitra/no-such-item")).statusCode, 404);
      assert.equal((await get(hitra, "/api/v1/readiness/checklists/9999")).statusCode, 404);
      const items = await t.app.inject({ method: "GET", url: "/api/v1/readiness/items?lang=ar" });
      assert.equal(items.statusCode, 200);
      const list = items.json() as Array<{ id: string; title: string; sections: string[] }>;
      assert.equal(list.length, 11);
      assert.equal(list[10]?.title, "التمويل");
      assert.ok(list.every((item) => item.sections.includes("2.2")));
      const openapi = (await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json() as { paths: Record<string, unknown> };
      for (const path of ["/api/v1/readiness/items", "/api/v1/readiness/overview", "/api/v1/readiness/checklists/{place}", "/api/v1/readiness/checklists/{place}/items/{item}"]) {
        assert.ok(openapi.paths[path], `${path} is in the OpenAPI document`);
      }
      assert.ok(!Object.keys(openapi.paths).some((path) => path.includes("sjekkliste")), "pages stay out of the API document");
    });
  });
}

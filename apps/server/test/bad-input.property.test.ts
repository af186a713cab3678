import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { startTestApp, type TestApp } from "./test-app.ts";

let t: TestApp;
let adminCookie = "";
before(async () => {
  t = await startTestApp();
  adminCookie = await t.signIn("national-admin");
});
after(() => t.close());

/** NUL bytes and dates that are not dates: PostgreSQL and Date refuse them deep inside unless the app does first. */
const hostileValue = fc.constantFrom("%00", "a%00b", "x", "2026-13-45", "2026-02-30", "0000-00-00");
const pathValue = fc.oneof(fc.constant("5014"), fc.uuid(), fc.string({ maxLength: 12 }).map(encodeURIComponent), fc.constant("nb"), hostileValue);
const fieldValue = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("\u0000", "a\u0000b", "2026-02-30"));

test("random JSON bodies and path values never make the API answer 5xx, and 4xx always name what was wrong", async () => {
  const routes = t.app.routeAccess.filter((r) => r.url.startsWith("/api/") && r.method !== "GET");
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...routes), fc.json(), pathValue, fc.boolean(), async (route, body, value, signedIn) => {
      const url = route.url.replace(/:[a-z]+/g, value);
      const response = await t.app.inject({
        method: route.method as "POST",
        url,
        headers: { "content-type": "application/json", ...(signedIn ? { cookie: adminCookie } : {}) },
        payload: body,
      });
      assert.ok(response.statusCode < 500, `${route.method} ${url} with ${body}: ${response.statusCode} ${response.body}`);
      if (response.statusCode >= 400) {
        const errors = response.json().errors as Array<{ path: string; message: string }>;
        assert.ok(Array.isArray(errors) && errors.length > 0 && errors.every((e) => typeof e.message === "string" && e.message.length > 0));
      }
    }),
    { numRuns: 300 },
  );
});

test("random form posts never make a web page answer 5xx", async () => {
  const session = await t.formSession(adminCookie);
  const routes = t.app.routeAccess.filter((r) => !r.url.startsWith("/api/") && r.method === "POST");
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...routes), fc.dictionary(fc.constantFrom("email", "password", "name", "role", "scope", "code", "secret", "confirm", "tilbake", "date", "partySize", "consent"), fieldValue), async (route, fields) => {
      const url = route.url.replace(":lang", "nb").replace(/:[a-z]+/g, "00000000-0000-4000-8000-000000000000");
      if (url.endsWith("logg-ut")) return;
      const response = await t.app.inject({ method: "POST", url, headers: { cookie: session.cookie }, payload: { ...fields, _csrf: session.csrf } });
      assert.ok(response.statusCode < 500, `${url} with ${JSON.stringify(fields)}: ${response.statusCode}`);
    }),
    { numRuns: 150 },
  );
});

test("public pages and the API with NUL bytes and malformed dates in paths and queries never answer 5xx", async () => {
  const routes = t.app.routeAccess.filter((r) => r.method === "GET" && r.url.includes(":"));
  const eventId = (await t.test.database.db.selectFrom("events").select("id").executeTakeFirstOrThrow()).id;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...routes), pathValue, hostileValue, fc.boolean(), async (route, value, query, signedIn) => {
      const url = `${route.url.replace(":lang", "nb").replace(":number", "5014").replace(":eventId", eventId).replace(/:[a-zA-Z]+/g, value)}?q=${query}&status=${query}`;
      const response = await t.app.inject({ url, headers: signedIn ? { cookie: adminCookie } : {} });
      assert.ok(response.statusCode < 500, `GET ${url}: ${response.statusCode}`);
    }),
    { numRuns: 300 },
  );
});

test("form-encoded empty bodies to every write, signed in or not, never answer 5xx", async () => {
  const session = await t.formSession(adminCookie);
  const eventId = (await t.test.database.db.selectFrom("events").select("id").executeTakeFirstOrThrow()).id;
  const routes = t.app.routeAccess.filter((r) => r.method !== "GET" && !r.url.endsWith("logg-ut"));
  for (const route of routes) {
    const url = route.url.replace(":lang", "nb").replace(":number", "5014").replace(":eventId", eventId).replace(":date", "x").replace(/:[a-zA-Z]+/g, "00000000-0000-4000-8000-000000000000");
    for (const cookie of ["", session.cookie]) {
      const response = await t.app.inject({ method: route.method as "POST", url, headers: { cookie, "content-type": "application/x-www-form-urlencoded" }, payload: "" });
      assert.ok(response.statusCode < 500, `${route.method} ${url}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      if (url.startsWith("/api/")) assert.equal(response.statusCode, 415, `${route.method} ${url}: the JSON guard holds without a body`);
    }
  }
});

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { LightMyRequestResponse } from "fastify";
import { roles, staffRoles, type Role } from "../src/staff/roles.ts";
import { startTestApp, type TestApp } from "./test-app.ts";
import type { Allowed, AccessTable } from "./access/allowed.ts";
import { casesRoutes } from "./access/cases-routes.ts";
import { planRequestRoutes } from "./access/plan-request-routes.ts";
import { contentRoutes } from "./access/content-routes.ts";
import { directoryRoutes } from "./access/directory-routes.ts";
import { employersRoutes } from "./access/employers-routes.ts";
import { eventsRoutes } from "./access/events-routes.ts";
import { guidanceRoutes } from "./access/guidance-routes.ts";
import { interpretersRoutes } from "./access/interpreters-routes.ts";
import { jobMatchingRoutes } from "./access/job-matching-routes.ts";
import { mentoringRoutes } from "./access/mentoring-routes.ts";
import { newcomerTeamRoutes } from "./access/newcomer-team-routes.ts";
import { plansRoutes } from "./access/plans-routes.ts";
import { programmeRoutes } from "./access/programme-routes.ts";
import { readinessRoutes } from "./access/readiness-routes.ts";
import { searchRoutes } from "./access/search-routes.ts";
import { settlementRoutes } from "./access/settlement-routes.ts";
import { recognitionRoutes } from "./access/recognition-routes.ts";
import { skillsProfileRoutes } from "./access/skills-profile-routes.ts";
import { offlineRoutes } from "./access/offline-routes.ts";
import { trainingRoutes } from "./access/training-routes.ts";
const admins: readonly Role[] = ["national-admin", "municipality-admin"];
const staff: readonly Role[] = staffRoles;

/**
 * Who may call every route, written out by hand so that a change to a route's access shows up
 * here as a failing test; a route missing from this table fails the test too.
 */
const expected: AccessTable = {
  "GET /healthz": "public",
  "GET /readyz": "public",
  "GET /api/v1/openapi.json": "public",
  "GET /api/v1/counties": "public",
  "GET /api/v1/municipalities": "public",
  "GET /api/v1/municipalities/:number": "public",
  "POST /api/v1/session": "public",
  "GET /api/v1/session": "signed-in",
  "DELETE /api/v1/session": "signed-in",
  "POST /api/v1/password-reset": "public",
  "POST /api/v1/password": "public",
  "GET /api/v1/users": admins,
  "POST /api/v1/invitations": admins,
  "POST /api/v1/users/:id/roles": admins,
  "DELETE /api/v1/users/:id/roles": admins,
  "GET /": "public",
  "GET /:lang": "public",
  "GET /:lang/": "public",
  "GET /:lang/kommune": "public",
  "GET /:lang/kommune/:number": "public",
  "GET /:lang/logg-inn": "public",
  "POST /:lang/logg-inn": "public",
  "GET /:lang/logg-inn/kode": "public",
  "POST /:lang/logg-inn/kode": "public",
  "POST /:lang/logg-ut": "public",
  "GET /:lang/glemt-passord": "public",
  "POST /:lang/glemt-passord": "public",
  "GET /:lang/nytt-passord/:token": "public",
  "POST /:lang/nytt-passord/:token": "public",
  "GET /:lang/ansatt": staff,
  "GET /:lang/ansatt/brukere": admins,
  "POST /:lang/ansatt/brukere": admins,
  "POST /:lang/ansatt/brukere/:id/roller": admins,
  "POST /:lang/ansatt/brukere/:id/roller/fjern": admins,
  "GET /:lang/ansatt/konto": staff,
  "POST /:lang/ansatt/konto/totp": staff,
  "POST /:lang/ansatt/konto/totp/bekreft": staff,
  "POST /:lang/ansatt/konto/totp/av": staff,
  "GET /:lang/innlogginger": "signed-in",
  "POST /:lang/innlogginger/logg-ut-andre": "signed-in",
};

/** Modules keep their routes in their own tables under ./access; every route must be in one of them. */
const accessTables: AccessTable[] = [expected, casesRoutes, planRequestRoutes, contentRoutes, directoryRoutes, employersRoutes, eventsRoutes, guidanceRoutes, interpretersRoutes, jobMatchingRoutes, mentoringRoutes, newcomerTeamRoutes, offlineRoutes, plansRoutes, programmeRoutes, readinessRoutes, recognitionRoutes, searchRoutes, settlementRoutes, skillsProfileRoutes, trainingRoutes];

function isAllowed(allowed: Allowed, role: Role | null): boolean {
  if (allowed === "public") return true;
  if (allowed === "signed-in") return role !== null;
  return role !== null && allowed.includes(role);
}

function refused(response: LightMyRequestResponse): boolean {
  // A refused form token is not an authorisation answer; the test sends valid tokens.
  if (response.statusCode === 401 || response.statusCode === 403) return !/"type":"csrf"|Skjemaet er utløpt/.test(response.body);
  return response.statusCode === 303 && String(response.headers.location).includes("/logg-inn?tilbake=");
}

describe("authorisation: every route × every role", () => {
  let t: TestApp;
  const sessions = new Map<Role | null, { cookie: string; csrf: string }>();
  let someUserId = "";

  before(async () => {
    t = await startTestApp();
    sessions.set(null, await t.formSession());
    for (const role of roles) sessions.set(role, await t.formSession(await t.signIn(role)));
    someUserId = (await t.test.database.db.selectFrom("users").select("id").where("email", "=", t.emailOf("volunteer")).executeTakeFirstOrThrow()).id;
  });
  after(() => t.close());

  test("the table names exactly the routes the app has", () => {
    const actual = t.app.routeAccess.map((r) => `${r.method} ${r.url}`).sort();
    const documented = Object.keys(Object.assign({}, ...accessTables)).sort();
    assert.deepEqual(actual, documented);
  });

  for (const who of [null, ...roles] as const) {
    test(`as ${who ?? "an anonymous visitor"}`, async () => {
      const session = sessions.get(who)!;
      const problems: string[] = [];
      for (const route of t.app.routeAccess) {
        const allowed = Object.assign({}, ...accessTables)[`${route.method} ${route.url}`] as Allowed | undefined;
        if (!allowed) continue; // reported by the test above
        const url = route.url.replace(":lang", "nb").replace(":number", "5014").replace(":id", someUserId).replace(":consentId", someUserId).replace(":token", "not-a-token");
        const api = url.startsWith("/api/");
        const response = await t.app.inject({
          method: route.method as "GET",
          url,
          headers: { cookie: session.cookie, ...(api && route.method !== "GET" ? { "content-type": "application/json" } : {}) },
          ...(route.method === "GET" ? {} : api ? { payload: "{}" } : { payload: { _csrf: session.csrf } }),
        });
        // Signing out ends the session; sign in again for the routes after it.
        if (route.url.endsWith("logg-ut") || (route.method === "DELETE" && route.url === "/api/v1/session")) {
          if (who) sessions.set(who, await t.formSession(await t.signIn(who)));
          Object.assign(session, sessions.get(who));
        }
        const shouldPass = isAllowed(allowed, who);
        if (shouldPass === refused(response)) problems.push(`${route.method} ${route.url}: ${response.statusCode} (expected ${shouldPass ? "access" : "refusal"})`);
        if (/"type":"csrf"|Skjemaet er utløpt/.test(response.body)) problems.push(`${route.method} ${route.url}: the form token was refused`);
        if (response.statusCode >= 500) problems.push(`${route.method} ${route.url}: ${response.statusCode}`);
      }
      assert.deepEqual(problems, []);
    });
  }
});


import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { eventsPaths } from "../events/events-paths.ts";
import { jobMatchingPaths } from "./job-matching-paths.ts";

describe("job matching demo data", () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  test("both Frøya employers have openings; the electrician needs an authorisation", async () => {
    const openings = await t.test.database.db
      .selectFrom("job_openings")
      .innerJoin("employers", "employers.id", "job_openings.employer_id")
      .select(["employers.name", "job_openings.occupation_code", "job_openings.authorisation_required", "job_openings.municipality_number", "job_openings.status"])
      .where("employers.organisation_number", "in", ["990000018", "990000026"])
      .execute();
    assert.deepEqual([...new Set(openings.map((o) => o.name))].sort(), ["Frøya Havbruk AS (demo)", "Kari Fiskeindustri AS"]);
    assert.ok(openings.every((o) => o.municipality_number === "5014" && o.status === "open"));
    assert.deepEqual(openings.map((o) => o.occupation_code).sort(), ["6221", "7411", "8160"]);
    assert.equal(openings.find((o) => o.occupation_code === "7411")?.authorisation_required, true);
  });

  test("the demo newcomer opted in with a profile and sees the openings that fit and a request", async () => {
    const cookie = await t.signIn("newcomer");
    const page = await t.app.inject({ method: "GET", url: jobMatchingPaths.mine("nb"), headers: { cookie } });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Frøya Havbruk AS \(demo\)/);
    assert.match(page.body, /Operatør fiskeforedling/);
  });

  test("a job fair in Frøya has the fish processor's stand with its openings", async () => {
    const stand = await t.test.database.db
      .selectFrom("job_fair_stands")
      .innerJoin("events", "events.id", "job_fair_stands.event_id")
      .innerJoin("employers", "employers.id", "job_fair_stands.employer_id")
      .select(["events.id", "events.kind", "events.municipality_number", "employers.name"])
      .where("employers.organisation_number", "=", "990000026")
      .executeTakeFirstOrThrow();
    assert.equal(stand.kind, "job-fair");
    assert.equal(stand.municipality_number, "5014");
    const page = await t.app.inject({ method: "GET", url: eventsPaths.event("nb", "5014", stand.id) });
    assert.equal(page.statusCode, 200, page.body.slice(0, 200));
    assert.match(page.body, /Kari Fiskeindustri AS/);
  });
});

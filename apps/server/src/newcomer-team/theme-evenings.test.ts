import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { addDays } from "../events/oslo-time.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { parseCopyForm, readCopyForm } from "./theme-evenings.ts";

describe("the theme evening form", () => {
  test("names each field that is wrong", () => {
    const parsed = parseCopyForm(readCopyForm({ municipality: "0301", date: "2026-02-30", startTime: "20:00", endTime: "18:00", placeName: "", address: "x", capacity: "0", interpreters: ["ar", "xx"] }), ["5056"]);
    assert.deepEqual(parsed, { ok: false, problems: { municipality: "chooseOne", date: "date", endTime: "endBeforeStart", placeName: "required", capacity: "capacity" } });
    assert.deepEqual(readCopyForm({ interpreters: ["ar", "xx", "nb", "ar"] }).interpreters, ["ar"]);
  });
});

for (const engine of testEngines) {
  describe(`theme evenings on ${engine}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(engine);
    });
    after(() => t.close());

    test("a coordinator copies a theme evening into their municipality's events, with partners, interpreters and sign-up", async () => {
      const form = await t.formSession(await t.signIn("coordinator"));
      const date = addDays(t.app.services.clock.today(), 20);
      const response = await t.app.inject({
        method: "POST",
        url: "/nb/ansatt/temakvelder/school-education",
        headers: { cookie: form.cookie },
        payload: { _csrf: form.csrf, municipality: "5056", date, startTime: "18:00", endTime: "20:30", placeName: "Hitra bibliotek", address: "Fillan", partners: "Karrieresenteret\nNAV Hitra", interpreters: ["ar", "uk"], capacity: "40" },
      });
      assert.equal(response.statusCode, 303, response.body);
      const eventId = /arrangementer\/([0-9a-f-]{36})/.exec(String(response.headers.location))![1]!;
      const event = await t.test.database.db.selectFrom("events").selectAll().where("id", "=", eventId).executeTakeFirstOrThrow();
      assert.equal(event.kind, "theme-evening");
      assert.equal(event.municipality_number, "5056");
      assert.deepEqual(event.languages, ["nb", "ar", "uk"]);
      assert.equal(event.signup_enabled, true);
      assert.equal(event.capacity, 40);
      const texts = await t.test.database.db.selectFrom("event_texts").select(["language", "title", "description"]).where("event_id", "=", eventId).orderBy("language").execute();
      assert.deepEqual(texts.map((x) => x.language), ["ar", "en", "nb", "nn", "pl", "uk"]);
      const nb = texts.find((x) => x.language === "nb")!;
      assert.equal(nb.title, "Ny i Norge: skole og utdanning");
      assert.match(nb.description, /Samarbeidspartnere: Karrieresenteret og NAV Hitra\./);
      assert.match(nb.description, /Tolk til arabisk og ukrainsk\./);

      // Another municipality is not the coordinator's: refused by field, nothing made.
      const before = await t.test.database.db.selectFrom("events").select("id").where("municipality_number", "=", "5014").where("kind", "=", "theme-evening").execute();
      const refused = await t.app.inject({
        method: "POST",
        url: "/nb/ansatt/temakvelder/health-family",
        headers: { cookie: form.cookie },
        payload: { _csrf: form.csrf, municipality: "5014", date, startTime: "18:00", endTime: "20:00", placeName: "Sistranda", address: "Sistranda" },
      });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /Velg ett alternativ/);
      const afterwards = await t.test.database.db.selectFrom("events").select("id").where("municipality_number", "=", "5014").where("kind", "=", "theme-evening").execute();
      assert.equal(afterwards.length, before.length);
    });
  });
}

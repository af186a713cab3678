import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createEmptyDatabase, testEngines, type TestDatabase } from "../../test/test-database.ts";
import { prepareDatabase } from "../startup.ts";
import { purgeTrainingRecords } from "./training-retention.ts";

for (const engine of testEngines) {
  describe(`training retention (${engine})`, () => {
    let t: TestDatabase;
    before(async () => {
      t = await createEmptyDatabase(engine);
      await prepareDatabase(t.database);
    });
    after(() => t.dispose());

    async function learner(name: string, createdAt: string) {
      const { id } = await t.database.db
        .insertInto("training_learners")
        .values({ municipality_number: "5056", participant_id: null, name, birth_date: "1990-05-17", residence_basis: "refugee", arrival_date: "2024-03-10", education: "primary", created_by: null, created_at: new Date(createdAt) })
        .returning("id")
        .executeTakeFirstOrThrow();
      return id;
    }
    const attend = (id: string, onDate: string) =>
      t.database.db.insertInto("training_attendance").values({ learner_id: id, subject: "social-studies", period: "week", on_date: onDate, minutes: 600, recorded_by: null, recorded_at: new Date(`${onDate}T12:00:00Z`) }).execute();

    test("five years after the last hours the learner is anonymised and the hours stay; two years with nothing recorded the learner is deleted", async () => {
      const now = new Date("2031-06-01T12:00:00Z");
      const db = t.database.db;
      const done = await learner("Ferdig Lærer", "2024-03-15T10:00:00Z");
      await attend(done, "2026-05-25");
      await db.insertInto("training_exemptions").values({ learner_id: done, subject: "norwegian", reason: "Dokumentert", decided_on: "2025-01-10", recorded_by: null, recorded_at: now }).execute();
      const correction = (learnerId: string) => db.insertInto("training_corrections").values({ learner_id: learnerId, record_kind: "exemption", record_id: learnerId, change: "removed", before: JSON.stringify({ subject: "norwegian", reason: "Feil vedtak", decidedOn: "2025-01-09" }), after: null, reason: "Omgjort", corrected_by: null, corrected_at: new Date("2025-01-11T10:00:00Z") }).execute();
      await correction(done);
      const recent = await learner("Nylig Lærer", "2024-03-15T10:00:00Z");
      await correction(recent);
      await attend(recent, "2026-06-08");
      const empty = await learner("Tom Lærer", "2029-05-01T10:00:00Z");
      const newcomer = await learner("Ny Lærer", "2030-01-01T10:00:00Z");

      assert.deepEqual(await purgeTrainingRecords(db, now), { learnersAnonymised: 1, learnersDeleted: 1 });
      const rows = new Map((await db.selectFrom("training_learners").select(["id", "name", "birth_date", "arrival_date", "anonymised_at"]).where("id", "in", [done, recent, empty, newcomer]).execute()).map((r) => [r.id, r]));
      assert.deepEqual([rows.get(done)!.name, rows.get(done)!.birth_date, rows.get(done)!.arrival_date], ["–", "1990-01-01", "2024-01-01"]);
      assert.ok(rows.get(done)!.anonymised_at);
      assert.equal((await db.selectFrom("training_attendance").select("minutes").where("learner_id", "=", done).executeTakeFirstOrThrow()).minutes, 600, "the hours stay");
      assert.equal((await db.selectFrom("training_exemptions").select("reason").where("learner_id", "=", done).executeTakeFirstOrThrow()).reason, "–");
      const history = await db.selectFrom("training_corrections").select("learner_id").where("learner_id", "in", [done, recent]).execute();
      assert.deepEqual(history.map((h) => h.learner_id), [recent], "the anonymised learner's history of corrections goes (it holds reasons and what records said)");
      assert.equal(rows.get(recent)!.name, "Nylig Lærer");
      assert.ok(!rows.has(empty), "nothing recorded in two years: deleted");
      assert.equal(rows.get(newcomer)!.name, "Ny Lærer");
      assert.deepEqual(await purgeTrainingRecords(db, now), { learnersAnonymised: 0, learnersDeleted: 0 }, "once only");
    });
  });
}

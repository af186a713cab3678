import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createEmptyDatabase, testEngines, type TestDatabase } from "../../test/test-database.ts";
import { prepareDatabase } from "../startup.ts";
import { purgeCaseRecords } from "./case-retention.ts";

for (const engine of testEngines) {
  describe(`case retention (${engine})`, () => {
    let t: TestDatabase;
    before(async () => {
      t = await createEmptyDatabase(engine);
      await prepareDatabase(t.database);
    });
    after(() => t.dispose());

    async function participant(name: string, createdAt: string) {
      const { id } = await t.database.db
        .insertInto("case_participants")
        .values({ municipality_number: "5014", name, birth_date: "1990-05-17", identity_number: null, residence_basis: "refugee", education: "primary", languages: '["ar"]', interpreter_language: "ar", created_by: null, created_at: new Date(createdAt) })
        .returning("id")
        .executeTakeFirstOrThrow();
      return id;
    }

    test("five years after the exit the record is anonymised and its statistics stay; two years without a start it is deleted; the rest is untouched", async () => {
      const now = new Date("2032-06-01T12:00:00Z");
      const ended = await participant("Gammel Deltaker", "2025-01-01T00:00:00Z");
      const recent = await participant("Ny Deltaker", "2025-01-01T00:00:00Z");
      const neverStarted = await participant("Aldri Startet", "2030-05-01T00:00:00Z");
      const waiting = await participant("Venter Fortsatt", "2031-01-01T00:00:00Z");
      const db = t.database.db;
      for (const id of [ended, recent]) await db.insertInto("case_decisions").values({ participant_id: id, kind: "start", decided_on: "2025-02-01", from_date: "2025-02-01", to_date: null, note: "Merknad", created_by: null, created_at: now }).execute();
      await db.insertInto("case_exits").values({ participant_id: ended, outcome: "work", exit_date: "2027-05-31", follow_up_1: "work", follow_up_12: "work", recorded_by: null, recorded_at: now }).execute();
      await db.insertInto("case_exits").values({ participant_id: recent, outcome: "education", exit_date: "2027-06-02", follow_up_1: null, follow_up_12: null, recorded_by: null, recorded_at: now }).execute();
      await db.insertInto("case_access_log").values({ participant_id: ended, at: now, actor_user_id: null, actor_name: "Saksbehandler", action: "read" }).execute();

      assert.deepEqual(await purgeCaseRecords(db, now), { casesAnonymised: 1, casesDeleted: 1, planRequestsDeleted: 0 });
      const rows = await db.selectFrom("case_participants").select(["id", "name", "birth_date", "languages", "anonymised_at"]).where("id", "in", [ended, recent, neverStarted, waiting]).orderBy("name").execute();
      const byId = new Map(rows.map((row) => [row.id, row]));
      assert.equal(byId.get(ended)!.name, "–");
      assert.equal(byId.get(ended)!.birth_date, "1990-01-01");
      assert.deepEqual(byId.get(ended)!.languages, []);
      assert.equal(byId.get(recent)!.name, "Ny Deltaker");
      assert.ok(!byId.has(neverStarted), "never started, registered over two years ago: deleted");
      assert.equal(byId.get(waiting)!.name, "Venter Fortsatt");
      assert.equal((await db.selectFrom("case_exits").select("outcome").where("participant_id", "=", ended).executeTakeFirstOrThrow()).outcome, "work", "the statistics stay");
      assert.equal((await db.selectFrom("case_decisions").select("note").where("participant_id", "=", ended).executeTakeFirstOrThrow()).note, "");
      assert.equal((await db.selectFrom("case_access_log").select("id").where("participant_id", "=", ended).execute()).length, 0);
      assert.deepEqual(await purgeCaseRecords(db, now), { casesAnonymised: 0, casesDeleted: 0, planRequestsDeleted: 0 }, "once only");
    });
    test("anonymising takes the health notes, the link to the person's account and any code with it; an expired code goes by itself", async () => {
      const now = new Date("2033-06-01T12:00:00Z");
      const db = t.database.db;
      const ended = await participant("Helse Deltaker", "2026-01-01T00:00:00Z");
      const ongoing = await participant("Fortsatt Deltaker", "2032-01-01T00:00:00Z");
      const { id: userId } = await db.insertInto("users").values({ email: "retention-self@example.test", name: "Helse", password_hash: null, totp_secret: null, totp_last_step: null }).returning("id").executeTakeFirstOrThrow();
      await db.updateTable("case_participants").set({ user_id: userId }).where("id", "=", ended).execute();
      for (const id of [ended, ongoing]) {
        await db.insertInto("case_decisions").values({ participant_id: id, kind: "start", decided_on: "2026-02-01", from_date: "2026-02-01", to_date: null, note: "", created_by: null, created_at: now }).execute();
        await db.insertInto("case_health_notes").values({ participant_id: id, note: "Trenger tilrettelegging", written_by: null, written_at: now }).execute();
      }
      await db.insertInto("case_exits").values({ participant_id: ended, outcome: "work", exit_date: "2028-01-31", follow_up_1: null, follow_up_12: null, recorded_by: null, recorded_at: now }).execute();
      await db.insertInto("case_participant_invitations").values({ code_hash: "retention-ended", participant_id: ended, created_by: null, created_at: new Date("2033-05-30T00:00:00Z"), expires_at: new Date("2033-06-10T00:00:00Z") }).execute();
      await db.insertInto("case_participant_invitations").values({ code_hash: "retention-expired", participant_id: ongoing, created_by: null, created_at: new Date("2033-05-01T00:00:00Z"), expires_at: new Date("2033-05-15T00:00:00Z") }).execute();

      await purgeCaseRecords(db, now);
      const notesOf = async (id: string) => (await db.selectFrom("case_health_notes").select("note").where("participant_id", "=", id).execute()).length;
      assert.equal(await notesOf(ended), 0);
      assert.equal(await notesOf(ongoing), 1, "a record still in use keeps its notes");
      assert.equal((await db.selectFrom("case_participants").select("user_id").where("id", "=", ended).executeTakeFirstOrThrow()).user_id, null);
      assert.deepEqual((await db.selectFrom("case_participant_invitations").select("code_hash").where("code_hash", "in", ["retention-ended", "retention-expired"]).execute()).length, 0);
    });
  });
}

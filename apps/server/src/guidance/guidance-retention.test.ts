import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createEmptyDatabase, testEngines, type TestDatabase } from "../../test/test-database.ts";
import { prepareDatabase } from "../startup.ts";
import { purgeGuidanceCases } from "./guidance-retention.ts";

for (const engine of testEngines) {
  describe(`guidance retention (${engine})`, () => {
    let t: TestDatabase;
    before(async () => {
      t = await createEmptyDatabase(engine);
      await prepareDatabase(t.database);
    });
    after(() => t.dispose());

    async function guidanceCase(name: string, status: "new" | "open" | "closed", receivedAt: string, closedAt?: string) {
      const { id } = await t.database.db
        .insertInto("guidance_cases")
        .values({ municipality_number: "5014", source: "walk-in", name, language: "ro", plan_answers: "{}", status, received_at: new Date(receivedAt), created_by: null, outcome: closedAt ? "resolved" : null, closed_at: closedAt ? new Date(closedAt) : null })
        .returning("id")
        .executeTakeFirstOrThrow();
      await t.database.db.insertInto("guidance_notes").values({ case_id: id, at: new Date(receivedAt), author_id: null, author_name: "Koordinator", text: "Notat" }).execute();
      return id;
    }

    test("a case closed over three years ago and an enquiry untaken for a year are deleted with their notes; the rest stays", async () => {
      const now = new Date("2031-06-01T12:00:00Z");
      const oldClosed = await guidanceCase("Lukket lenge", "closed", "2027-01-10T10:00:00Z", "2028-05-31T10:00:00Z");
      const recentClosed = await guidanceCase("Lukket nylig", "closed", "2027-01-10T10:00:00Z", "2028-06-02T10:00:00Z");
      const untaken = await guidanceCase("Aldri tatt", "new", "2030-05-31T10:00:00Z");
      const waiting = await guidanceCase("Venter", "new", "2030-06-02T10:00:00Z");
      const open = await guidanceCase("Åpen lenge", "open", "2025-01-01T10:00:00Z");
      const db = t.database.db;
      assert.deepEqual(await purgeGuidanceCases(db, now), { guidanceCasesDeleted: 2 });
      const left = await db.selectFrom("guidance_cases").select("id").where("id", "in", [oldClosed, recentClosed, untaken, waiting, open]).execute();
      assert.deepEqual(new Set(left.map((r) => r.id)), new Set([recentClosed, waiting, open]));
      assert.equal((await db.selectFrom("guidance_notes").select("id").where("case_id", "in", [oldClosed, untaken]).execute()).length, 0, "the notes go with the case");
      assert.deepEqual(await purgeGuidanceCases(db, now), { guidanceCasesDeleted: 0 });
    });
  });
}

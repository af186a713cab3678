import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createMigratedDatabase, testEngines, type TestDatabase } from "../../test/test-database.ts";
import { handClock } from "../../test/hand-clock.ts";
import { recentActionsFrom, recordAudit } from "./audit-log.ts";

const hour = 3_600_000;

for (const engine of testEngines) {
  describe(`audit log rate windows (${engine})`, () => {
    let test_: TestDatabase;
    before(async () => (test_ = await createMigratedDatabase(engine)));
    after(() => test_.dispose());

    test("the window of a rate limit is counted on the app's clock, not the system's", async () => {
      const db = test_.database.db;
      // Years from today's date, so the system clock cannot stand in for the app's.
      const time = handClock("2031-03-30T01:30:00+02:00");
      const entry = { actorUserId: null, action: "audit.test.window", subjectType: "test", subjectId: "window", ip: "192.0.2.90" };
      await recordAudit(db, { ...entry, at: time.clock.now() });
      await recordAudit(db, { ...entry, at: time.clock.now() });
      time.advance(hour - 60_000);
      assert.equal(await recentActionsFrom(db, entry.action, entry.ip, hour, time.clock.now()), 2);
      time.advance(2 * 60_000);
      assert.equal(await recentActionsFrom(db, entry.action, entry.ip, hour, time.clock.now()), 0);
    });
  });
}

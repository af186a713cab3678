import { test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";

for (const engine of testEngines) {
  test(`/readyz on ${engine}: ready while the database takes a write, 503 when it answers but cannot write`, async () => {
    const t = await startTestApp(engine);
    try {
      const ready = await t.app.inject({ url: "/readyz" });
      assert.equal(ready.statusCode, 200);
      assert.deepEqual(ready.json(), { status: "ready", database: engine });
      // As a full disk would: reads still work, every write fails.
      await t.test.database.executeScript(`CREATE FUNCTION refuse_writes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$;
        CREATE TRIGGER refuse_writes BEFORE INSERT OR UPDATE ON health_write_probe FOR EACH ROW EXECUTE FUNCTION refuse_writes();`);
      const full = await t.app.inject({ url: "/readyz" });
      assert.equal(full.statusCode, 503);
      assert.deepEqual(full.json(), { status: "unavailable" });
    } finally {
      await t.close();
    }
  });
}

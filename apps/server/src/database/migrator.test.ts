import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { scratchDirectory } from "../../test/scratch-directory.ts";
import { createEmptyDatabase, testEngines } from "../../test/test-database.ts";
import { loadMigrations, migrate } from "./migrator.ts";

for (const engine of testEngines) {
  describe(`migrations on ${engine}`, () => {
    test("apply once, record their versions, and do nothing the second time", async () => {
      const { database, dispose } = await createEmptyDatabase(engine);
      try {
        const all = loadMigrations().map((m) => m.version);
        assert.deepEqual(await migrate(database), all);
        assert.deepEqual(await migrate(database), []);
        const rows = await database.db.selectFrom("schema_migrations").select("version").orderBy("version").execute();
        assert.deepEqual(rows.map((r) => r.version), all);
      } finally {
        await dispose();
      }
    });

    test("a failing migration leaves nothing half-applied", async (t) => {
      const { database, dispose } = await createEmptyDatabase(engine);
      try {
        const dir = scratchDirectory(t, "migrations-");
        writeFileSync(join(dir, "0001_good.sql"), "CREATE TABLE first_table (id integer);");
        writeFileSync(join(dir, "0002_bad.sql"), "CREATE TABLE second_table (id integer); SELECT no_such_function();");
        await assert.rejects(migrate(database, loadMigrations(dir)));
        const tables = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('first_table', 'second_table')`.execute(database.db);
        assert.equal(tables.rows[0]?.n, 0);
      } finally {
        await dispose();
      }
    });
  });
}

test("two migrations may not share a version number", (t) => {
  const dir = scratchDirectory(t, "migrations-");
  writeFileSync(join(dir, "0001_a.sql"), "SELECT 1;");
  writeFileSync(join(dir, "0001_b.sql"), "SELECT 1;");
  assert.throws(() => loadMigrations(dir), /two migrations have version 1/);
});

test("migration files must be named NNNN_name.sql", (t) => {
  const dir = scratchDirectory(t, "migrations-");
  writeFileSync(join(dir, "init.sql"), "SELECT 1;");
  assert.throws(() => loadMigrations(dir), /NNNN_name\.sql/);
});

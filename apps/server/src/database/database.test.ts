import { test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "kysely";
import pg from "pg";
import { createEmptyDatabase } from "../../test/test-database.ts";

test("PostgreSQL: an idle connection closed by the server neither ends the process nor the next query", { skip: !process.env.TEST_POSTGRES_URL }, async () => {
  const test = await createEmptyDatabase("postgres");
  try {
    const { db } = test.database;
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
    const idle = rows[0]?.pid;
    assert.ok(idle);
    // Terminated from outside the pool while the connection waits idle in it.
    const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query("select pg_terminate_backend($1)", [idle]);
    await admin.end();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = await sql<{ one: number }>`select 1 as one`.execute(db);
    assert.equal(after.rows[0]?.one, 1);
  } finally {
    await test.dispose();
  }
});

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

test("PostgreSQL: busy connections terminated under load fail their queries, the process lives and the pool reconnects", { skip: !process.env.TEST_POSTGRES_URL }, async () => {
  const test = await createEmptyDatabase("postgres");
  const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
  await admin.connect();
  try {
    const { db } = test.database;
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(db);
    const name = rows[0]!.name;
    await sql`create table load (id serial primary key, note text)`.execute(db);
    // Eight requests at once, each writing in a transaction that is still running when its backend is ended.
    const load = Array.from({ length: 8 }, (_, i) =>
      db.transaction().execute(async (transaction) => {
        await sql`insert into load (note) values (${`request ${i}`})`.execute(transaction);
        await sql`select pg_sleep(2)`.execute(transaction);
      }),
    );
    // Settled from the start: a request that fails while the backends are still being found is no unhandled rejection.
    const settled = Promise.allSettled(load);
    const sleeping = "select pid from pg_stat_activity where datname = $1 and query like 'select pg_sleep%'";
    for (let i = 0; i < 100 && (await admin.query(sleeping, [name])).rowCount! < 8; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    const ended = await admin.query(`select pg_terminate_backend(pid) from (${sleeping}) busy`, [name]);
    assert.ok(ended.rowCount! >= 1);
    const outcomes = await settled;
    assert.ok(outcomes.some((outcome) => outcome.status === "rejected"));
    const after = await sql<{ n: number }>`select count(*)::int as n from load`.execute(db);
    assert.equal(after.rows[0]?.n, outcomes.filter((outcome) => outcome.status === "fulfilled").length);
  } finally {
    await admin.end();
    await test.dispose();
  }
});

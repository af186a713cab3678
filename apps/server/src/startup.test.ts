import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase } from "./database/database.ts";
import { prepareDatabase } from "./startup.ts";
import { testClock } from "../test/test-clock.ts";

test("PostgreSQL: two instances starting at once on an empty database both come up, and the demo is seeded once", { skip: !process.env.TEST_POSTGRES_URL }, async () => {
  const serverUrl = process.env.TEST_POSTGRES_URL!;
  const name = `velkomst_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const instances = [await openDatabase({ engine: "postgres", url: url.toString() }), await openDatabase({ engine: "postgres", url: url.toString() })];
  try {
    const reports = await Promise.all(instances.map((database) => prepareDatabase(database, { seedDemo: { clock: testClock } })));
    assert.ok(reports.some((report) => report.applied.length > 0));
    assert.deepEqual(reports.map((report) => report.demoAccounts.length > 0).sort(), [false, true]);
  } finally {
    await Promise.all(instances.map((database) => database.close()));
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});

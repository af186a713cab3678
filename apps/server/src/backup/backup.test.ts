import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { demoAccounts, seedDemo } from "../demo/demo-seed.ts";
import { testClock } from "../../test/test-clock.ts";
import { prepareDatabase } from "../startup.ts";
import { createEmptyDatabase, testEngines } from "../../test/test-database.ts";
import { BackupError, createBackup, parseBackup, restoreBackup } from "./backup.ts";

const [source, target] = [testEngines[0]!, testEngines.at(-1)!];

describe(`backup from ${source}, restore on ${target}`, () => {
  test("round-trips every row, and identities continue after the restored ids", async () => {
    const from = await createEmptyDatabase(source);
    const to = await createEmptyDatabase(target);
    try {
      await prepareDatabase(from.database);
      await seedDemo(from.database.db, { clock: testClock, password: "a-long-enough-password" });
      await from.database.db.insertInto("login_attempts").values({ email: "x@y.no", ip: "127.0.0.1", succeeded: false }).execute();
      const backup = parseBackup(JSON.stringify(await createBackup(from.database.db)));
      await prepareDatabase(to.database);
      const restored = await restoreBackup(to.database, backup);
      assert.ok(restored.rows > 357);
      const again = await createBackup(to.database.db);
      for (const table of backup.tables) {
        assert.deepEqual(again.tables.find((t) => t.name === table.name)?.rows.length, table.rows.length, table.name);
      }
      const users = await to.database.db.selectFrom("users").select(["email", "password_hash"]).orderBy("email").execute();
      assert.equal(users.length, demoAccounts.length);
      await to.database.db.insertInto("login_attempts").values({ email: "z@y.no", ip: "127.0.0.1", succeeded: true }).execute();
    } finally {
      await from.dispose();
      await to.dispose();
    }
  });

  test("binary columns (bytea) come back byte for byte", async () => {
    const from = await createEmptyDatabase(source);
    const to = await createEmptyDatabase(target);
    try {
      await prepareDatabase(from.database);
      await seedDemo(from.database.db, { clock: testClock, password: "a-long-enough-password" });
      const every = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
      const item = await from.database.db.selectFrom("readiness_items").select(["checklist_id", "item_id"]).executeTakeFirstOrThrow();
      await from.database.db
        .insertInto("readiness_documents")
        .values({ ...item, file_name: "every-byte.png", content_type: "image/png", size_bytes: every.byteLength, content: every })
        .execute();
      const backup = parseBackup(JSON.stringify(await createBackup(from.database.db)));
      await prepareDatabase(to.database);
      await restoreBackup(to.database, backup);
      const read = async (db: typeof from.database.db) =>
        (await db.selectFrom("readiness_documents").select(["file_name", "content"]).orderBy("file_name").execute()).map((d) => [d.file_name, Buffer.from(d.content).toString("hex")]);
      const restored = await read(to.database.db);
      assert.deepEqual(restored, await read(from.database.db));
      assert.equal(restored.find(([name]) => name === "every-byte.png")?.[1], every.toString("hex"));
    } finally {
      await from.dispose();
      await to.dispose();
    }
  });

  test("refuses a file that is not a backup, or from another schema version, and changes nothing", async () => {
    assert.throws(() => parseBackup("{}"), BackupError);
    assert.throws(() => parseBackup("not json"), BackupError);
    const to = await createEmptyDatabase(target);
    try {
      await prepareDatabase(to.database);
      const before = await createBackup(to.database.db);
      await assert.rejects(restoreBackup(to.database, { ...before, schemaVersion: 999, tables: [] }), BackupError);
      const count = await to.database.db.selectFrom("municipalities").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 357);
    } finally {
      await to.dispose();
    }
  });
});

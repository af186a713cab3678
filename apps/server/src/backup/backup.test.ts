import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoAccounts, seedDemo } from "../demo/demo-seed.ts";
import { testClock } from "../../test/test-clock.ts";
import { prepareDatabase } from "../startup.ts";
import { createEmptyDatabase, testEngines, type TestDatabase } from "../../test/test-database.ts";
import { BackupError } from "./backup-format.ts";
import { writeBackup } from "./backup.ts";
import { restoreBackup } from "./restore.ts";

const [source, target] = [testEngines[0]!, testEngines.at(-1)!];
const now = new Date("2027-01-15T10:00:00Z");
const scratchDirectories: string[] = [];
const scratch = () => {
  const directory = mkdtempSync(join(tmpdir(), "velkomst-backup-"));
  scratchDirectories.push(directory);
  return directory;
};
// Each backup is tens of megabytes; left behind, every test run filled the temporary directory further.
after(() => scratchDirectories.forEach((directory) => rmSync(directory, { recursive: true, force: true })));

async function seeded(engine: typeof source): Promise<TestDatabase> {
  const test = await createEmptyDatabase(engine);
  await prepareDatabase(test.database);
  await seedDemo(test.database.db, { clock: testClock, password: "a-long-enough-password" });
  return test;
}

async function migrated(engine: typeof source): Promise<TestDatabase> {
  const test = await createEmptyDatabase(engine);
  await prepareDatabase(test.database);
  return test;
}

/** Runs `check` on a source and a target database, and disposes of both however it ends. */
async function withPair(makeFrom: typeof seeded, makeTo: typeof seeded, check: (from: TestDatabase, to: TestDatabase) => Promise<void>): Promise<void> {
  const from = await makeFrom(source);
  const to = await makeTo(target);
  try {
    await check(from, to);
  } finally {
    await from.dispose();
    await to.dispose();
  }
}

async function countRows(test: TestDatabase, table: "municipalities" | "users"): Promise<number> {
  const row = await test.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A backup file's lines with one table's section (its start, rows and checksum) taken out, as a damaged or partial copy would be. */
function withoutTable(lines: string[], table: string): string[] {
  const header = JSON.parse(lines[0]!);
  header.tables = header.tables.filter((name: string) => name !== table);
  const start = lines.findIndex((line) => line.startsWith(`{"table":"${table}","rows":`));
  const rows = JSON.parse(lines[start]!).rows as number;
  return [JSON.stringify(header), ...lines.slice(1, start), ...lines.slice(start + rows + 2)];
}

describe(`backup from ${source}, restore on ${target}`, () => {
  test("round-trips every row, counts them per table, and identities continue after the restored ids", async () => {
    await withPair(seeded, migrated, async (from, to) => {
        await from.database.db.insertInto("login_attempts").values({ email: "x@y.no", ip: "127.0.0.1", succeeded: false }).execute();
        const path = join(scratch(), "all.velkomst-backup");
        const written = await writeBackup(from.database.db, path, { now });
        assert.equal(statSync(path).mode & 0o777, 0o600);
        const restored = await restoreBackup(to.database, path);
        const expected = written.tables.filter((table) => table.name !== "schema_migrations");
        assert.deepEqual(restored, expected);
        assert.equal(restored.find((table) => table.name === "municipalities")?.rows, 357);
        const again = await writeBackup(to.database.db, join(scratch(), "again.velkomst-backup"), { now });
        assert.deepEqual(again.tables.filter((table) => table.name !== "schema_migrations"), expected);
        assert.equal(await countRows(to, "users"), demoAccounts.length);
        await to.database.db.insertInto("login_attempts").values({ email: "z@y.no", ip: "127.0.0.1", succeeded: true }).execute();
    });
  });

  test("binary columns (bytea) come back byte for byte", async () => {
    await withPair(seeded, migrated, async (from, to) => {
        const every = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
        const item = await from.database.db.selectFrom("readiness_items").select(["checklist_id", "item_id"]).executeTakeFirstOrThrow();
        await from.database.db
          .insertInto("readiness_documents")
          .values({ ...item, file_name: "every-byte.png", content_type: "image/png", size_bytes: every.byteLength, content: every })
          .execute();
        const path = join(scratch(), "bytes.velkomst-backup");
        await writeBackup(from.database.db, path, { now });
        await restoreBackup(to.database, path);
        const read = async (db: typeof from.database.db) =>
          (await db.selectFrom("readiness_documents").select(["file_name", "content"]).orderBy("file_name").execute()).map((d) => [d.file_name, Buffer.from(d.content).toString("hex")]);
        const restored = await read(to.database.db);
        assert.deepEqual(restored, await read(from.database.db));
        assert.equal(restored.find(([name]) => name === "every-byte.png")?.[1], every.toString("hex"));
    });
  });

  test("refuses what is not a whole backup of this schema version, and changes nothing", async () => {
    const to = await seeded(target);
    try {
      const dir = scratch();
      const good = join(dir, "good.velkomst-backup");
      await writeBackup(to.database.db, good, { now });
      const lines = readFileSync(good, "utf8").trimEnd().split("\n");
      const header = JSON.parse(lines[0]!);
      const damaged = {
        "not-json": ["not json"],
        "not-a-backup": ["{}"],
        "other-schema-version": [JSON.stringify({ ...header, schemaVersion: 999 }), ...lines.slice(1)],
        "no-tables": [JSON.stringify({ ...header, tables: [] }), JSON.stringify({ end: true })],
        "lacks-one-table": withoutTable(lines, "users"),
        "cut-short": lines.slice(0, Math.floor(lines.length / 2)),
        "rows-changed": lines.map((line) => line.replace('"Frøya"', '"Frøya!"')),
      };
      assert.notDeepEqual(damaged["rows-changed"], lines);
      const usersBefore = await countRows(to, "users");
      for (const [name, content] of Object.entries(damaged)) {
        const path = join(dir, `${name}.velkomst-backup`);
        writeFileSync(path, `${content.join("\n")}\n`);
        await assert.rejects(restoreBackup(to.database, path), BackupError, name);
      }
      await assert.rejects(restoreBackup(to.database, join(dir, "lacks-one-table.velkomst-backup")), /lacks 1 of the \d+ tables of its schema version \(users\)/);
      assert.equal(await countRows(to, "municipalities"), 357);
      assert.equal(await countRows(to, "users"), usersBefore);
    } finally {
      await to.dispose();
    }
  });

  test("restores backups of format 1 (one JSON document)", async () => {
    await withPair(seeded, migrated, async (from, to) => {
        const dir = scratch();
        const path = join(dir, "new.velkomst-backup");
        const written = await writeBackup(from.database.db, path, { now });
        // Format 1 as the earlier Velkomst wrote it: every table with its rows, in one document.
        const lines = readFileSync(path, "utf8").trimEnd().split("\n");
        const header = JSON.parse(lines[0]!);
        const tables = [];
        for (let i = 1; i < lines.length - 1; ) {
          const start = JSON.parse(lines[i]!);
          tables.push({ name: start.table, rows: lines.slice(i + 1, i + 1 + start.rows).map((line) => JSON.parse(line)) });
          i += start.rows + 2;
        }
        const legacy = join(dir, "legacy.json");
        writeFileSync(legacy, JSON.stringify({ format: "velkomst-backup", formatVersion: 1, createdAt: header.createdAt, schemaVersion: header.schemaVersion, tables }));
        const restored = await restoreBackup(to.database, legacy);
        assert.deepEqual(restored, written.tables.filter((table) => table.name !== "schema_migrations"));
    });
  });

  test("keeps a backup of what a restore replaces", async () => {
    await withPair(migrated, seeded, async (from, to) => {
        const dir = scratch();
        const empty = join(dir, "empty.velkomst-backup");
        await writeBackup(from.database.db, empty, { now });
        const kept = join(dir, "kept.velkomst-backup");
        await restoreBackup(to.database, empty, { keepReplaced: { path: kept, now } });
        assert.equal(await countRows(to, "users"), 0);
        await restoreBackup(to.database, kept);
        assert.equal(await countRows(to, "users"), demoAccounts.length);
    });
  });

  test("a backup that fails half-way leaves the last good one in place, and no partial file", async () => {
    const from = await seeded(source);
    try {
      const dir = scratch();
      const path = join(dir, "nightly.velkomst-backup");
      await writeBackup(from.database.db, path, { now });
      const good = readFileSync(path, "utf8");
      const failing = writeBackup(from.database.db, path, {
        now,
        onProgress: ({ table }) => {
          if (table === "municipalities") throw new Error("disk full");
        },
      });
      await assert.rejects(failing, /disk full/);
      assert.equal(readFileSync(path, "utf8"), good);
      assert.deepEqual(readdirSync(dir), ["nightly.velkomst-backup"]);
      assert.ok(existsSync(path));
    } finally {
      await from.dispose();
    }
  });
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { openDatabase } from "./database.ts";
import { DataDirectoryError, DataDirectoryInUseError, lockDataDirectory, lockFileName } from "./data-directory.ts";
import { scratchDirectory } from "../../test/scratch-directory.ts";

test("a data directory is created for this user only, locked by one holder at a time, and free again on release", async (t) => {
  const dataDir = join(scratchDirectory(t, "velkomst-data-dir-"), "data");
  const lock = await lockDataDirectory(dataDir);
  assert.equal(statSync(dataDir).mode & 0o777, 0o700);
  assert.equal(readFileSync(join(dataDir, lockFileName), "utf8").trim(), String(process.pid));
  await assert.rejects(lockDataDirectory(dataDir), (error: Error) => error instanceof DataDirectoryInUseError && error.message === `the data directory ${dataDir} is in use by process ${process.pid}: stop the server, or run this through it`);
  await lock.release();
  assert.equal(existsSync(join(dataDir, lockFileName)), false);
  const again = await lockDataDirectory(dataDir);
  await again.release();
});

test("a new PGlite database's files are this user's only (0600)", async (t) => {
  const dataDir = join(scratchDirectory(t, "velkomst-data-dir-"), "data");
  const database = await openDatabase({ engine: "pglite", dataDir });
  await database.close();
  const open = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return (statSync(path).mode & 0o077) === 0 ? open(path) : [path];
      return (statSync(path).mode & 0o077) === 0 ? [] : [path];
    });
  assert.deepEqual(open(dataDir), []);
});

test("an existing data directory is made private (0700)", async (t) => {
  const dataDir = scratchDirectory(t, "velkomst-data-dir-");
  chmodSync(dataDir, 0o777);
  const lock = await lockDataDirectory(dataDir);
  await lock.release();
  assert.equal(statSync(dataDir).mode & 0o777, 0o700);
});

test("a lock file left by a process that has ended is taken over", async (t) => {
  const dataDir = scratchDirectory(t, "velkomst-data-dir-");
  // No process has PID 2^22 + 1 (above Linux's pid_max).
  writeFileSync(join(dataDir, lockFileName), "4194305\n");
  const lock = await lockDataDirectory(dataDir);
  assert.equal(readFileSync(join(dataDir, lockFileName), "utf8").trim(), String(process.pid));
  await lock.release();
});

test("DATA_DIR that is a file, or a directory of other things, is refused in one line naming the setting", async (t) => {
  const dir = scratchDirectory(t, "velkomst-data-dir-");
  const file = join(dir, "a-file");
  writeFileSync(file, "x");
  await assert.rejects(lockDataDirectory(file), (error: Error) => error instanceof DataDirectoryError && /^DATA_DIR: .*a-file is a file, not a directory/.test(error.message));
  const unrelated = join(dir, "documents");
  mkdirSync(unrelated);
  writeFileSync(join(unrelated, "letter.txt"), "x");
  await assert.rejects(lockDataDirectory(unrelated), (error: Error) => error instanceof DataDirectoryError && /^DATA_DIR: .*documents holds other files and no Velkomst database/.test(error.message));
});

test("a read-only DATA_DIR is refused in one line", { skip: process.getuid?.() === 0 && "root writes anywhere" }, async (t) => {
  const dataDir = scratchDirectory(t, "velkomst-data-dir-");
  chmodSync(dataDir, 0o500);
  await assert.rejects(lockDataDirectory(dataDir), (error: Error) => error instanceof DataDirectoryError && /^DATA_DIR: .* is not writable/.test(error.message));
});

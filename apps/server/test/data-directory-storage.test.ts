/**
 * DATA_DIR on a full disk and on a read-only file system, as an operator meets them: the real
 * server in a private mount namespace (unshare -m) on a small or read-only tmpfs. Root writes
 * through chmod, so a mount is the only honest read-only directory; where mounts are not allowed
 * (no root) the test is skipped, and data-directory.test.ts checks the chmod case instead.
 */
import { test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { scratchDirectory } from "./scratch-directory.ts";

const root = join(import.meta.dirname, "../../..");
const main = join(root, "apps/server/src/main.ts");
const bin = join(root, "apps/server/bin/velkomst.js");
const mountsAllowed = spawnSync("unshare", ["-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"]).status === 0;
const skip = !mountsAllowed && "mounting a tmpfs needs unshare -m and mount rights (root)";

/** Runs a shell script in a private mount namespace with a tmpfs at $MNT, then the server on $MNT/data. */
function inMountNamespace(t: TestContext, setup: string) {
  // The tmpfs is mounted in the child's namespace only: here the directory stays empty, and is removed after the test.
  const mountPoint = scratchDirectory(t, "velkomst-mount-");
  const script = `set -e; ${setup}; exec "${process.execPath}" --import tsx "${main}"`;
  const env = { ...process.env, MNT: mountPoint, DATA_DIR: join(mountPoint, "data"), NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1", SEED_DEMO: "false", REMINDER_INTERVAL_SECONDS: "0" };
  const result = spawnSync("unshare", ["-m", "sh", "-c", script], { cwd: root, env, encoding: "utf8", timeout: 600_000 });
  return { status: result.status, stderr: result.stderr, dataDir: env.DATA_DIR };
}

function assertOneLine(stderr: string, pattern: RegExp) {
  assert.match(stderr, pattern);
  assert.equal(stderr.split("\n").filter(Boolean).length, 1, `one line, no stack trace: ${stderr}`);
}

test("a new DATA_DIR on a disk too small for the database: one line naming DATA_DIR, exit 2", { skip }, (t) => {
  const run = inMountNamespace(t, `mount -t tmpfs -o size=20m tmpfs "$MNT"`);
  assert.equal(run.status, 2, run.stderr);
  assertOneLine(run.stderr, new RegExp(`^DATA_DIR: ${run.dataDir} is on a full disk \\(.* free\\): free space there, or move DATA_DIR to a larger disk\\n$`));
});

test("an existing database on a disk that has filled up: one line naming DATA_DIR, exit 2", { skip }, (t) => {
  const migrate = `DATA_DIR="$DATA_DIR" "${process.execPath}" "${bin}" migrate >/dev/null`;
  const run = inMountNamespace(t, `mount -t tmpfs -o size=200m tmpfs "$MNT"; ${migrate}; dd if=/dev/zero of="$MNT/filler" bs=1M 2>/dev/null || true`);
  assert.equal(run.status, 2, run.stderr);
  assertOneLine(run.stderr, new RegExp(`^DATA_DIR: ${run.dataDir} is on a full disk \\(0 MB free\\): free space there, or move DATA_DIR to a larger disk\\n$`));
});

test("a DATA_DIR on a read-only file system: one line naming DATA_DIR, exit 2", { skip }, (t) => {
  const run = inMountNamespace(t, `mount -t tmpfs -o size=20m tmpfs "$MNT"; mkdir "$MNT/data"; mount -o remount,ro "$MNT"`);
  assert.equal(run.status, 2, run.stderr);
  assertOneLine(run.stderr, new RegExp(`^DATA_DIR: ${run.dataDir} is on a read-only file system: mount it writable, or choose another directory\\n$`));
});

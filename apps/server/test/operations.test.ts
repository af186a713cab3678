/**
 * Operations as an operator does them, with real processes: a server on a PGlite data directory,
 * the CLI run against it, a second server, SIGTERM through npm, kill -9.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { scratchDirectory } from "./scratch-directory.ts";

const root = join(import.meta.dirname, "../../..");
const bin = join(root, "apps/server/bin/velkomst.js");
const main = join(root, "apps/server/src/main.ts");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function serverEnv(dataDir: string, port: number) {
  return { ...process.env, NODE_ENV: "production", DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1", SEED_DEMO: "false", REMINDER_INTERVAL_SECONDS: "0" };
}

function velkomst(args: string[], dataDir: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, DATA_DIR: dataDir }, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function untilReady(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not become ready");
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test("a running server's data directory: every CLI command and a second server refuse in one line, and the data survives", async (t) => {
  const dataDir = join(scratchDirectory(t, "velkomst-ops-"), "data");
  const created = velkomst(["create-admin", "--email", "first@velkomst.test", "--name", "First", "--password", "a-long-enough-password"], dataDir);
  assert.equal(created.status, 0, created.stderr);
  const backupPath = join(dataDir, "..", "before.backup");
  assert.equal(velkomst(["backup", backupPath], dataDir).status, 0);

  const port = await freePort();
  const server = spawn(process.execPath, ["--import", "tsx", main], { cwd: root, env: serverEnv(dataDir, port), stdio: ["ignore", "ignore", "pipe"] });
  try {
    await untilReady(port, server);
    const inUse = `the data directory ${dataDir} is in use by process ${server.pid}: stop the server, or run this through it\n`;
    for (const args of [["create-admin", "--email", "second@velkomst.test", "--name", "Second", "--password", "a-long-enough-password"], ["restore", backupPath], ["backup", join(dataDir, "..", "during.backup")], ["migrate"], ["seed-demo"], ["send-reminders"]]) {
      const refused = velkomst(args, dataDir);
      assert.equal(refused.status, 4, `${args[0]}: ${refused.stderr}`);
      assert.equal(refused.stderr, inUse, args[0]);
      assert.equal(refused.stdout, "", args[0]);
    }
    assert.equal(existsSync(join(dataDir, "..", "during.backup")), false);

    const second = spawn(process.execPath, ["--import", "tsx", main], { cwd: root, env: serverEnv(dataDir, await freePort()), stdio: ["ignore", "pipe", "pipe"] });
    let secondErr = "";
    second.stderr!.on("data", (chunk) => (secondErr += chunk));
    assert.notEqual(await exited(second), 0);
    assert.equal(secondErr, inUse);

    server.kill("SIGTERM");
    assert.equal(await exited(server), 0);
  } finally {
    server.kill("SIGKILL");
  }
  const after = velkomst(["backup", join(dataDir, "..", "after.backup")], dataDir);
  assert.equal(after.status, 0, after.stderr);
  const text = readFileSync(join(dataDir, "..", "after.backup"), "utf8");
  assert.ok(text.includes("first@velkomst.test"));
  assert.ok(!text.includes("second@velkomst.test"));
});

test("a server killed with SIGKILL leaves a lock that the next command takes over", async (t) => {
  const dataDir = join(scratchDirectory(t, "velkomst-ops-"), "data");
  const port = await freePort();
  const server = spawn(process.execPath, ["--import", "tsx", main], { cwd: root, env: serverEnv(dataDir, port), stdio: "ignore" });
  await untilReady(port, server);
  server.kill("SIGKILL");
  await exited(server);
  assert.equal(readFileSync(join(dataDir, "velkomst.lock"), "utf8").trim(), String(server.pid));
  const created = velkomst(["create-admin", "--email", "after-kill@velkomst.test", "--name", "After", "--password", "a-long-enough-password"], dataDir);
  assert.equal(created.status, 0, created.stderr);
});

test("npm start stops on SIGTERM: the server process ends and the data directory is free", async (t) => {
  const dataDir = join(scratchDirectory(t, "velkomst-ops-"), "data");
  const port = await freePort();
  const npm = spawn("npm", ["start", "--silent"], { cwd: root, env: serverEnv(dataDir, port), stdio: "ignore" });
  try {
    await untilReady(port, npm);
    const nodePid = Number(readFileSync(join(dataDir, "velkomst.lock"), "utf8"));
    npm.kill("SIGTERM");
    await exited(npm);
    for (let i = 0; i < 100 && isRunning(nodePid); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    const orphan = isRunning(nodePid);
    if (orphan) process.kill(nodePid, "SIGKILL");
    assert.equal(orphan, false, "the server outlived npm");
    assert.equal(existsSync(join(dataDir, "velkomst.lock")), false);
  } finally {
    npm.kill("SIGKILL");
  }
});

/**
 * kill -9 under a write load, on each engine: the real server (a child process) takes writes from
 * a few concurrent clients for a couple of seconds, is killed with SIGKILL, and started again;
 * every write it acknowledged (201) must be there after the restart.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { serviceBody } from "./service-body.ts";
import { testEngines } from "./test-database.ts";

const root = join(import.meta.dirname, "../../..");
const bin = join(root, "apps/server/bin/velkomst.js");
const main = join(root, "apps/server/src/main.ts");
const admin = { email: "crash-admin@velkomst.test", password: "a-long-enough-password" };
const clients = 4;
const loadMs = 3_000;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Where the server keeps its data: a new PGlite directory, or a new database on the test PostgreSQL. */
async function newDatabase(engine: "pglite" | "postgres"): Promise<{ env: Record<string, string>; dispose(): Promise<void> }> {
  if (engine === "pglite") {
    // A PGlite directory is about 63 MB: each full test run left one behind.
    const directory = mkdtempSync(join(tmpdir(), "velkomst-crash-"));
    return { env: { DATA_DIR: join(directory, "data") }, dispose: async () => rmSync(directory, { recursive: true, force: true }) };
  }
  const serverUrl = process.env.TEST_POSTGRES_URL!;
  const name = `velkomst_crash_${randomBytes(6).toString("hex")}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { env: { DATABASE_URL: url.toString() }, dispose: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; baseUrl: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", main], {
    cwd: root,
    env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", SEED_DEMO: "false", REMINDER_INTERVAL_SECONDS: "0", MAIL_INTERVAL_SECONDS: "0" },
    stdio: "ignore",
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (await fetch(`${baseUrl}/readyz`).then((r) => r.ok, () => false)) return { child, baseUrl };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not become ready");
}

function exited(child: ChildProcess): Promise<unknown> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", resolve));
}

async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(admin) });
  assert.equal(response.status, 200, await response.text());
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}


/** One client: writes one service after another until told to stop; returns the ids the server acknowledged. */
async function writeUntil(baseUrl: string, cookie: string, client: number, stop: { now: boolean }): Promise<string[]> {
  const acknowledged: string[] = [];
  for (let i = 0; !stop.now; i += 1) {
    try {
      const response = await fetch(`${baseUrl}/api/v1/services`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify(serviceBody({ name: `Krasj ${client}-${i}` })) });
      if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
      else if (!stop.now) assert.fail(`write ${client}-${i}: ${response.status} ${await response.text()}`);
    } catch (error) {
      // The connection dies with the server; a write without an answer was never promised.
      if (!stop.now) throw error;
    }
  }
  return acknowledged;
}

for (const engine of testEngines) {
  describe(`kill -9 under write load (${engine})`, () => {
    test(`${clients} clients write for ${loadMs / 1000} s, the server is killed with SIGKILL and restarted: every acknowledged write is there`, async (t) => {
      const database = await newDatabase(engine);
      try {
        const created = spawnSync(process.execPath, [bin, "create-admin", "--email", admin.email, "--name", "Crash", "--password", admin.password], {
          encoding: "utf8",
          env: { ...process.env, ...database.env },
          timeout: 120_000,
        });
        assert.equal(created.status, 0, created.stderr);

        const first = await startServer(database.env);
        const cookie = await signIn(first.baseUrl);
        // A first write compiles the code paths, so the seconds of load are spent writing.
        const warmUp = await fetch(`${first.baseUrl}/api/v1/services`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify(serviceBody({ name: "Krasj oppvarming" })) });
        assert.equal(warmUp.status, 201);
        const stop = { now: false };
        const writers = Array.from({ length: clients }, (_, client) => writeUntil(first.baseUrl, cookie, client, stop));
        await new Promise((resolve) => setTimeout(resolve, loadMs));
        first.child.kill("SIGKILL");
        stop.now = true;
        await exited(first.child);
        const acknowledged = (await Promise.all(writers)).flat();
        assert.ok(acknowledged.length >= clients, `only ${acknowledged.length} writes were acknowledged before the kill`);

        const second = await startServer(database.env);
        try {
          const missing: string[] = [];
          for (const id of acknowledged) {
            const response = await fetch(`${second.baseUrl}/api/v1/services/${id}`);
            if (response.status !== 200) missing.push(id);
          }
          assert.deepEqual(missing, [], `${missing.length} of ${acknowledged.length} acknowledged writes were lost`);
          t.diagnostic(`${acknowledged.length} acknowledged writes, all present after kill -9 and restart`);
        } finally {
          second.child.kill("SIGTERM");
          await exited(second.child);
        }
      } finally {
        await database.dispose();
      }
    });
  });
}

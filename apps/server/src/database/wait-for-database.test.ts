import { test } from "node:test";
import assert from "node:assert/strict";
import { connect, createServer, type Server } from "node:net";
import { openDatabase } from "./database.ts";
import { waitForDatabase } from "./wait-for-database.ts";

const serverUrl = process.env.TEST_POSTGRES_URL;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A TCP relay to the test server on `port`: PostgreSQL "coming up" at that address. */
function relay(port: number, target: URL): Promise<Server> {
  const server = createServer((incoming) => {
    const outgoing = connect(Number(target.port), target.hostname);
    incoming.pipe(outgoing).pipe(incoming);
    incoming.on("error", () => outgoing.destroy());
    outgoing.on("error", () => incoming.destroy());
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

test("PostgreSQL not up yet at start: start-up retries with a growing delay until it answers", { skip: !serverUrl }, async () => {
  const port = await freePort();
  const url = new URL(serverUrl!);
  const database = await openDatabase({ engine: "postgres", url: `postgres://${url.username}@127.0.0.1:${port}${url.pathname}` });
  const delays: number[] = [];
  let server: Server | undefined;
  try {
    const waiting = waitForDatabase(database, {
      timeoutMs: 30_000,
      onRetry: (_error, delayMs) => {
        delays.push(delayMs);
        // PostgreSQL comes up after the third refusal.
        if (delays.length === 3) void relay(port, url).then((started) => (server = started));
      },
    });
    await waiting;
    assert.deepEqual(delays.slice(0, 3), [250, 500, 1000]);
  } finally {
    await database.close();
    server?.close();
  }
});

test("PostgreSQL that never comes up: start-up gives up after the timeout; wrong settings fail at once", { skip: !serverUrl }, async () => {
  const port = await freePort();
  const url = new URL(serverUrl!);
  const absent = await openDatabase({ engine: "postgres", url: `postgres://${url.username}@127.0.0.1:${port}/postgres` });
  const missing = new URL(serverUrl!);
  missing.pathname = "/no_such_database";
  const wrongName = await openDatabase({ engine: "postgres", url: missing.toString() });
  try {
    const retries: number[] = [];
    await assert.rejects(waitForDatabase(absent, { timeoutMs: 1000, onRetry: (_error, delayMs) => retries.push(delayMs) }), { code: "ECONNREFUSED" });
    assert.deepEqual(retries, [250, 500]);
    let retried = false;
    await assert.rejects(waitForDatabase(wrongName, { timeoutMs: 30_000, onRetry: () => (retried = true) }), { code: "3D000" });
    assert.equal(retried, false);
  } finally {
    await absent.close();
    await wrongName.close();
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { ConfigError, loadConfig } from "./config.ts";
import { demoAccountsNotice } from "./demo/demo-seed.ts";

test("DATABASE_URL set but empty is refused, not taken as a wish for the embedded demo database", () => {
  for (const empty of ["", "  "]) {
    assert.throws(() => loadConfig({ DATABASE_URL: empty }), (error: Error) => error instanceof ConfigError && error.message.startsWith("DATABASE_URL: set but empty"));
  }
  assert.equal(loadConfig({}).database.engine, "pglite");
  assert.equal(loadConfig({ DATABASE_URL: "postgres://u:p@db:5432/velkomst" }).database.engine, "postgres");
});

test("DATABASE_CONNECT_TIMEOUT_SECONDS: 60 by default, a number of seconds when set", () => {
  assert.equal(loadConfig({}).databaseConnectTimeoutSeconds, 60);
  assert.equal(loadConfig({ DATABASE_CONNECT_TIMEOUT_SECONDS: "5" }).databaseConnectTimeoutSeconds, 5);
  assert.throws(() => loadConfig({ DATABASE_CONNECT_TIMEOUT_SECONDS: "soon" }), /DATABASE_CONNECT_TIMEOUT_SECONDS: expected whole seconds/);
});

test("the demo is seeded by default on the embedded database only", () => {
  assert.equal(loadConfig({}).seedDemo, true);
  assert.equal(loadConfig({ DATABASE_URL: "postgres://velkomst@db:5432/velkomst" }).seedDemo, false);
  assert.equal(loadConfig({ DATABASE_URL: "postgres://velkomst@db:5432/velkomst", SEED_DEMO: "true" }).seedDemo, true);
  assert.equal(loadConfig({ SEED_DEMO: "false" }).seedDemo, false);
});

test("demo passwords are printed to a terminal and never to a log", () => {
  const accounts = [{ email: "redaktor@demo.velkomst.no", role: "editor" as const, password: "s3cret-demo-pass" }];
  assert.match(demoAccountsNotice(accounts, true), /redaktor@demo\.velkomst\.no\s+s3cret-demo-pass/);
  const logged = demoAccountsNotice(accounts, false);
  assert.ok(logged.includes("redaktor@demo.velkomst.no") && !logged.includes("s3cret-demo-pass"), logged);
  assert.match(logged, /npx velkomst create-admin/);
});

test("REQUEST_TIMEOUT_SECONDS takes whole seconds and says so otherwise", () => {
  assert.equal(loadConfig({}).requestTimeoutMs, 30_000);
  assert.equal(loadConfig({ REQUEST_TIMEOUT_SECONDS: "5" }).requestTimeoutMs, 5_000);
  assert.throws(() => loadConfig({ REQUEST_TIMEOUT_SECONDS: "0.5" }), (error: unknown) => error instanceof ConfigError && /REQUEST_TIMEOUT_SECONDS: expected whole seconds/.test(error.message));
});

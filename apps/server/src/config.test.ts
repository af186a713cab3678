import { test } from "node:test";
import assert from "node:assert/strict";
import { ConfigError, loadConfig } from "./config.ts";

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
  assert.throws(() => loadConfig({ DATABASE_CONNECT_TIMEOUT_SECONDS: "soon" }), /DATABASE_CONNECT_TIMEOUT_SECONDS: expected a number of seconds/);
});

/**
 * Runs every *.test.ts(x) in the workspaces with Node's test runner. Database tests run on
 * PGlite and, through TEST_POSTGRES_URL, on a real PostgreSQL server started here for the run.
 * Usage: npm test [-- path-filter ...]
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { postgresAvailable, startPostgres, type PostgresServer } from "./postgres-server.ts";

const root = join(import.meta.dirname, "..");
const roots = ["packages", "apps"];

function findTests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findTests(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const filters = process.argv.slice(2);
const files = roots
  .flatMap((dir) => findTests(join(root, dir)))
  .map((file) => relative(root, file))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

let postgres: PostgresServer | undefined;
if (postgresAvailable()) {
  postgres = await startPostgres();
} else if (process.env.CI) {
  console.error("PostgreSQL 15 is not installed (apt-get install postgresql); CI runs every database test on it.");
  process.exit(1);
} else {
  console.warn("PostgreSQL not installed: database tests run on PGlite only.");
}

const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-concurrency=2", "--test-timeout=600000", "--test-reporter=spec", ...files],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "test", ...(postgres ? { TEST_POSTGRES_URL: postgres.url } : {}) },
  },
);
postgres?.stop();
process.exit(result.status ?? 1);

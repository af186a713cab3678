/**
 * Runs every *.test.ts(x) in the workspaces with Node's test runner. Database tests run on
 * PGlite and, through TEST_POSTGRES_URL, on a real PostgreSQL server started here for the run.
 * Then the date-sensitive suites run again with the app's clock started at fixed dates (see
 * fixed-dates.ts), so a test that only passes on some days of the year fails on every day.
 * Usage: npm test [-- path-filter ...]; a filter runs only those files, today only, unless
 * `--fixed-dates` is given too. Files run a few to a process (test-processes.ts), and test databases
 * are copies of one migrated (or seeded) database per run (apps/server/test/database-copies.ts); the
 * processes' entry files and the PGlite dumps live in a scratch directory made here.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { dateSensitiveSuites, fixedDates } from "./fixed-dates.ts";
import { postgresAvailable, startPostgres, type PostgresServer } from "./postgres-server.ts";
import { testProcesses } from "./test-processes.ts";

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

const args = process.argv.slice(2);
const withFixedDates = args.includes("--fixed-dates");
const filters = args.filter((arg) => arg !== "--fixed-dates");
const matching = (patterns: readonly string[]) => (file: string) => patterns.length === 0 || patterns.some((pattern) => file.includes(pattern));
const allFiles = roots
  .flatMap((dir) => findTests(join(root, dir)))
  .map((file) => relative(root, file))
  .sort();
const files = allFiles.filter(matching(filters));

let postgres: PostgresServer | undefined;
if (postgresAvailable()) {
  postgres = await startPostgres();
} else if (process.env.CI) {
  console.error("PostgreSQL 15 is not installed (apt-get install postgresql); CI runs every database test on it.");
  process.exit(1);
} else {
  console.warn("PostgreSQL not installed: database tests run on PGlite only.");
}

const scratch = mkdtempSync(join(tmpdir(), "velkomst-tests-"));

/** Runs the files and prints how long that took, so a CI log shows where its minutes go. */
function runTests(testFiles: readonly string[], env: NodeJS.ProcessEnv): number {
  const startedAt = performance.now();
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "--test", "--test-concurrency=2", "--test-timeout=600000", "--test-reporter=spec", ...testProcesses(root, testFiles, mkdtempSync(join(scratch, "entries-")))],
    { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "test", ...env } },
  );
  console.log(`=== ${testFiles.length} test files in ${((performance.now() - startedAt) / 60_000).toFixed(1)} min ===`);
  return result.status ?? 1;
}

const databases = { TEST_DATABASE_COPIES: scratch, ...(postgres ? { TEST_POSTGRES_URL: postgres.url } : {}) };
let status = runTests(files, databases);

// At the fixed dates the suites run on one engine (PostgreSQL, the faster to set up, where it is
// installed): what they check is the calendar, not the engine.
const datedEngine = postgres ? { ...databases, TEST_ENGINES: "postgres" } : databases;
const datedFiles = files.filter(matching(dateSensitiveSuites));
if (status === 0 && (filters.length === 0 || withFixedDates) && datedFiles.length > 0) {
  for (const { start, why } of fixedDates) {
    console.log(`\n=== the date-sensitive suites with the clock started at ${start} (${why}) ===`);
    const atDate = runTests(datedFiles, { ...datedEngine, VELKOMST_CLOCK_START: start });
    if (atDate !== 0) {
      console.error(`the date-sensitive suites failed with the clock started at ${start} (${why})`);
      status = atDate;
    }
  }
}
postgres?.stop();
rmSync(scratch, { recursive: true, force: true });
process.exit(status);

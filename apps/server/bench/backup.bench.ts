/**
 * Backup and restore of a large audit log (BACKUP_BENCH_ROWS, default 1,000,000 rows; the issue's
 * figure is 5,000,000): time and peak memory of the streamed format 2, next to a baseline measured
 * in the same run: format 1 as Velkomst wrote it before (every row in one JSON document) at
 * BACKUP_BENCH_BASELINE_ROWS (default 200,000), and format 2 at that size. Each measurement runs
 * in its own process, so its peak resident memory is its own. On PostgreSQL when it is installed
 * (a throwaway server), else on PGlite; BACKUP_BENCH_ENGINE=pglite chooses PGlite.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { postgresAvailable, startPostgres, type PostgresServer } from "../../../scripts/postgres-server.ts";
import { writeBackup } from "../src/backup/backup.ts";
import { restoreBackup } from "../src/backup/restore.ts";
import { openDatabase, type DatabaseLocation } from "../src/database/database.ts";
import { prepareDatabase } from "../src/startup.ts";

const rows = Number(process.env.BACKUP_BENCH_ROWS ?? 1_000_000);
const baselineRows = Number(process.env.BACKUP_BENCH_BASELINE_ROWS ?? 200_000);
const now = new Date("2027-01-15T10:00:00Z");

type Operation = "format-1-backup" | "backup" | "restore";

/** Child: one operation on one database; prints its seconds and peak resident memory as JSON. */
async function measure(operation: Operation, location: DatabaseLocation, path: string) {
  const database = await openDatabase(location);
  const started = performance.now();
  if (operation === "format-1-backup") {
    // What `velkomst backup` did before format 2, for the audit log: every row read, then one string.
    const all = await sql<{ row: unknown }>`SELECT row_to_json(t) AS row FROM audit_log t`.execute(database.db);
    writeFileSync(path, JSON.stringify({ format: "velkomst-backup", formatVersion: 1, tables: [{ name: "audit_log", rows: all.rows.map((r) => r.row) }] }));
  } else if (operation === "backup") {
    await writeBackup(database.db, path, { now });
  } else {
    await restoreBackup(database, path);
  }
  const seconds = (performance.now() - started) / 1000;
  await database.close();
  process.stdout.write(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

function inChild(operation: Operation, location: DatabaseLocation, path: string): { seconds: number; peakMb: number } {
  const result = spawnSync(process.execPath, ["--import", "tsx", import.meta.filename, operation, JSON.stringify(location), path], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`${operation} failed (exit ${result.status})`);
  return JSON.parse(result.stdout);
}

/** An empty, migrated database on the engine of this run. */
async function createDatabase(name: string, dir: string, server: PostgresServer | undefined): Promise<DatabaseLocation> {
  let location: DatabaseLocation = { engine: "pglite", dataDir: join(dir, name) };
  if (server) {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(server.url);
    url.pathname = `/${name}`;
    location = { engine: "postgres", url: url.toString() };
  }
  const database = await openDatabase(location);
  await prepareDatabase(database);
  await database.close();
  return location;
}

/** Audit rows shaped like the real ones (a subject, an address, a small JSON object of details), in chunks. */
async function fillAuditLog(location: DatabaseLocation, count: number) {
  const database = await openDatabase(location);
  for (let from = 1; from <= count; from += 100_000) {
    const to = Math.min(count, from + 99_999);
    await sql`INSERT INTO audit_log (at, action, subject_type, subject_id, details, ip)
      SELECT timestamptz '2026-01-01T00:00:00Z' + g * interval '1 second', 'household.viewed', 'household', md5(g::text),
             jsonb_build_object('fields', jsonb_build_array('name', 'needs', 'address'), 'municipality', '5014', 'sequence', g),
             '10.0.' || (g % 255) || '.' || (g % 253)
      FROM generate_series(${from}::int, ${to}::int) g`.execute(database.db);
  }
  await database.close();
}

async function run() {
  const engineChoice = process.env.BACKUP_BENCH_ENGINE ?? (postgresAvailable() ? "postgres" : "pglite");
  const server = engineChoice === "postgres" ? await startPostgres() : undefined;
  const dir = mkdtempSync(join(tmpdir(), "velkomst-backup-bench-"));
  try {
    const table: Array<[string, number, { seconds: number; peakMb: number }, number?]> = [];
    const small = await createDatabase("bench_small", dir, server);
    await fillAuditLog(small, baselineRows);
    const large = await createDatabase("bench_large", dir, server);
    await fillAuditLog(large, rows);
    const target = await createDatabase("bench_target", dir, server);

    const legacyPath = join(dir, "small.json");
    table.push(["format 1 backup (one JSON document; before)", baselineRows, inChild("format-1-backup", small, legacyPath), statSync(legacyPath).size]);
    const smallPath = join(dir, "small.velkomst-backup");
    table.push(["format 2 backup (streamed)", baselineRows, inChild("backup", small, smallPath), statSync(smallPath).size]);
    const largePath = join(dir, "large.velkomst-backup");
    table.push(["format 2 backup (streamed)", rows, inChild("backup", large, largePath), statSync(largePath).size]);
    table.push(["format 2 restore (streamed, one transaction)", rows, inChild("restore", target, largePath)]);

    console.log(`backup benchmark on ${engineChoice === "postgres" ? "PostgreSQL 15" : "PGlite (data directory on disk)"}: the audit log, each measurement in its own process`);
    console.log("what".padEnd(46), "rows".padStart(10), "seconds".padStart(8), "rows/s".padStart(9), "peak MB".padStart(8), "file MB".padStart(8));
    for (const [what, count, { seconds, peakMb }, bytes] of table) {
      console.log(what.padEnd(46), count.toLocaleString("en").padStart(10), seconds.toFixed(1).padStart(8), Math.round(count / seconds).toLocaleString("en").padStart(9), peakMb.toFixed(0).padStart(8), (bytes ? (bytes / 1e6).toFixed(0) : "").padStart(8));
    }
  } finally {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const [operation, location, path] = process.argv.slice(2);
if (operation) await measure(operation as Operation, JSON.parse(location!) as DatabaseLocation, path!);
else await run();

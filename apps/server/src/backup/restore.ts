import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { sql, type Transaction } from "kysely";
import type { Database } from "../database/database.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { writeBackup } from "./backup.ts";
import { backupFormat, BackupError, schemaVersion, tablesInDependencyOrder, type BackupHeader, type ProgressListener, type TableCount } from "./backup-format.ts";

/** Rows inserted per statement: one statement's JSON stays small however large the table. */
const batchRows = 1000;

type Lines = AsyncIterator<string>;

function parseLine<T>(line: string | undefined, what: string): T {
  if (line === undefined) throw new BackupError(`the backup ends early, before ${what}: it is incomplete`);
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new BackupError(`not a Velkomst backup: expected ${what}, found a line that is not JSON`);
  }
}

async function next(lines: Lines): Promise<string | undefined> {
  const result = await lines.next();
  return result.done ? undefined : result.value;
}

/** A format-1 backup is one JSON document: read whole, as it always was. */
interface LegacyBackup {
  format: typeof backupFormat;
  formatVersion: 1;
  schemaVersion: number;
  tables: Array<{ name: string; rows: unknown[] }>;
}

function readHeader(first: string | undefined): BackupHeader | LegacyBackup {
  const value = parseLine<Partial<BackupHeader> | Partial<LegacyBackup>>(first, "the header");
  if (value.format !== backupFormat || typeof value.schemaVersion !== "number" || !Array.isArray(value.tables)) {
    throw new BackupError("not a Velkomst backup (format velkomst-backup expected)");
  }
  if (value.formatVersion === 1 || value.formatVersion === 2) return value as BackupHeader | LegacyBackup;
  throw new BackupError(`the backup has format version ${String(value.formatVersion)}; this Velkomst reads 1 and 2`);
}

/** Refuses a backup whose tables are not exactly this schema version's: a missing table would be emptied silently. */
function checkTables(listed: string[], dataTables: string[]): void {
  const missing = dataTables.filter((name) => !listed.includes(name));
  if (missing.length > 0) throw new BackupError(`the backup lacks ${missing.length} of the ${dataTables.length} tables of its schema version (${missing.join(", ")}): it is incomplete; nothing was changed`);
  const unknown = listed.filter((name) => name !== "schema_migrations" && !dataTables.includes(name));
  if (unknown.length > 0) throw new BackupError(`the backup has tables this database does not: ${unknown.join(", ")}`);
}

async function insertBatch(transaction: Transaction<DatabaseSchema>, table: string, rows: string[]): Promise<void> {
  // The row lines are JSON already; they go to the database as one array, unparsed.
  await sql`INSERT INTO ${sql.table(table)} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${sql.table(table)}, ${`[${rows.join(",")}]`}::json)`.execute(transaction);
}

/** Identity columns continue after the restored ids. */
async function continueIdentities(transaction: Transaction<DatabaseSchema>, table: string): Promise<void> {
  const identities = await sql<{ column: string }>`SELECT column_name AS column FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table} AND is_identity = 'YES'`.execute(transaction);
  for (const { column } of identities.rows) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, ${column}), (SELECT max(${sql.ref(column)}) FROM ${sql.table(table)}))`.execute(transaction);
  }
}

/**
 * Reads one table's section of a format-2 backup, checking its count and checksum, into the table
 * unless it is schema_migrations: the target's own already says which version it has.
 */
async function restoreTable(transaction: Transaction<DatabaseSchema>, lines: Lines, expected: string, onProgress?: ProgressListener): Promise<TableCount> {
  const insert = expected !== "schema_migrations";
  const start = parseLine<{ table?: string; rows?: number }>(await next(lines), `the table ${expected}`);
  if (start.table !== expected || typeof start.rows !== "number") throw new BackupError(`the backup is damaged: expected the table ${expected}, found ${JSON.stringify(start).slice(0, 80)}`);
  const tableRows = start.rows;
  const hash = createHash("sha256");
  let batch: string[] = [];
  for (let read = 0; read < tableRows; ) {
    const line = await next(lines);
    if (line === undefined) throw new BackupError(`the backup ends early, in the table ${expected}: it is incomplete`);
    hash.update(`${line}\n`);
    batch.push(line);
    read += 1;
    if (batch.length === batchRows || read === tableRows) {
      if (insert) await insertBatch(transaction, expected, batch);
      batch = [];
      onProgress?.({ table: expected, rows: read, tableRows });
    }
  }
  const end = parseLine<{ table?: string; sha256?: string }>(await next(lines), `the checksum of ${expected}`);
  if (end.table !== expected || end.sha256 !== hash.digest("hex")) throw new BackupError(`the backup is damaged: the rows of ${expected} do not match their checksum; nothing was changed`);
  return { name: expected, rows: tableRows };
}

export interface RestoreOptions {
  onProgress?: ProgressListener;
  /** First back up what the restore replaces, once the backup has been found whole enough to try. */
  keepReplaced?: { path: string; now: Date };
}

/**
 * Replaces all data with the backup at `path`, in one transaction: on any error (wrong version, a
 * missing table, a bad checksum, a file cut short) nothing has changed. Returns the rows per table.
 */
export async function restoreBackup(database: Database, path: string, options: RestoreOptions = {}): Promise<TableCount[]> {
  const input = createReadStream(path, { encoding: "utf8" });
  const reader = createInterface({ input, crlfDelay: Infinity });
  const lines = reader[Symbol.asyncIterator]();
  try {
    const header = readHeader(await next(lines));
    const { db } = database;
    const current = await schemaVersion(db);
    if (header.schemaVersion !== current) {
      throw new BackupError(`the backup has schema version ${header.schemaVersion}, this database ${current}: restore with the same Velkomst version`);
    }
    const dataTables = (await tablesInDependencyOrder(db)).filter((name) => name !== "schema_migrations");
    const listed = header.formatVersion === 1 ? header.tables.map((table) => table.name) : header.tables;
    checkTables(listed, dataTables);
    if (options.keepReplaced) await writeBackup(db, options.keepReplaced.path, { now: options.keepReplaced.now });
    return await db.transaction().execute(async (transaction) => {
      await sql.raw(`TRUNCATE ${dataTables.map((name) => `"${name}"`).join(", ")} RESTART IDENTITY CASCADE`).execute(transaction);
      const counts: TableCount[] = [];
      if (header.formatVersion === 1) {
        for (const name of dataTables) {
          const rows = header.tables.find((table) => table.name === name)?.rows ?? [];
          for (let i = 0; i < rows.length; i += batchRows) await insertBatch(transaction, name, rows.slice(i, i + batchRows).map((row) => JSON.stringify(row)));
          await continueIdentities(transaction, name);
          counts.push({ name, rows: rows.length });
        }
        return counts;
      }
      for (const name of header.tables) {
        const table = await restoreTable(transaction, lines, name, options.onProgress);
        if (name === "schema_migrations") continue;
        await continueIdentities(transaction, name);
        counts.push(table);
      }
      const end = parseLine<{ end?: boolean }>(await next(lines), "the end of the backup");
      if (end.end !== true) throw new BackupError("the backup is damaged: expected its end");
      return counts;
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "EACCES") throw new BackupError(`${path}: cannot read the file`);
    throw error;
  } finally {
    reader.close();
    input.destroy();
  }
}

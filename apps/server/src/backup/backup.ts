import { createHash } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { sql, type Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import { backupFormat, currentFormatVersion, schemaVersion, tablesInDependencyOrder, type BackupHeader, type ProgressListener, type TableCount } from "./backup-format.ts";

export interface BackupSummary {
  schemaVersion: number;
  tables: TableCount[];
}

/** Rows fetched and written at a time: memory stays the same however large a table grows. */
const batchRows = 1000;

/**
 * Writes every table to `path` as a format-2 backup, from one snapshot, in batches through a
 * cursor. The file appears only when complete and on disk (temporary file, fsync, rename), so a
 * failed backup never replaces the last good one; it is readable by this user only.
 *
 * On PGlite only one process may have the data directory open, so there this runs with the
 * server stopped; on PostgreSQL it is consistent while the app keeps running.
 */
export async function writeBackup(db: Kysely<DatabaseSchema>, path: string, options: { now: Date; onProgress?: ProgressListener }): Promise<BackupSummary> {
  const temporary = `${path}.partial-${process.pid}`;
  const file = await open(temporary, "w", 0o600);
  try {
    const summary = await db.transaction().execute(async (transaction) => {
      await sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`.execute(transaction);
      const tables = await tablesInDependencyOrder(transaction);
      const header: BackupHeader = { format: backupFormat, formatVersion: currentFormatVersion, createdAt: options.now.toISOString(), schemaVersion: await schemaVersion(transaction), tables };
      await file.write(`${JSON.stringify(header)}\n`);
      const counts: TableCount[] = [];
      for (const name of tables) {
        const count = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(name)}`.execute(transaction);
        const tableRows = Number(count.rows[0]?.n ?? 0);
        await file.write(`${JSON.stringify({ table: name, rows: tableRows })}\n`);
        const hash = createHash("sha256");
        await sql`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${sql.table(name)} t`.execute(transaction);
        let written = 0;
        for (;;) {
          const batch = await sql<{ row: string }>`FETCH ${sql.raw(String(batchRows))} FROM backup_rows`.execute(transaction);
          if (batch.rows.length === 0) break;
          const text = batch.rows.map((r) => `${r.row}\n`).join("");
          hash.update(text);
          await file.write(text);
          written += batch.rows.length;
          options.onProgress?.({ table: name, rows: written, tableRows });
        }
        await sql`CLOSE backup_rows`.execute(transaction);
        await file.write(`${JSON.stringify({ table: name, sha256: hash.digest("hex") })}\n`);
        counts.push({ name, rows: written });
      }
      await file.write(`${JSON.stringify({ end: true })}\n`);
      return { schemaVersion: header.schemaVersion, tables: counts };
    });
    await file.sync();
    await file.close();
    await rename(temporary, path);
    await syncDirectory(dirname(path));
    return summary;
  } catch (error) {
    await file.close().catch(() => {});
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The rename is durable only once the directory that holds the name is on disk. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

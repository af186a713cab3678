import { sql, type Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";

/**
 * A logical backup, the same on both engines (so it also moves an installation from PGlite to
 * PostgreSQL and back). Format 2 is NDJSON, written and read one table and one batch at a time:
 *
 *   {"format":"velkomst-backup","formatVersion":2,"createdAt":…,"schemaVersion":N,"tables":[…]}
 *   {"table":"audit_log","rows":3}        then exactly 3 lines, one row each (row_to_json)
 *   {"table":"audit_log","sha256":"…"}    over those row lines, each with its newline
 *   …                                     every table in "tables", parents before children
 *   {"end":true}                          a file cut short has none
 *
 * Format 1 (one JSON document with every row) is still read, within the memory it needs.
 */
export const backupFormat = "velkomst-backup";
export const currentFormatVersion = 2;

export interface BackupHeader {
  format: typeof backupFormat;
  formatVersion: 2;
  createdAt: string;
  schemaVersion: number;
  tables: string[];
}

export interface TableCount {
  name: string;
  rows: number;
}

/** Told after every batch, so a terminal can show how far a long backup or restore has come. */
export type ProgressListener = (progress: { table: string; rows: number; tableRows: number }) => void;

export class BackupError extends Error {}

type Db = Kysely<DatabaseSchema>;

/** Tables of the public schema, parents before children; schema_migrations is in it. */
export async function tablesInDependencyOrder(db: Db): Promise<string[]> {
  const tables = (
    await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db)
  ).rows.map((r) => r.name);
  const references = (
    await sql<{ child: string; parent: string }>`
      SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`.execute(db)
  ).rows;
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const ref of references) if (ref.child === table && ref.parent !== table) visit(ref.parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

export async function schemaVersion(db: Db): Promise<number> {
  const row = await db.selectFrom("schema_migrations").select((eb) => eb.fn.max("version").as("version")).executeTakeFirst();
  return Number(row?.version ?? 0);
}

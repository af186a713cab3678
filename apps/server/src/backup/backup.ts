import { sql, type Kysely } from "kysely";
import type { Database } from "../database/database.ts";
import type { DatabaseSchema } from "../database/schema.ts";

/**
 * A logical backup: every table's rows as JSON, in an order that respects foreign keys. It is the
 * same on both engines, so it also moves an installation from PGlite to PostgreSQL and back.
 */
export interface Backup {
  format: "velkomst-backup";
  formatVersion: 1;
  createdAt: string;
  schemaVersion: number;
  tables: Array<{ name: string; rows: unknown[] }>;
}

export class BackupError extends Error {}

type Db = Kysely<DatabaseSchema>;

/** Tables of the public schema, parents before children. */
async function tablesInDependencyOrder(db: Db): Promise<string[]> {
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

async function schemaVersion(db: Db): Promise<number> {
  const row = await db.selectFrom("schema_migrations").select((eb) => eb.fn.max("version").as("version")).executeTakeFirst();
  return Number(row?.version ?? 0);
}

export async function createBackup(db: Db): Promise<Backup> {
  return db.transaction().execute(async (transaction) => {
    // One snapshot for every table, so the backup is consistent while the app keeps running.
    await sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`.execute(transaction);
    const tables = [];
    for (const name of await tablesInDependencyOrder(transaction)) {
      const rows = await sql<{ row: unknown }>`SELECT row_to_json(t) AS row FROM ${sql.table(name)} t`.execute(transaction);
      tables.push({ name, rows: rows.rows.map((r) => r.row) });
    }
    return { format: "velkomst-backup", formatVersion: 1, createdAt: new Date().toISOString(), schemaVersion: await schemaVersion(transaction), tables };
  });
}

export function parseBackup(text: string): Backup {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupError("not a Velkomst backup: the file is not JSON");
  }
  const backup = value as Partial<Backup>;
  if (backup.format !== "velkomst-backup" || backup.formatVersion !== 1 || !Array.isArray(backup.tables) || typeof backup.schemaVersion !== "number") {
    throw new BackupError("not a Velkomst backup (format velkomst-backup, formatVersion 1 expected)");
  }
  return backup as Backup;
}

/** Replaces all data with the backup's, in one transaction: on any error nothing has changed. */
export async function restoreBackup(database: Database, backup: Backup): Promise<{ tables: number; rows: number }> {
  const { db } = database;
  const current = await schemaVersion(db);
  if (backup.schemaVersion !== current) {
    throw new BackupError(`the backup has schema version ${backup.schemaVersion}, this database ${current}: restore with the same Velkomst version`);
  }
  const order = await tablesInDependencyOrder(db);
  const known = new Set(order);
  const unknown = backup.tables.map((t) => t.name).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new BackupError(`the backup has tables this database does not: ${unknown.join(", ")}`);
  const dataTables = order.filter((name) => name !== "schema_migrations");
  return db.transaction().execute(async (transaction) => {
    await sql.raw(`TRUNCATE ${dataTables.map((name) => `"${name}"`).join(", ")} RESTART IDENTITY CASCADE`).execute(transaction);
    let rows = 0;
    for (const name of dataTables) {
      const table = backup.tables.find((t) => t.name === name);
      if (!table || table.rows.length === 0) continue;
      await sql`INSERT INTO ${sql.table(name)} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${sql.table(name)}, ${JSON.stringify(table.rows)}::json)`.execute(transaction);
      rows += table.rows.length;
      // Identity columns continue after the restored ids.
      const identities = await sql<{ column: string }>`SELECT column_name AS column FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${name} AND is_identity = 'YES'`.execute(transaction);
      for (const { column } of identities.rows) {
        await sql`SELECT setval(pg_get_serial_sequence(${name}, ${column}), (SELECT max(${sql.ref(column)}) FROM ${sql.table(name)}))`.execute(transaction);
      }
    }
    return { tables: dataTables.length, rows };
  });
}

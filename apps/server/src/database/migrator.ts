import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sql, type Kysely } from "kysely";
import type { Database } from "./database.ts";
import type { DatabaseSchema } from "./schema.ts";

export interface Migration {
  version: number;
  name: string;
  script: string;
}

const migrationsDir = join(import.meta.dirname, "migrations");
const fileName = /^(\d{4})_([a-z0-9-]+)\.sql$/;
/** Any constant works; it only has to be the same for every instance that starts on this database. */
export const startupLockId = 7_513_004;

/** The numbered plain-SQL migrations, in order. They are forward-only and run unchanged on PGlite and PostgreSQL. */
export function loadMigrations(dir = migrationsDir): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith(".sql"))
    .map((file) => {
      const match = fileName.exec(file);
      if (!match) throw new Error(`${join(dir, file)}: migration files are named NNNN_name.sql`);
      return { version: Number(match[1]), name: match[2] ?? "", script: readFileSync(join(dir, file), "utf8") };
    })
    .sort((a, b) => a.version - b.version);
  // Modules are given version numbers up front, so a gap is allowed; a clash is not.
  migrations.forEach((migration, index) => {
    if (index > 0 && migrations[index - 1]?.version === migration.version) throw new Error(`${dir}: two migrations have version ${migration.version}`);
  });
  return migrations;
}

/**
 * Applies the migrations not yet applied, all in one transaction under an advisory lock, so
 * several app instances starting at once migrate exactly once and a failing migration leaves
 * nothing half-done. Returns the versions applied now.
 */
export async function migrate(database: Database, migrations = loadMigrations(), db: Kysely<DatabaseSchema> = database.db): Promise<number[]> {
  return db.transaction().execute(async (transaction) => {
    // The lock comes first: two instances creating the table at once collide in the catalogue.
    await sql`SELECT pg_advisory_xact_lock(${startupLockId})`.execute(transaction);
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`.execute(transaction);
    const applied = new Set(
      (await transaction.selectFrom("schema_migrations").select("version").execute()).map((row) => row.version),
    );
    const pending = migrations.filter((migration) => !applied.has(migration.version));
    for (const migration of pending) {
      await database.executeScript(migration.script, transaction);
      await transaction.insertInto("schema_migrations").values({ version: migration.version, name: migration.name }).execute();
    }
    return pending.map((migration) => migration.version);
  });
}

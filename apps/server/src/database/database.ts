import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, PostgresDialect, sql, type Transaction } from "kysely";
import pg from "pg";
import { explainStorageFailure, lockDataDirectory, makeFilesPrivate } from "./data-directory.ts";
import { createPGlitePool } from "./pglite-pool.ts";
import type { DatabaseSchema } from "./schema.ts";
import { typeParsers } from "./type-parsers.ts";

export type Engine = "pglite" | "postgres";

export interface Database {
  readonly engine: Engine;
  readonly db: Kysely<DatabaseSchema>;
  /**
   * Runs a script of several statements (a migration), inside `transaction` when given.
   * Kysely sends one statement per query; migrations are whole SQL files.
   */
  executeScript(script: string, transaction?: Transaction<DatabaseSchema>): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseLocation =
  | { engine: "postgres"; url: string }
  | { engine: "pglite"; dataDir: string | undefined /* undefined = in memory */ };

/** What every PGlite database of the app opens with: pg_trgm and the app's type parsers. */
export const pgliteSettings = { extensions: { pg_trgm }, parsers: typeParsers };

async function openPGlite(dataDir: string | undefined): Promise<Database> {
  const lock = dataDir ? await lockDataDirectory(dataDir) : undefined;
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ ...(dataDir ? { dataDir } : {}), ...pgliteSettings });
    if (dataDir) makeFilesPrivate(dataDir);
  } catch (error) {
    await lock?.release();
    throw error;
  }
  return databaseOnPGlite(pglite, lock?.release);
}

/** The app's database on an open PGlite instance; closing it closes the instance, then runs `afterClose` (releasing the data directory's lock). */
export function databaseOnPGlite(pglite: PGlite, afterClose?: () => Promise<void>): Database {
  const pool = createPGlitePool(pglite);
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
  return {
    engine: "pglite",
    db,
    executeScript: async (script, transaction) => {
      // Inside a transaction this flow already holds the one connection; outside, take it first.
      if (transaction) {
        await pglite.exec(script);
        return;
      }
      const client = await pool.connect();
      try {
        await pglite.exec(script);
      } finally {
        client.release();
      }
    },
    close: async () => {
      await db.destroy();
      await pglite.close();
      await afterClose?.();
    },
  };
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    types: { getTypeParser: (oid: number, format?: string) => typeParsers[oid] ?? pg.types.getTypeParser(oid, format as "text") },
  });
  // An idle connection the server closes (restart, failover, a test database dropped) is an 'error'
  // event on the pool, which would end the process without a listener; the pool replaces it on next use.
  pool.on("error", (error) => process.emitWarning(`an idle PostgreSQL connection was lost: ${error.message}`));
  // A connection in use is not the pool's to watch (pg-pool removes its listener at checkout), so
  // the server ending it (restart, failover, pg_terminate_backend, idle-in-transaction timeout) would
  // also end the process. Its query fails on its own; on release the pool discards the dead client.
  pool.on("connect", (client) => client.on("error", () => {}));
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  return {
    engine: "postgres",
    db,
    executeScript: async (script, transaction) => {
      // Without parameters pg uses the simple query protocol, which accepts several statements.
      await sql.raw(script).execute(transaction ?? db);
    },
    close: () => db.destroy(),
  };
}

/** Where the data lives, for logs: the data directory, or PostgreSQL's host, port and database (never the password). */
export function describeLocation(location: DatabaseLocation): string {
  if (location.engine === "pglite") return location.dataDir ? `PGlite in ${location.dataDir}` : "PGlite in memory";
  const url = new URL(location.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  return location.engine === "postgres" ? openPostgres(location.url) : openPGlite(location.dataDir);
}

/** Runs work on the database (opening, migrating); on PGlite a full or read-only disk fails as one line naming DATA_DIR. */
export async function explainingStorageFailures<T>(location: DatabaseLocation, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw (location.engine === "pglite" && location.dataDir ? explainStorageFailure(location.dataDir, error) : undefined) ?? error;
  }
}

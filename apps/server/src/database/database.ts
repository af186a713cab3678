import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, PostgresDialect, sql, type Transaction } from "kysely";
import pg from "pg";
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

async function openPGlite(dataDir: string | undefined): Promise<Database> {
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    extensions: { pg_trgm },
    parsers: typeParsers,
  });
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

export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  return location.engine === "postgres" ? openPostgres(location.url) : openPGlite(location.dataDir);
}

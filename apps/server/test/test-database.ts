import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database, type Engine } from "../src/database/database.ts";
import { migrate } from "../src/database/migrator.ts";

/** The engines every database test runs on: PGlite always, PostgreSQL when the test run started one. */
/** Both engines when the test run started PostgreSQL; `TEST_ENGINES=postgres` narrows a run to one (the fixed-date runs). */
export const testEngines: Engine[] = (process.env.TEST_POSTGRES_URL ? ["pglite", "postgres"] : ["pglite"]).filter(
  (engine) => !process.env.TEST_ENGINES || process.env.TEST_ENGINES.split(",").includes(engine),
) as Engine[];

export interface TestDatabase {
  database: Database;
  dispose(): Promise<void>;
}

/** A fresh, empty database on the chosen engine (a new database on the test server for PostgreSQL). */
export async function createEmptyDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === "pglite") {
    const database = await openDatabase({ engine: "pglite", dataDir: undefined });
    return { database, dispose: () => database.close() };
  }
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error("TEST_POSTGRES_URL is not set");
  const name = `velkomst_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: "postgres", url: url.toString() });
  return {
    database,
    async dispose() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** A migrated database on the chosen engine. */
export async function createMigratedDatabase(engine: Engine): Promise<TestDatabase> {
  const test = await createEmptyDatabase(engine);
  await migrate(test.database);
  return test;
}

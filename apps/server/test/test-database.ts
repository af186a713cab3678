import type { Engine } from "../src/database/database.ts";
import { migrate } from "../src/database/migrator.ts";
import { copyOfPrepared, freshDatabase, type PreparedDatabase } from "./database-copies.ts";

/** Both engines when the test run started PostgreSQL; `TEST_ENGINES=postgres` narrows a run to one (the fixed-date runs). */
export const testEngines: Engine[] = (process.env.TEST_POSTGRES_URL ? ["pglite", "postgres"] : ["pglite"]).filter(
  (engine) => !process.env.TEST_ENGINES || process.env.TEST_ENGINES.split(",").includes(engine),
) as Engine[];

export type TestDatabase = PreparedDatabase;

/** A fresh, empty database on the chosen engine (a new database on the test server for PostgreSQL). */
export function createEmptyDatabase(engine: Engine): Promise<TestDatabase> {
  return freshDatabase(engine);
}

/** A migrated database on the chosen engine. */
export function createMigratedDatabase(engine: Engine): Promise<TestDatabase> {
  return copyOfPrepared(engine, "migrated", async (database) => void (await migrate(database)));
}

import type { Database } from "./database/database.ts";
import { migrate } from "./database/migrator.ts";
import { importReferenceData } from "./municipalities/reference-data.ts";

/** What every start does before serving: migrate, then (idempotently) load the reference data. */
export async function prepareDatabase(database: Database): Promise<number[]> {
  const applied = await migrate(database);
  await importReferenceData(database.db);
  return applied;
}

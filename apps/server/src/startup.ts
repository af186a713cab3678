import { importBaselineContent } from "./content/baseline-import.ts";
import type { Database } from "./database/database.ts";
import { migrate } from "./database/migrator.ts";
import { importReferenceData } from "./municipalities/reference-data.ts";

/** What every start does before serving: migrate, then (idempotently) load the reference data and the baseline content. */
export async function prepareDatabase(database: Database): Promise<number[]> {
  const applied = await migrate(database);
  await importReferenceData(database.db);
  await importBaselineContent(database.db);
  return applied;
}

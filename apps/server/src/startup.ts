import { sql } from "kysely";
import { importBaselineContent } from "./content/baseline-import.ts";
import { queueNoticesFromBeforeTheQueue } from "./employers/notice-intake.ts";
import type { Database } from "./database/database.ts";
import { loadMigrations, migrate, startupLockId } from "./database/migrator.ts";
import { seedDemo, type SeededAccount } from "./demo/demo-seed.ts";
import { importReferenceData } from "./municipalities/reference-data.ts";
import type { Clock } from "./platform/clock.ts";

export interface StartupReport {
  /** Migration versions applied by this start. */
  applied: number[];
  /** Demo accounts created by this start (only on a database without users). */
  demoAccounts: SeededAccount[];
}

/**
 * What every start does before serving: migrate, then (idempotently) load the reference data and
 * the baseline content, and seed the demo when asked. All of it on one connection holding the
 * startup lock, so instances starting at once on an empty database take turns instead of racing.
 */
export async function prepareDatabase(database: Database, options: { seedDemo?: { clock: Clock } } = {}): Promise<StartupReport> {
  return database.db.connection().execute(async (db) => {
    await sql`SELECT pg_advisory_lock(${startupLockId})`.execute(db);
    try {
      const applied = await migrate(database, loadMigrations(), db);
      await importReferenceData(db);
      await importBaselineContent(db);
      await queueNoticesFromBeforeTheQueue(db);
      const demoAccounts = options.seedDemo ? await seedDemo(db, options.seedDemo) : [];
      return { applied, demoAccounts };
    } finally {
      await sql`SELECT pg_advisory_unlock(${startupLockId})`.execute(db);
    }
  });
}

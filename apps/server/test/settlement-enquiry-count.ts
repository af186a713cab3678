import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../src/database/schema.ts";

/** Enquiries sent for the households of one run: what a test of that run made, not the whole table. */
export async function countEnquiriesOfRun(db: Kysely<DatabaseSchema>, runId: string): Promise<number> {
  const row = await db
    .selectFrom("settlement_enquiries")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("year", "=", db.selectFrom("settlement_runs").select("year").where("id", "=", runId))
    .where("household_id", "in", db.selectFrom("settlement_proposals").select("household_id").where("run_id", "=", runId))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";

export interface SavedPlan {
  answers: Record<string, string>;
  consentedAt: Date;
  updatedAt: Date;
  done: ReadonlySet<string>;
}

/** A newcomer's saved plan: the questionnaire's answers they chose to keep, and the steps they ticked. */
export function createSavedPlans(db: Kysely<DatabaseSchema>, clock: Clock) {
  return {
    async find(userId: string): Promise<SavedPlan | undefined> {
      const row = await db.selectFrom("saved_plans").selectAll().where("user_id", "=", userId).executeTakeFirst();
      if (!row) return undefined;
      const done = await db.selectFrom("plan_progress").select("step_id").where("user_id", "=", userId).execute();
      return { answers: row.answers, consentedAt: row.consented_at, updatedAt: row.updated_at, done: new Set(done.map((d) => d.step_id)) };
    },

    /** Saves (or replaces) the answers; ticks of steps the new plan no longer has are dropped. */
    async save(userId: string, answers: Record<string, string>, stepIds: readonly string[]): Promise<void> {
      const now = clock.now();
      await db.transaction().execute(async (transaction) => {
        await transaction
          .insertInto("saved_plans")
          .values({ user_id: userId, answers: JSON.stringify(answers), consented_at: now, updated_at: now })
          .onConflict((c) => c.column("user_id").doUpdateSet({ answers: JSON.stringify(answers), consented_at: now, updated_at: now }))
          .execute();
        let stale = transaction.deleteFrom("plan_progress").where("user_id", "=", userId);
        if (stepIds.length > 0) stale = stale.where("step_id", "not in", [...stepIds]);
        await stale.execute();
      });
    },

    /** Makes `done` the ticked steps, keeping the time each already-ticked step was first ticked. */
    async setDone(userId: string, done: readonly string[]): Promise<void> {
      await db.transaction().execute(async (transaction) => {
        let unticked = transaction.deleteFrom("plan_progress").where("user_id", "=", userId);
        if (done.length > 0) unticked = unticked.where("step_id", "not in", [...done]);
        await unticked.execute();
        if (done.length > 0) {
          await transaction
            .insertInto("plan_progress")
            .values(done.map((step_id) => ({ user_id: userId, step_id })))
            .onConflict((c) => c.columns(["user_id", "step_id"]).doNothing())
            .execute();
        }
        await transaction.updateTable("saved_plans").set({ updated_at: clock.now() }).where("user_id", "=", userId).execute();
      });
    },

    /** Deletes the plan, and with it an open request to share it (plan-requests/): what it shares is gone. */
    async remove(userId: string): Promise<void> {
      await db.transaction().execute(async (transaction) => {
        await transaction.deleteFrom("case_plan_requests").where("user_id", "=", userId).where("used_at", "is", null).execute();
        await transaction.deleteFrom("saved_plans").where("user_id", "=", userId).execute();
      });
    },

    async progressOf(userId: string): Promise<Array<{ stepId: string; doneAt: Date }>> {
      const rows = await db.selectFrom("plan_progress").select(["step_id", "done_at"]).where("user_id", "=", userId).orderBy("done_at").execute();
      return rows.map((row) => ({ stepId: row.step_id, doneAt: row.done_at }));
    },
  };
}

export type SavedPlans = ReturnType<typeof createSavedPlans>;

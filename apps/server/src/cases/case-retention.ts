import { sql, type Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import { purgeUnusedPlanRequests } from "../plan-requests/plan-request-repository.ts";

/**
 * How long case records are kept (a working choice: the seeds are silent; the municipality's archive
 * plan may ask for longer, and then these are the numbers to change).
 * - Anonymised five years after the programme ended (exit, or an end or stop decision): the 12-month
 *   follow-up is long done, and the decisions, hours, absence and outcome stay for national
 *   statistics without anyone in them. Name, identity number, day and month of birth, languages,
 *   skills, children, consents, health notes, the link to the person's own account and the access log
 *   go (the access log names the staff who read).
 * - Deleted two years after registration when the person never started: there is nothing to report.
 * - A newcomer's plan request nobody used is deleted after `unusedRequestDays` (plan-requests/); a
 *   used one goes with the participant's anonymisation (it holds the plan's answers).
 */
export const caseRetention = { anonymiseYearsAfterEnd: 5, deleteYearsWithoutStart: 2 } as const;

export interface CaseRetentionRun {
  casesAnonymised: number;
  casesDeleted: number;
  planRequestsDeleted: number;
}

/** The date (YYYY-MM-DD) `years` before `now`: where a retention period started (guidance and training use it too). */
export const yearsBefore = (now: Date, years: number) => {
  const date = new Date(now);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
};

export async function purgeCaseRecords(db: Kysely<DatabaseSchema>, now: Date): Promise<CaseRetentionRun> {
  const endedBefore = yearsBefore(now, caseRetention.anonymiseYearsAfterEnd);
  return db.transaction().execute(async (trx) => {
    const ended = await trx
      .selectFrom("case_participants as p")
      .select("p.id")
      .where("p.anonymised_at", "is", null)
      .where((eb) =>
        eb.or([
          eb.exists(eb.selectFrom("case_exits as x").select("x.participant_id").whereRef("x.participant_id", "=", "p.id").where("x.exit_date", "<", endedBefore)),
          eb.and([
            eb.not(eb.exists(eb.selectFrom("case_exits as x").select("x.participant_id").whereRef("x.participant_id", "=", "p.id"))),
            eb.exists(eb.selectFrom("case_decisions as d").select("d.id").whereRef("d.participant_id", "=", "p.id").where("d.kind", "in", ["end", "stop"]).where("d.from_date", "<", endedBefore)),
          ]),
        ]),
      )
      .execute();
    const ids = ended.map((row) => row.id);
    if (ids.length > 0) {
      await trx
        .updateTable("case_participants")
        .set({
          name: "–",
          identity_number: null,
          birth_date: sql<string>`make_date(extract(year from birth_date)::int, 1, 1)`,
          languages: "[]",
          interpreter_language: null,
          skills: null,
          children_birth_dates: "[]",
          source_member_id: null,
          user_id: null,
          anonymised_at: now,
        })
        .where("id", "in", ids)
        .execute();
      await trx.updateTable("case_plan_versions").set({ goal_text: "", reason: "–" }).where("participant_id", "in", ids).execute();
      await trx.updateTable("case_decisions").set({ note: "" }).where("participant_id", "in", ids).execute();
      await trx.updateTable("case_absences").set({ reason: "" }).where("participant_id", "in", ids).execute();
      await trx.deleteFrom("case_consents").where("participant_id", "in", ids).execute();
      await trx.deleteFrom("case_health_notes").where("participant_id", "in", ids).execute();
      await trx.deleteFrom("case_participant_invitations").where("participant_id", "in", ids).execute();
      await trx.deleteFrom("case_access_log").where("participant_id", "in", ids).execute();
      await trx.deleteFrom("case_plan_requests").where("participant_id", "in", ids).execute();
    }
    const [deleted] = await trx
      .deleteFrom("case_participants")
      .where("created_at", "<", new Date(`${yearsBefore(now, caseRetention.deleteYearsWithoutStart)}T00:00:00Z`))
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom("case_decisions").select("id").whereRef("case_decisions.participant_id", "=", "case_participants.id").where("kind", "=", "start"))))
      .execute();
    // An invitation code nobody used is of no use after it expires.
    await trx.deleteFrom("case_participant_invitations").where("expires_at", "<=", now).execute();
    const planRequestsDeleted = await purgeUnusedPlanRequests(trx, now);
    return { casesAnonymised: ids.length, casesDeleted: Number(deleted?.numDeletedRows ?? 0), planRequestsDeleted };
  });
}

import { sql, type Kysely } from "kysely";
import { yearsBefore } from "../cases/case-retention.ts";
import type { DatabaseSchema } from "../database/schema.ts";

/**
 * How long training records are kept, and why they are anonymised.
 * - Legal basis: the municipality's duty to provide training in Norwegian and social studies
 *   (integreringsloven kapittel 6, §§ 26–29) as a public task (GDPR art. 6(1)(e)); storage limitation
 *   (art. 5(1)(e)) ends the identified record.
 * - Anonymised five years after the last thing recorded (registration, enrolment, a test result, an
 *   exemption or hours attended): hours, levels, exemptions' subjects and dates, the provider and the
 *   birth and arrival years stay for the municipality's statistics of its training (art. 89); the name, the days and
 *   months of birth and arrival, the link to the participant, the exemption reasons and the history of corrections go. The person's own
 *   documentation of completed training lies with the national registers, not here.
 * - Deleted two years after registration when nothing was ever recorded (never enrolled, no hours, no
 *   result, no exemption): there is nothing to count.
 * The periods follow the cases module (a working choice, the seeds are silent) for the municipality's
 * archive plan to confirm.
 */
export const trainingRetention = { anonymiseYearsAfterLastActivity: 5, deleteYearsWithoutActivity: 2 } as const;


export async function purgeTrainingRecords(db: Kysely<DatabaseSchema>, now: Date): Promise<{ learnersAnonymised: number; learnersDeleted: number }> {
  const lastActivity = sql<string>`greatest(
    (l.created_at at time zone 'UTC')::date, l.enrolled_on,
    (select max(tested_on) from training_results where learner_id = l.id),
    (select max(decided_on) from training_exemptions where learner_id = l.id),
    (select max(on_date) from training_attendance where learner_id = l.id))`;
  const hasRecords = sql<boolean>`(l.enrolled_on is not null
    or exists (select 1 from training_results where learner_id = l.id)
    or exists (select 1 from training_exemptions where learner_id = l.id)
    or exists (select 1 from training_attendance where learner_id = l.id))`;
  return db.transaction().execute(async (trx) => {
    const anonymise = await trx
      .selectFrom("training_learners as l")
      .select("l.id")
      .where("l.anonymised_at", "is", null)
      .where(hasRecords)
      .where(lastActivity, "<", yearsBefore(now, trainingRetention.anonymiseYearsAfterLastActivity))
      .execute();
    const ids = anonymise.map((row) => row.id);
    if (ids.length > 0) {
      await trx
        .updateTable("training_learners")
        .set({ name: "–", birth_date: sql<string>`make_date(extract(year from birth_date)::int, 1, 1)`, arrival_date: sql<string>`make_date(extract(year from arrival_date)::int, 1, 1)`, participant_id: null, anonymised_at: now })
        .where("id", "in", ids)
        .execute();
      await trx.updateTable("training_exemptions").set({ reason: "–" }).where("learner_id", "in", ids).execute();
      // The history of corrections holds reasons and what records said before: no statistic needs it.
      await trx.deleteFrom("training_corrections").where("learner_id", "in", ids).execute();
    }
    const [deleted] = await trx
      .deleteFrom("training_learners as l")
      .where("l.created_at", "<", new Date(`${yearsBefore(now, trainingRetention.deleteYearsWithoutActivity)}T00:00:00Z`))
      .where(sql<boolean>`not ${hasRecords}`)
      .execute();
    return { learnersAnonymised: ids.length, learnersDeleted: Number(deleted?.numDeletedRows ?? 0) };
  });
}

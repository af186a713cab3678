import { sql, type Kysely } from "kysely";
import { yearsBefore } from "../cases/case-retention.ts";
import type { DatabaseSchema } from "../database/schema.ts";

type Db = Kysely<DatabaseSchema>;

/**
 * What a referral keeps, and for how long (the decision and its legal basis are in the module README).
 * - Anonymised as soon as its purpose is gone: the consent is withdrawn (GDPR art. 7(3)), the person's
 *   case or participant record is deleted or anonymised, or a year has passed since its status last
 *   changed (the member has long taken the person in, or never will). What goes: who the person is,
 *   the consent, the purpose, who referred and the exact day; what stays: team, member, kind of case,
 *   status and month, for the team's count of referrals per member (art. 5(1)(b), (e)).
 * - The count is deleted five years after the month of the referral (a municipal plan period and one
 *   more year to compare with).
 * Working choices (the seeds are silent) for the municipality's archive plan to confirm.
 */
export const referralRetention = { anonymiseYearsAfterLastChange: 1, deleteCountYearsAfterReferral: 5 } as const;

/** The instant `years` before `now`, to the second. */
const instantYearsBefore = (now: Date, years: number) => new Date(`${yearsBefore(now, years)}${now.toISOString().slice(10)}`);

export async function purgeReferrals(db: Db, now: Date): Promise<{ referralsAnonymised: number; referralsDeleted: number }> {
  return db.transaction().execute(async (trx) => {
    const [anonymised] = await trx
      .updateTable("newcomer_team_referrals")
      .set({
        guidance_case_id: null,
        participant_id: null,
        case_consent_id: null,
        consent_given_on: null,
        purpose: "",
        referred_by: null,
        // The month only: the day and time would tie the count to the person's access log.
        referred_at: sql<Date>`date_trunc('month', referred_at)`,
        status_changed_at: sql<Date>`date_trunc('month', referred_at)`,
        anonymised_at: now,
      })
      .where("anonymised_at", "is", null)
      .where((eb) =>
        eb.or([
          eb.and([eb("guidance_case_id", "is", null), eb("participant_id", "is", null)]),
          eb.and([eb("subject_kind", "=", "participant"), eb("case_consent_id", "is", null)]),
          eb("case_consent_id", "in", eb.selectFrom("case_consents").select("id").where("withdrawn_at", "is not", null)),
          eb("participant_id", "in", eb.selectFrom("case_participants").select("id").where("anonymised_at", "is not", null)),
          eb("status_changed_at", "<", instantYearsBefore(now, referralRetention.anonymiseYearsAfterLastChange)),
        ]),
      )
      .execute();
    const [deleted] = await trx
      .deleteFrom("newcomer_team_referrals")
      .where("anonymised_at", "is not", null)
      .where("referred_at", "<", instantYearsBefore(now, referralRetention.deleteCountYearsAfterReferral))
      .execute();
    return { referralsAnonymised: Number(anonymised?.numUpdatedRows ?? 0), referralsDeleted: Number(deleted?.numDeletedRows ?? 0) };
  });
}

/** The team's referrals since `since`, anonymised ones included: the count the team keeps. */
export async function referralCount(db: Db, teamId: string, since: Date): Promise<number> {
  const row = await db.selectFrom("newcomer_team_referrals").select((eb) => eb.fn.countAll<string>().as("count")).where("team_id", "=", teamId).where("referred_at", ">=", since).executeTakeFirstOrThrow();
  return Number(row.count);
}

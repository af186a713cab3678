import type { Kysely } from "kysely";
import { yearsBefore } from "../cases/case-retention.ts";
import type { DatabaseSchema } from "../database/schema.ts";

/**
 * How long guidance cases are kept, and why they are deleted rather than anonymised.
 * - Legal basis for keeping them at all: the municipality's duty to guide (forvaltningsloven § 11) as a
 *   public task (GDPR art. 6(1)(e)); storage limitation (art. 5(1)(e)) ends it when the guidance is done.
 * - Deleted, not anonymised: nothing about a guidance case is reported nationally (unlike the
 *   introduction programme), and in a small municipality a case stripped of its name (a Romanian-speaking
 *   walk-in in Frøya in March) still points at one person, so nothing is kept for statistics.
 * - A closed case is deleted three years after it closed (the person may come back with a follow-up;
 *   the referrals and interpreter bookings go with it). An enquiry nobody took is deleted a year after
 *   it came in. Open cases stay while a coordinator works on them.
 * The periods are a working choice (the seeds are silent) for the municipality's archive plan
 * (arkivplan) to confirm; these are the numbers to change.
 */
export const guidanceRetention = { deleteYearsAfterClosing: 3, deleteUntakenEnquiryYears: 1 } as const;

/** The instant `years` before `now`, to the second (closing and receiving are instants). */
const instantYearsBefore = (now: Date, years: number) => new Date(`${yearsBefore(now, years)}${now.toISOString().slice(10)}`);

export async function purgeGuidanceCases(db: Kysely<DatabaseSchema>, now: Date): Promise<{ guidanceCasesDeleted: number }> {
  const [deleted] = await db
    .deleteFrom("guidance_cases")
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "closed"), eb("closed_at", "<", instantYearsBefore(now, guidanceRetention.deleteYearsAfterClosing))]),
        eb.and([eb("status", "=", "new"), eb("received_at", "<", instantYearsBefore(now, guidanceRetention.deleteUntakenEnquiryYears))]),
      ]),
    )
    .execute();
  return { guidanceCasesDeleted: Number(deleted?.numDeletedRows ?? 0) };
}

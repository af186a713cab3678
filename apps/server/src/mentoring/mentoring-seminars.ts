import { languageCodes } from "@velkomst/i18n";
import type { Viewer } from "../auth/viewer.ts";
import { assertMayManage, insertEvent, type AdminServices } from "../events/event-admin.ts";
import { addDays, fromOslo } from "../events/oslo-time.ts";
import { isUniqueViolation } from "../platform/unique-violation.ts";
import { daysBetween } from "./mentoring-norms.ts";
import { cohortForCoordinator, type MentoringServices } from "./mentoring-repository.ts";
import type { SeminarStage } from "./mentoring-tables.ts";
import { mentoringTexts } from "./mentoring-texts.ts";

/** The day of each seminar: the first day, half-way, and the last day of the cohort. */
export function seminarDates(cohort: { startsOn: string; endsOn: string }): Record<SeminarStage, string> {
  return { start: cohort.startsOn, midway: addDays(cohort.startsOn, Math.floor(daysBetween(cohort.startsOn, cohort.endsOn) / 2)), closing: cohort.endsOn };
}

export async function seminarsOf(services: MentoringServices, cohortId: string): Promise<Array<{ stage: SeminarStage; eventId: string }>> {
  const rows = await services.db.selectFrom("mentor_seminars").select(["stage", "event_id"]).where("cohort_id", "=", cohortId).execute();
  return rows.map((r) => ({ stage: r.stage, eventId: r.event_id }));
}

/**
 * The start, mid-way and closing seminars as events of the events module (18:00–20:00 in the
 * municipality, with sign-up), titled in every language; the coordinator sets the place there.
 * All three are written in one transaction, so a failure leaves none. Does nothing when the
 * cohort has them already (also when another coordinator made them a moment before).
 */
export async function createSeminars(services: MentoringServices & AdminServices, viewer: Viewer, cohortId: string, ip: string | null): Promise<void> {
  const cohort = await cohortForCoordinator(services, viewer, cohortId);
  if ((await seminarsOf(services, cohortId)).length > 0) return;
  const owner = { kind: "municipality" as const, id: cohort.municipalityNumber };
  await assertMayManage(services, viewer, owner);
  const dates = seminarDates(cohort);
  await services.db
    .transaction()
    .execute(async (transaction) => {
      for (const stage of ["start", "midway", "closing"] as const) {
        const texts = Object.fromEntries(
          languageCodes.map((lang) => {
            const t = mentoringTexts(lang);
            return [lang, { title: t(`seminar.${stage}`, { cohort: cohort.name }), description: t("seminar.description") }];
          }),
        );
        const eventId = await insertEvent(transaction, viewer, {
          owner,
          kind: "other",
          targetGroup: "newcomers",
          texts,
          startsAt: fromOslo({ date: dates[stage], time: "18:00" }),
          endsAt: fromOslo({ date: dates[stage], time: "20:00" }),
          recurrence: null,
          meetingPlaceId: null,
          placeName: null,
          address: cohort.municipalityName,
          languages: ["nb"],
          organiserName: cohort.name,
          organiserKind: "municipality",
          signupEnabled: true,
          capacity: null,
        }, ip);
        await transaction.insertInto("mentor_seminars").values({ cohort_id: cohortId, stage, event_id: eventId }).execute();
      }
    })
    .catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
    });
}

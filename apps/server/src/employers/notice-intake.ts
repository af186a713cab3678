import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import { receiveEnquiry } from "../guidance/guidance-repository.ts";
import { fixedClock, type Clock } from "../platform/clock.ts";
import type { Language } from "@velkomst/i18n";
import type { StayBand } from "../plans/plan-form.ts";
import { employersTexts } from "./employers-texts.ts";
import type { WorkerInput, WorkerResidenceBasis } from "./worker-input.ts";
import { formatDay } from "./worker-mail.ts";
import { prefilledAnswers } from "./worker-welcome.ts";

/** The queue is read by the municipality's staff: the enquiry's text is in bokmål, the catalog's source. */
const queueLanguage = "nb";

/**
 * Stores one worker notice and puts it into its municipality's guidance queue, in the caller's
 * transaction: the one way a notice is made (reports and the demo alike).
 */
export async function recordNotice(transaction: Kysely<DatabaseSchema>, clock: Clock, employer: { id: string; name: string }, worker: WorkerInput, reportedBy: string | null): Promise<string> {
  const row = await transaction
    .insertInto("worker_notices")
    .values({
      employer_id: employer.id,
      municipality_number: worker.municipalityNumber,
      name: worker.name,
      email: worker.email,
      phone: worker.phone,
      citizenship: worker.citizenship,
      residence_basis: worker.residenceBasis,
      start_date: worker.startDate,
      planned_stay: worker.plannedStay,
      language: worker.language,
      family_coming: worker.familyComing,
      reported_by: reportedBy,
      created_at: clock.now(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await routeNoticeToGuidance(transaction, clock, row.id, worker, employer.name);
  return row.id;
}

/**
 * Puts a new worker notice into the guidance queue of its workplace municipality, through the
 * guidance module's one way in, in the caller's transaction (the notice and its enquiry land
 * together or not at all), and remembers the enquiry on the notice.
 */
async function routeNoticeToGuidance(transaction: Kysely<DatabaseSchema>, clock: Clock, noticeId: string, worker: WorkerInput, employerName: string): Promise<string> {
  const e = employersTexts(queueLanguage);
  const caseId = await receiveEnquiry(transaction, clock, {
    municipality: worker.municipalityNumber,
    source: "employer-notice",
    name: worker.name,
    contact: worker.email ?? worker.phone ?? "",
    language: worker.language,
    question: e("queue.question", {
      employer: employerName,
      date: formatDay(worker.startDate, queueLanguage),
      stay: e(`stay.${worker.plannedStay}`),
      family: worker.familyComing ? "yes" : "no",
    }),
    planAnswers: prefilledAnswers(worker),
  });
  await transaction.updateTable("worker_notices").set({ guidance_case_id: caseId }).where("id", "=", noticeId).execute();
  return caseId;
}

/**
 * A start step: puts the notices marked by migration 0091 (stored before the guidance queue
 * existed) into their municipality's queue, each once: the mark is cleared in the enquiry's
 * transaction, so a second start, or a second instance, finds nothing left to do. The enquiry is
 * dated when the notice came in, so the queue's order and retention count from then. Returns how
 * many were queued.
 */
export async function queueNoticesFromBeforeTheQueue(db: Kysely<DatabaseSchema>): Promise<number> {
  const waiting = await db
    .selectFrom("worker_notices as n")
    .innerJoin("employers as e", "e.id", "n.employer_id")
    .selectAll("n")
    .select("e.name as employer_name")
    .where("n.awaiting_guidance_queue", "=", true)
    .orderBy("n.created_at")
    .execute();
  let queued = 0;
  for (const notice of waiting) {
    await db.transaction().execute(async (transaction) => {
      const claimed = await transaction
        .updateTable("worker_notices")
        .set({ awaiting_guidance_queue: false })
        .where("id", "=", notice.id)
        .where("awaiting_guidance_queue", "=", true)
        .returning("guidance_case_id")
        .executeTakeFirst();
      if (!claimed || claimed.guidance_case_id) return;
      const worker: WorkerInput = {
        name: notice.name,
        email: notice.email,
        phone: notice.phone,
        citizenship: notice.citizenship,
        residenceBasis: notice.residence_basis as WorkerResidenceBasis,
        startDate: notice.start_date,
        plannedStay: notice.planned_stay as StayBand,
        municipalityNumber: notice.municipality_number,
        language: notice.language as Language,
        familyComing: notice.family_coming,
      };
      await routeNoticeToGuidance(transaction, fixedClock(new Date(notice.created_at)), notice.id, worker, notice.employer_name);
      queued += 1;
    });
  }
  return queued;
}

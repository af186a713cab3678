import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import { receiveEnquiry } from "../guidance/guidance-repository.ts";
import type { Clock } from "../platform/clock.ts";
import { employersTexts } from "./employers-texts.ts";
import type { WorkerInput } from "./worker-input.ts";
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

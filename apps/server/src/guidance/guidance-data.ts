import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";

/** The case's row with its coordinator's name (the case page and the export). */
export function caseWithCoordinator(db: Kysely<DatabaseSchema>, id: string) {
  return db
    .selectFrom("guidance_cases")
    .leftJoin("users", "users.id", "guidance_cases.coordinator_id")
    .selectAll("guidance_cases")
    .select("users.name as coordinator_name")
    .where("guidance_cases.id", "=", id)
    .executeTakeFirstOrThrow();
}

/**
 * Everything stored about the person of a guidance case (GDPR art. 15 and 20): the enquiry and the
 * case with its plan answers, next meeting and outcome, the notes, the referrals, the interpreter
 * bookings for the case, and who read or changed it (the audit log's rows about the case). The
 * platform's own keys (which accounts registered or coordinate it) are left out, as in
 * participantData; the coordinator is named.
 */
export async function guidanceCaseData(db: Kysely<DatabaseSchema>, id: string) {
  const row = await caseWithCoordinator(db, id);
  const { created_by: _createdBy, coordinator_id: _coordinatorId, ...guidanceCase } = row;
  const notes = await db.selectFrom("guidance_notes").select(["at", "author_name", "text"]).where("case_id", "=", id).orderBy("at").orderBy("id").execute();
  const referrals = await db
    .selectFrom("guidance_referrals")
    .innerJoin("directory_services", "directory_services.id", "guidance_referrals.service_id")
    .select(["directory_services.name as service", "guidance_referrals.at", "guidance_referrals.note"])
    .where("guidance_referrals.case_id", "=", id)
    .orderBy("guidance_referrals.at")
    .execute();
  // The interpreter's own details are theirs, not the person's: the language and the times are.
  const interpreterBookings = await db
    .selectFrom("interpreter_bookings")
    .select(["language", "starts_at", "ends_at", "exemption_reason", "booked_at", "cancelled_at", "cancel_reason"])
    .where("guidance_case_id", "=", id)
    .orderBy("starts_at")
    .execute();
  const log = await db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_user_id")
    .select(["audit_log.at", "users.name as actor_name", "audit_log.action"])
    .where("audit_log.subject_type", "=", "guidance_case")
    .where("audit_log.subject_id", "=", id)
    .orderBy("audit_log.at")
    .orderBy("audit_log.id")
    .execute();
  return { guidanceCase, notes, referrals, interpreterBookings, log };
}

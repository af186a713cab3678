import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";

/**
 * Everything stored about a participant (GDPR art. 15 and 20): the record with the identity number,
 * the consents, the health notes and the access log. The adviser's export and the participant's
 * own download both use this, so neither leaves anything out.
 */
export async function participantData(db: Kysely<DatabaseSchema>, id: string) {
  const participant = await db.selectFrom("case_participants").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const consents = await db.selectFrom("case_consents").select(["recipient", "purpose", "given_on", "recorded_at", "withdrawn_at"]).where("participant_id", "=", id).orderBy("recorded_at").execute();
  const healthNotes = await db.selectFrom("case_health_notes").select(["note", "written_at"]).where("participant_id", "=", id).orderBy("written_at").orderBy("id").execute();
  const accessLog = await db.selectFrom("case_access_log").select(["at", "actor_name", "actor_role", "action", "reason"]).where("participant_id", "=", id).orderBy("at").orderBy("id").execute();
  // Which staff account registered the person, and the account's own id, are the platform's keys, not facts about the person.
  const { created_by: _createdBy, user_id: _userId, ...record } = participant;
  return { participant: record, consents, healthNotes, accessLog };
}

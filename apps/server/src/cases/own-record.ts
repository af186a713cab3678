import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import type { CaseAccessAction, CaseActorRole, ConsentRecipient } from "./cases-tables.ts";
import { participantData } from "./participant-data.ts";

/** Access-log entries on one page of the participant's own view. */
export const ownLogPageSize = 20;

export interface OwnLogEntry {
  at: Date;
  actorName: string;
  actorRole: CaseActorRole | "";
  action: CaseAccessAction;
  reason: string;
}

/**
 * What the newcomer reads about themselves on Min side: only the record linked to their own account.
 * Their own reading is not written to the access log (the log shows who else read the record);
 * their changes are, through the repositories that make them.
 */
export function createOwnRecord(db: Kysely<DatabaseSchema>) {
  return {
    /** The record linked to the account, with the municipality that keeps it; undefined when none is. */
    async of(userId: string) {
      return db
        .selectFrom("case_participants as p")
        .innerJoin("municipalities as m", "m.number", "p.municipality_number")
        .select(["p.id", "p.name", "m.name as municipalityName"])
        .where("p.user_id", "=", userId)
        .where("p.anonymised_at", "is", null)
        .executeTakeFirst();
    },

    async consents(participantId: string): Promise<Array<{ id: string; recipient: ConsentRecipient; purpose: string; givenOn: string; withdrawnAt: Date | null }>> {
      const rows = await db.selectFrom("case_consents").select(["id", "recipient", "purpose", "given_on", "withdrawn_at"]).where("participant_id", "=", participantId).orderBy("recorded_at", "desc").orderBy("id").execute();
      return rows.map((row) => ({ id: row.id, recipient: row.recipient, purpose: row.purpose, givenOn: row.given_on, withdrawnAt: row.withdrawn_at }));
    },

    /** One page of who read or changed the record, newest first, and how many pages there are. */
    async accessLog(participantId: string, page: number): Promise<{ entries: OwnLogEntry[]; pages: number }> {
      const { count } = await db.selectFrom("case_access_log").select((eb) => eb.fn.countAll<string>().as("count")).where("participant_id", "=", participantId).executeTakeFirstOrThrow();
      const rows = await db
        .selectFrom("case_access_log")
        .select(["at", "actor_name", "actor_role", "action", "reason"])
        .where("participant_id", "=", participantId)
        .orderBy("at", "desc")
        .orderBy("id", "desc")
        .limit(ownLogPageSize)
        .offset((page - 1) * ownLogPageSize)
        .execute();
      return {
        entries: rows.map((row) => ({ at: row.at, actorName: row.actor_name, actorRole: row.actor_role, action: row.action, reason: row.reason })),
        pages: Math.max(1, Math.ceil(Number(count) / ownLogPageSize)),
      };
    },

    /** Everything stored about the person, for them to download. */
    export: (participantId: string) => participantData(db, participantId),
  };
}

import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import type { CaseActor } from "./case-access.ts";
import type { ParticipantAccessLog } from "./participant-repository.ts";

export interface HealthNote {
  note: string;
  writtenAt: Date;
}

/**
 * The adviser's health notes on a participant: special-category data (GDPR art. 9), so hidden like
 * the identity number. Only their number shows with the record; each showing needs a reason, and
 * writing and showing are in the access log in the same transaction.
 */
export function createHealthNotes(db: Kysely<DatabaseSchema>, clock: Clock, accessLog: ParticipantAccessLog) {
  return {
    async write(participantId: string, note: string, actor: CaseActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto("case_health_notes").values({ participant_id: participantId, note: note.trim(), written_by: actor.userId, written_at: clock.now() }).execute();
        await accessLog(trx, [participantId], actor, "health-note-written");
      });
    },

    /** How many notes there are, without their text. */
    async count(participantId: string): Promise<number> {
      const row = await db.selectFrom("case_health_notes").select((eb) => eb.fn.countAll<string>().as("count")).where("participant_id", "=", participantId).executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** The notes, newest first; the showing and its reason are logged first. */
    async reveal(participantId: string, actor: CaseActor, reason: string): Promise<HealthNote[]> {
      return db.transaction().execute(async (trx) => {
        await accessLog(trx, [participantId], actor, "reveal-health-notes", reason.trim());
        const rows = await trx.selectFrom("case_health_notes").select(["note", "written_at"]).where("participant_id", "=", participantId).orderBy("written_at", "desc").orderBy("id").execute();
        return rows.map((row) => ({ note: row.note, writtenAt: row.written_at }));
      });
    },
  };
}

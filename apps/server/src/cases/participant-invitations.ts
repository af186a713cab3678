import { randomInt } from "node:crypto";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import { hashToken } from "../auth/tokens.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { InvalidInputError } from "../platform/domain-errors.ts";
import type { CaseActor } from "./case-access.ts";
import type { ParticipantAccessLog } from "./participant-repository.ts";

/** How long a code may wait to be used: long enough to reach the next meeting. */
export const invitationLifetimeDays = 14;
/** No 0/O, 1/I/L or U, so a code read aloud or copied from paper is typed right; 16 of 31 signs is 79 bits. */
const codeAlphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
const codeLength = 16;

/** XXXX-XXXX-XXXX-XXXX: how the adviser reads the code out or prints it. */
const grouped = (code: string) => code.match(/.{4}/g)!.join("-");
/** What the participant typed, as the code was made: upper case, without spaces or dashes. */
export const normaliseCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, "");

/** One answer for an unknown, used, replaced or expired code, so the form reveals nothing about codes. */
const notValid = () => new InvalidInputError([{ path: "code", code: "invitation", message: "the code is not valid: ask your adviser for a new one" }], 400);

/**
 * Links a participant record to the newcomer's own account: the adviser makes a one-time code (only
 * its hash is stored, a new one replaces the old, it expires), the signed-in newcomer types it on
 * Min side, and the code is deleted as it is used. Both steps are in the access log.
 */
export function createParticipantInvitations(db: Kysely<DatabaseSchema>, clock: Clock, accessLog: ParticipantAccessLog) {
  return {
    async create(participantId: string, actor: CaseActor): Promise<{ code: string; expiresAt: Date }> {
      const code = Array.from({ length: codeLength }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join("");
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + invitationLifetimeDays * 86_400_000);
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom("case_participant_invitations").where("participant_id", "=", participantId).execute();
        await trx.insertInto("case_participant_invitations").values({ code_hash: hashToken(code), participant_id: participantId, created_by: actor.userId, created_at: now, expires_at: expiresAt }).execute();
        await accessLog(trx, [participantId], actor, "invitation-created");
        await recordAudit(trx, { actorUserId: actor.userId, action: "case.invitation.created", subjectType: "case_participant", subjectId: participantId });
      });
      return { code: grouped(code), expiresAt };
    },

    /** Links the record the code belongs to with the signed-in account; returns the participant's id. */
    async accept(typed: string, self: CaseActor): Promise<string> {
      const code = normaliseCode(typed);
      return db.transaction().execute(async (trx) => {
        const linked = await trx.selectFrom("case_participants").select("id").where("user_id", "=", self.userId).executeTakeFirst();
        if (linked) throw new InvalidInputError([{ path: "code", code: "alreadyLinked", message: "your account is already linked to a participant record" }], 409);
        if (code.length !== codeLength) throw notValid();
        const invitation = await trx.deleteFrom("case_participant_invitations").where("code_hash", "=", hashToken(code)).where("expires_at", ">", clock.now()).returning("participant_id").executeTakeFirst();
        if (!invitation) throw notValid();
        await trx.updateTable("case_participants").set({ user_id: self.userId }).where("id", "=", invitation.participant_id).execute();
        await accessLog(trx, [invitation.participant_id], self, "account-linked");
        await recordAudit(trx, { actorUserId: self.userId, action: "case.account.linked", subjectType: "case_participant", subjectId: invitation.participant_id });
        return invitation.participant_id;
      });
    },

    /** Whether the record is linked to an account, and until when an unused code is valid. */
    async status(participantId: string): Promise<{ linked: boolean; pendingUntil: Date | null }> {
      const row = await db
        .selectFrom("case_participants as p")
        .leftJoin("case_participant_invitations as i", (join) => join.onRef("i.participant_id", "=", "p.id").on("i.expires_at", ">", clock.now()))
        .select(["p.user_id", "i.expires_at"])
        .where("p.id", "=", participantId)
        .executeTakeFirstOrThrow();
      return { linked: row.user_id !== null, pendingUntil: row.expires_at };
    },
  };
}

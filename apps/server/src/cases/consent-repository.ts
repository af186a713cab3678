import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import type { CaseActor } from "./case-access.ts";
import type { ConsentRecipient } from "./cases-tables.ts";
import type { ParticipantAccessLog } from "./participant-repository.ts";
import type { ConsentInput } from "./participant-schemas.ts";

async function consentsOf(executor: Kysely<DatabaseSchema>, participantId: string) {
  const rows = await executor.selectFrom("case_consents").selectAll().where("participant_id", "=", participantId).orderBy("recorded_at", "desc").orderBy("id").execute();
  return rows.map((row) => ({ id: row.id, recipient: row.recipient, purpose: row.purpose, givenOn: row.given_on, withdrawnAt: row.withdrawn_at }));
}

/** A participant's consents to share with other agencies; each change and reading is in the access log. */
export function createConsentRepository(db: Kysely<DatabaseSchema>, clock: Clock, accessLog: ParticipantAccessLog) {
  return {
    async record(participantId: string, input: ConsentInput, actor: CaseActor): Promise<string> {
      return db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto("case_consents")
          .values({ participant_id: participantId, recipient: input.recipient, purpose: input.purpose.trim(), given_on: input.givenOn, recorded_by: actor.userId, recorded_at: clock.now() })
          .returning("id")
          .executeTakeFirstOrThrow();
        await accessLog(trx, [participantId], actor, "consent-recorded", input.recipient);
        return id;
      });
    },

    async withdraw(participantId: string, consentId: string, actor: CaseActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const consent = await trx.selectFrom("case_consents").select(["recipient", "withdrawn_at"]).where("id", "=", consentId).where("participant_id", "=", participantId).executeTakeFirst();
        if (!consent) throw new NotFoundError("consent", consentId);
        if (consent.withdrawn_at !== null) throw new InvalidInputError([{ path: "consentId", code: "withdrawn", message: "the consent is already withdrawn" }], 409);
        await trx.updateTable("case_consents").set({ withdrawn_at: clock.now(), withdrawn_by: actor.userId }).where("id", "=", consentId).execute();
        await accessLog(trx, [participantId], actor, "consent-withdrawn", consent.recipient);
      });
    },

    async list(participantId: string, actor: CaseActor) {
      return db.transaction().execute(async (trx) => {
        await accessLog(trx, [participantId], actor, "read-consents");
        return consentsOf(trx, participantId);
      });
    },

    /** The consents as part of a record page whose read the page has logged (one view, one row). */
    listWithLoggedRead: (participantId: string) => consentsOf(db, participantId),

    /** Whether the record may be shared with `recipient` now: a consent to it that is not withdrawn. */
    async mayShareWith(participantId: string, recipient: ConsentRecipient): Promise<boolean> {
      const standing = await db.selectFrom("case_consents").select("id").where("participant_id", "=", participantId).where("recipient", "=", recipient).where("withdrawn_at", "is", null).executeTakeFirst();
      return standing !== undefined;
    },
  };
}

import type { Kysely, Transaction } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { InvalidInputError } from "../platform/domain-errors.ts";
import type { CaseAccessAction, ParticipantSource } from "./cases-tables.ts";
import type { CaseActor } from "./case-access.ts";
import { participantData } from "./participant-data.ts";
import type { ParticipantDetails, ParticipantInput, ParticipantSummary } from "./participant-schemas.ts";

type Db = Kysely<DatabaseSchema>;

export interface ParticipantOrigin {
  source: ParticipantSource;
  memberId?: string;
  skills?: Record<string, unknown>;
  /** More that belongs to the registration (a newcomer's plan request marked used), in its transaction. */
  within?: (trx: Transaction<DatabaseSchema>, participantId: string) => Promise<void>;
}

/** Longest list shown at once; the adviser narrows it by municipality. */
const listLimit = 500;

const summaryColumns = ["id", "municipality_number", "name", "birth_date", "residence_basis", "settlement_date", "interpreter_language"] as const;

function toSummary(row: { id: string; municipality_number: string; name: string; birth_date: string; residence_basis: string; settlement_date: string | null; interpreter_language: string | null }): ParticipantSummary {
  return {
    id: row.id,
    municipality: row.municipality_number,
    name: row.name,
    birthDate: row.birth_date,
    residenceBasis: row.residence_basis,
    settlementDate: row.settlement_date,
    interpreterLanguage: row.interpreter_language,
  };
}

/**
 * Participants and their access log. Every read of a participant writes the log in the same
 * transaction before the data is returned, so nothing is shown that is not logged.
 */
/** Writes access-log rows with the transaction that reads or changes the participants. */
export type ParticipantAccessLog = (executor: Db, participantIds: readonly string[], actor: CaseActor, action: CaseAccessAction, reason?: string) => Promise<void>;

export function createParticipantRepository(db: Db, clock: Clock) {
  const log: ParticipantAccessLog = async (executor, participantIds, actor, action, reason = "") => {
    if (participantIds.length === 0) return;
    const at = clock.now();
    await executor
      .insertInto("case_access_log")
      .values(participantIds.map((participant_id) => ({ participant_id, at, actor_user_id: actor.userId, actor_name: actor.name, actor_role: actor.role, action, reason })))
      .execute();
  };

  return {
    logAccess: log,

    /** Registers a participant; `origin` names the settled household's member whose skills mapping comes along. */
    async create(input: ParticipantInput, actor: CaseActor, origin?: ParticipantOrigin): Promise<string> {
      return db.transaction().execute(async (trx) => {
        if (input.identityNumber !== undefined) {
          const existing = await trx.selectFrom("case_participants").select("id").where("municipality_number", "=", input.municipality).where("identity_number", "=", input.identityNumber).executeTakeFirst();
          if (existing) {
            throw new InvalidInputError([{ path: "identityNumber", code: "duplicate", message: "a participant with this identity number is already registered in this municipality" }], 409);
          }
        }
        const { id } = await trx
          .insertInto("case_participants")
          .values({
            municipality_number: input.municipality,
            name: input.name.trim(),
            birth_date: input.birthDate,
            identity_number: input.identityNumber ?? null,
            residence_basis: input.residenceBasis,
            residence_from: input.residenceFrom ?? null,
            residence_until: input.residenceUntil ?? null,
            settlement_date: input.settlementDate ?? null,
            education: input.education,
            languages: JSON.stringify(input.languages),
            interpreter_language: input.interpreterLanguage ?? null,
            arrival_date: input.arrivalDate ?? null,
            lives_with_parents: input.livesWithParents ?? false,
            children_birth_dates: JSON.stringify(input.childrenBirthDates ?? []),
            created_by: actor.userId,
            created_at: clock.now(),
            ...(origin ? { source: origin.source, source_member_id: origin.memberId ?? null, skills: origin.skills ? JSON.stringify(origin.skills) : null } : {}),
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await log(trx, [id], actor, "create");
        await recordAudit(trx, { actorUserId: actor.userId, action: "case.participant.created", subjectType: "case_participant", subjectId: id });
        await origin?.within?.(trx, id);
        return id;
      });
    },

    /** The participants of the actor's municipalities, by name; each one listed is logged as read in a list. */
    async list(actor: CaseActor): Promise<ParticipantSummary[]> {
      const municipalities = [...actor.municipalities];
      if (municipalities.length === 0) return [];
      return db.transaction().execute(async (trx) => {
        const rows = await trx.selectFrom("case_participants").select(summaryColumns).where("municipality_number", "in", municipalities).orderBy("name").orderBy("id").limit(listLimit).execute();
        await log(trx, rows.map((row) => row.id), actor, "list");
        return rows.map(toSummary);
      });
    },

    /** Which municipality a participant belongs to, to check access before anything is read; undefined when there is none. */
    async municipalityOf(id: string): Promise<string | undefined> {
      return (await db.selectFrom("case_participants").select("municipality_number").where("id", "=", id).executeTakeFirst())?.municipality_number;
    },

    /** The record; the read is logged as `action` (a page logs its own section's action, so one view is one row). */
    async read(id: string, actor: CaseActor, action: CaseAccessAction = "read", reason = ""): Promise<ParticipantDetails> {
      return db.transaction().execute(async (trx) => {
        await log(trx, [id], actor, action, reason);
        const row = await trx.selectFrom("case_participants").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
        return {
          ...toSummary(row),
          hasIdentityNumber: row.identity_number !== null,
          residenceFrom: row.residence_from,
          residenceUntil: row.residence_until,
          education: row.education,
          languages: row.languages,
        };
      });
    },

    /** The identity number, shown on request with a reason that is logged with it. */
    async revealIdentityNumber(id: string, actor: CaseActor, reason: string): Promise<string | null> {
      return db.transaction().execute(async (trx) => {
        await log(trx, [id], actor, "reveal-identity-number", reason.trim());
        const row = await trx.selectFrom("case_participants").select("identity_number").where("id", "=", id).executeTakeFirstOrThrow();
        return row.identity_number;
      });
    },

    /** Everything stored about the participant (`participantData`); the export and its reason are logged first. */
    async export(id: string, actor: CaseActor, reason: string) {
      return db.transaction().execute(async (trx) => {
        await log(trx, [id], actor, "export", reason.trim());
        return participantData(trx, id);
      });
    },

    /** Who read or changed the participant, newest first; reading the log is itself logged. */
    async accessLog(id: string, actor: CaseActor) {
      return db.transaction().execute(async (trx) => {
        await log(trx, [id], actor, "read-access-log");
        const rows = await trx.selectFrom("case_access_log").select(["at", "actor_name", "actor_role", "action", "reason"]).where("participant_id", "=", id).orderBy("at", "desc").orderBy("id", "desc").execute();
        return rows.map((row) => ({ at: row.at, actorName: row.actor_name, actorRole: row.actor_role, action: row.action, reason: row.reason }));
      });
    },
  };
}

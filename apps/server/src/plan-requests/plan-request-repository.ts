import type { Kysely, Transaction } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import type { CaseActor } from "../cases/case-access.ts";
import type { CaseAccessAction } from "../cases/cases-tables.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { planFields } from "../plans/plan-form.ts";

type Db = Kysely<DatabaseSchema>;

/**
 * An unused request is deleted 90 days after the newcomer consented: the start deadline of the
 * introduction programme is three months after settlement (integreringsloven § 12), so a request
 * nobody has taken up by then has missed what it was for, and the newcomer can simply ask again.
 */
export const unusedRequestDays = 90;

/** The access log's reason for a coordinator's reading of a request: a token each reader sees in their language. */
export const planRequestReason = "plan-request";

export interface PlanRequest {
  id: string;
  municipality: string;
  municipalityName: string;
  answers: Record<string, string>;
  consentedAt: Date;
  usedAt: Date | null;
}

/** A request as the coordinator opens it: the plan's answers and the account that asked. */
export interface OpenedPlanRequest extends PlanRequest {
  accountName: string;
  accountEmail: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const requestColumns = ["r.id", "r.municipality_number", "m.name as municipality_name", "r.answers", "r.consented_at", "r.used_at"] as const;

function toRequest(row: { id: string; municipality_number: string; municipality_name: string; answers: Record<string, string>; consented_at: Date; used_at: Date | null }): PlanRequest {
  return { id: row.id, municipality: row.municipality_number, municipalityName: row.municipality_name, answers: row.answers, consentedAt: row.consented_at, usedAt: row.used_at };
}

/** A municipality's name by its number (the number itself when unknown, as a plan from an old list may hold). */
export async function municipalityNameOf(db: Db, number: string): Promise<string> {
  return (await db.selectFrom("municipalities").select("name").where("number", "=", number).executeTakeFirst())?.name ?? number;
}

/** The newcomer's requests, newest first: Min side and their JSON download. */
export async function planRequestsOf(db: Db, userId: string): Promise<PlanRequest[]> {
  const rows = await db
    .selectFrom("case_plan_requests as r")
    .innerJoin("municipalities as m", "m.number", "r.municipality_number")
    .select(requestColumns)
    .where("r.user_id", "=", userId)
    .orderBy("r.consented_at", "desc")
    .execute();
  return rows.map(toRequest);
}

/**
 * A newcomer's request that their municipality open a case from their saved plan, with their
 * consent: asked and withdrawn by the newcomer, read and used by the coordinators of that
 * municipality. Every coordinator's reading is in the case access log, in the same transaction.
 */
export function createPlanRequests(db: Db, clock: Clock) {
  async function log(executor: Db, requestIds: readonly string[], actor: CaseActor, action: CaseAccessAction) {
    if (requestIds.length === 0) return;
    const at = clock.now();
    await executor
      .insertInto("case_access_log")
      .values(requestIds.map((plan_request_id) => ({ plan_request_id, at, actor_user_id: actor.userId, actor_name: actor.name, actor_role: actor.role, action, reason: planRequestReason })))
      .execute();
  }

  return {
    /** Records the consent to share the saved plan's answers with the coordinators of the plan's municipality. */
    async ask(userId: string): Promise<string> {
      return db.transaction().execute(async (trx) => {
        const plan = await trx.selectFrom("saved_plans").select("answers").where("user_id", "=", userId).executeTakeFirst();
        if (!plan) throw new InvalidInputError([{ path: "plan", code: "required", message: "save a plan first: the request shares the saved plan" }], 409);
        const municipality = plan.answers[planFields.municipality] ?? "";
        const open = await trx.selectFrom("case_plan_requests").select("id").where("user_id", "=", userId).where("used_at", "is", null).executeTakeFirst();
        if (open) throw new InvalidInputError([{ path: "samtykke", code: "duplicate", message: "you have already asked; withdraw that request first" }], 409);
        const { id } = await trx
          .insertInto("case_plan_requests")
          .values({ user_id: userId, municipality_number: municipality, answers: JSON.stringify(plan.answers), consented_at: clock.now() })
          .returning("id")
          .executeTakeFirstOrThrow();
        await recordAudit(trx, { actorUserId: userId, action: "case.plan-request.created", subjectType: "case_plan_request", subjectId: id });
        return id;
      });
    },

    /** Withdraws (deletes) the newcomer's own unused request; another's, or a used one, is not found. */
    async withdraw(userId: string, id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const deleted = await trx.deleteFrom("case_plan_requests").where("id", "=", id).where("user_id", "=", userId).where("used_at", "is", null).returning("id").executeTakeFirst();
        if (!deleted) throw new NotFoundError("plan request", id);
        await recordAudit(trx, { actorUserId: userId, action: "case.plan-request.withdrawn", subjectType: "case_plan_request", subjectId: id });
      });
    },

    /** Open requests to the actor's municipalities, oldest first; each one listed is logged as listed. */
    async openFor(actor: CaseActor): Promise<PlanRequest[]> {
      const municipalities = [...actor.municipalities];
      if (municipalities.length === 0) return [];
      return db.transaction().execute(async (trx) => {
        const rows = await trx
          .selectFrom("case_plan_requests as r")
          .innerJoin("municipalities as m", "m.number", "r.municipality_number")
          .select(requestColumns)
          .where("r.municipality_number", "in", municipalities)
          .where("r.used_at", "is", null)
          .orderBy("r.consented_at")
          .orderBy("r.id")
          .execute();
        await log(trx, rows.map((row) => row.id), actor, "list");
        return rows.map(toRequest);
      });
    },

    /** How many open requests wait in the actor's municipalities (the staff start page's count). */
    async openCount(actor: CaseActor): Promise<number> {
      const municipalities = [...actor.municipalities];
      if (municipalities.length === 0) return 0;
      const { count } = await db
        .selectFrom("case_plan_requests")
        .select((eb) => eb.fn.countAll<string>().as("count"))
        .where("municipality_number", "in", municipalities)
        .where("used_at", "is", null)
        .executeTakeFirstOrThrow();
      return Number(count);
    },

    /** One open request of the actor's municipalities, its reading logged; another municipality's is not found and leaves no trace. */
    async open(actor: CaseActor, id: string): Promise<OpenedPlanRequest> {
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom("case_plan_requests as r")
          .innerJoin("municipalities as m", "m.number", "r.municipality_number")
          .innerJoin("users as u", "u.id", "r.user_id")
          .select([...requestColumns, "u.name as account_name", "u.email as account_email"])
          .where("r.id", "=", id)
          .where("r.used_at", "is", null)
          .executeTakeFirst();
        if (!row || !actor.municipalities.has(row.municipality_number)) throw new NotFoundError("plan request", id);
        await log(trx, [id], actor, "read");
        return { ...toRequest(row), accountName: row.account_name, accountEmail: row.account_email };
      });
    },

    /**
     * Marks the request used by the participant just registered from it, in the registration's
     * transaction: links the record to the newcomer's account (unless the account already has one)
     * and moves the request's access-log rows to the participant, so the newcomer sees them.
     */
    async use(trx: Transaction<DatabaseSchema>, id: string, participantId: string, municipality: string, actor: CaseActor): Promise<void> {
      const gone = () => new InvalidInputError([{ path: "name", code: "requestGone", message: "the request was withdrawn, already used or is for another municipality" }], 409);
      if (!uuidPattern.test(id)) throw gone();
      const used = await trx
        .updateTable("case_plan_requests")
        .set({ used_at: clock.now(), used_by: actor.userId, participant_id: participantId })
        .where("id", "=", id)
        .where("used_at", "is", null)
        .where("municipality_number", "=", municipality)
        .returning("user_id")
        .executeTakeFirst();
      if (!used) throw gone();
      const linked = await trx.selectFrom("case_participants").select("id").where("user_id", "=", used.user_id).executeTakeFirst();
      if (!linked) {
        await trx.updateTable("case_participants").set({ user_id: used.user_id }).where("id", "=", participantId).execute();
        await trx.insertInto("case_access_log").values({ participant_id: participantId, at: clock.now(), actor_user_id: actor.userId, actor_name: actor.name, actor_role: actor.role, action: "account-linked", reason: planRequestReason }).execute();
      }
      await trx.updateTable("case_access_log").set({ participant_id: participantId }).where("plan_request_id", "=", id).execute();
      await recordAudit(trx, { actorUserId: actor.userId, action: "case.plan-request.used", subjectType: "case_plan_request", subjectId: id });
    },
  };
}

export type PlanRequests = ReturnType<typeof createPlanRequests>;

/** Deletes the requests nobody used within `unusedRequestDays` (the cases retention job). */
export async function purgeUnusedPlanRequests(executor: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - unusedRequestDays * 86_400_000);
  const [deleted] = await executor.deleteFrom("case_plan_requests").where("used_at", "is", null).where("consented_at", "<", before).execute();
  return Number(deleted?.numDeletedRows ?? 0);
}

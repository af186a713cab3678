import type { Kysely } from "kysely";
import type { Language } from "@velkomst/i18n";
import { evaluatePlan } from "@velkomst/rules";
import { recordAudit } from "../audit/audit-log.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { parseAnswers } from "../plans/plan-form.ts";

type Db = Kysely<DatabaseSchema>;

/** What the worker lets the employer see: which steps of their arrival plan they have done. */
const progressScope = "plan-steps";

/** A consenting worker's plan progress as their employer sees it. */
export interface WorkerProgress {
  done: Array<{ id: string; title: string }>;
  total: number;
}

export type LinkOutcome = "linked" | "other-account";

/**
 * The worker's side of a notice: linking it to their own account, and their consent that the
 * employer sees their plan progress (recorded with what, to whom and when; withdrawn consents
 * stay as a record). The employer reads progress only through an active consent.
 */
export function createWorkerConsents(db: Db, clock: Clock) {
  async function setConsent(transaction: Db, notice: { id: string; employerId: string }, userId: string, give: boolean, ip: string | null): Promise<void> {
    const active = await transaction.selectFrom("worker_progress_consents").select("id").where("notice_id", "=", notice.id).where("withdrawn_at", "is", null).executeTakeFirst();
    if (give && !active) {
      await transaction.insertInto("worker_progress_consents").values({ notice_id: notice.id, user_id: userId, employer_id: notice.employerId, scope: progressScope, given_at: clock.now() }).execute();
      await recordAudit(transaction, { actorUserId: userId, action: "worker.consent-given", subjectType: "worker-notice", subjectId: notice.id, details: { scope: progressScope, employerId: notice.employerId }, ip });
    }
    if (!give && active) {
      await transaction.updateTable("worker_progress_consents").set({ withdrawn_at: clock.now() }).where("id", "=", active.id).execute();
      await recordAudit(transaction, { actorUserId: userId, action: "worker.consent-withdrawn", subjectType: "worker-notice", subjectId: notice.id, details: { scope: progressScope, employerId: notice.employerId }, ip });
    }
  }

  return {
    /**
     * Links the notice to the signed-in worker's account (from their welcome link), and records
     * their consent if they gave it. A notice already linked to another account stays there.
     */
    async link(notice: { id: string; employerId: string }, userId: string, consent: boolean, ip: string | null): Promise<LinkOutcome> {
      return db.transaction().execute(async (transaction) => {
        const linked = await transaction
          .updateTable("worker_notices")
          .set({ worker_user_id: userId })
          .where("id", "=", notice.id)
          .where((eb) => eb.or([eb("worker_user_id", "is", null), eb("worker_user_id", "=", userId)]))
          .returning("id")
          .executeTakeFirst();
        if (!linked) return "other-account";
        await recordAudit(transaction, { actorUserId: userId, action: "worker.notice-linked", subjectType: "worker-notice", subjectId: notice.id, ip });
        if (consent) await setConsent(transaction, notice, userId, true, ip);
        return "linked";
      });
    },

    /** Gives or withdraws the consent on the worker's own notice (the caller checked it is theirs). */
    async setConsent(notice: { id: string; employerId: string }, userId: string, give: boolean, ip: string | null): Promise<void> {
      await db.transaction().execute((transaction) => setConsent(transaction, notice, userId, give, ip));
    },

    /** When the worker consented, for each of their notices that has an active consent. */
    async activeConsents(noticeIds: readonly string[]): Promise<Map<string, Date>> {
      if (noticeIds.length === 0) return new Map();
      const rows = await db.selectFrom("worker_progress_consents").select(["notice_id", "given_at"]).where("notice_id", "in", [...noticeIds]).where("withdrawn_at", "is", null).execute();
      return new Map(rows.map((row) => [row.notice_id, row.given_at]));
    },

    /**
     * The plan progress of the employer's workers who consented and saved a plan, in the reader's
     * language, by notice. Nothing of a worker without an active consent is read; the read is audited.
     */
    async progressForEmployer(employerId: string, lang: Language, actorId: string, ip: string | null): Promise<Map<string, WorkerProgress>> {
      const rows = await db
        .selectFrom("worker_progress_consents as c")
        .innerJoin("worker_notices as n", (join) => join.onRef("n.id", "=", "c.notice_id").onRef("n.worker_user_id", "=", "c.user_id"))
        .innerJoin("saved_plans as s", "s.user_id", "c.user_id")
        .select(["n.id", "c.user_id", "s.answers"])
        .where("c.employer_id", "=", employerId)
        .where("n.employer_id", "=", employerId)
        .where("c.scope", "=", progressScope)
        .where("c.withdrawn_at", "is", null)
        .execute();
      const progress = new Map<string, WorkerProgress>();
      if (rows.length === 0) return progress;
      const ticked = await db.selectFrom("plan_progress").select(["user_id", "step_id"]).where("user_id", "in", rows.map((r) => r.user_id)).execute();
      const today = clock.today();
      for (const row of rows) {
        const parsed = parseAnswers(row.answers, lang, today);
        if (!parsed.ok) continue;
        const steps = evaluatePlan(parsed.profile, { today }).steps;
        const done = new Set(ticked.filter((t) => t.user_id === row.user_id).map((t) => t.step_id));
        progress.set(row.id, { done: steps.filter((step) => done.has(step.id)).map((step) => ({ id: step.id, title: step.title })), total: steps.length });
      }
      await recordAudit(db, { actorUserId: actorId, action: "employer.worker-progress-read", subjectType: "employer", subjectId: employerId, details: { count: progress.size }, ip });
      return progress;
    },
  };
}

export type WorkerConsents = ReturnType<typeof createWorkerConsents>;

/** The worker's notices and their consents, for their "Min side" data download (GDPR art. 15 and 20). */
export async function workerNoticesOf(db: Db, userId: string) {
  const notices = await db
    .selectFrom("worker_notices as n")
    .innerJoin("employers as e", "e.id", "n.employer_id")
    .innerJoin("municipalities as m", "m.number", "n.municipality_number")
    .select(["n.id", "e.name as employer", "n.start_date", "m.name as workplace"])
    .where("n.worker_user_id", "=", userId)
    .orderBy("n.start_date")
    .execute();
  const consents = notices.length === 0 ? [] : await db
    .selectFrom("worker_progress_consents as c")
    .innerJoin("employers as e", "e.id", "c.employer_id")
    .select(["c.notice_id", "c.scope", "e.name", "c.given_at", "c.withdrawn_at"])
    .where("c.user_id", "=", userId)
    .orderBy("c.given_at")
    .execute();
  return notices.map((notice) => ({
    employer: notice.employer,
    startDate: notice.start_date,
    workplace: notice.workplace,
    consents: consents.filter((c) => c.notice_id === notice.id).map((c) => ({ what: c.scope, to: c.name, givenAt: c.given_at.toISOString(), withdrawnAt: c.withdrawn_at?.toISOString() ?? null })),
  }));
}

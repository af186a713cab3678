import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Record<string, unknown>;
  ip?: string | null;
  /** When, by the app's clock: actions a rate limit counts pass it (others take the database's time). */
  at?: Date;
}

/** Appends to the audit log; pass the transaction that made the change so both land or neither. */
export async function recordAudit(db: Kysely<DatabaseSchema>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      actor_user_id: entry.actorUserId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      details: JSON.stringify(entry.details ?? {}),
      ip: entry.ip ?? null,
      ...(entry.at ? { at: entry.at } : {}),
    })
    .execute();
}

/**
 * How often `action` came from `ip` in the `windowMs` before `now` (the app's clock; record the
 * action with `at` from the same clock): the rate limits of public forms count here, in the
 * database every server process shares (index audit_log_action_ip_at).
 */
export async function recentActionsFrom(db: Kysely<DatabaseSchema>, action: string, ip: string, windowMs: number, now: Date): Promise<number> {
  const recent = await db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("action", "=", action)
    .where("ip", "=", ip)
    .where("at", ">", new Date(now.getTime() - windowMs))
    .executeTakeFirstOrThrow();
  return Number(recent.count);
}

import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Record<string, unknown>;
  ip?: string | null;
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
    })
    .execute();
}

import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";

/** How long what the app records about people is kept (the README states the same periods). */
export const retentionDays = {
  /** Sign-in attempts (address and IP): the throttle looks back minutes; a month serves investigations. */
  loginAttempts: 30,
  /** IP addresses in the audit log are blanked after this; who did what is kept. */
  auditIps: 90,
  /** Sent, failed and dropped mail (recipient and template; the text is emptied when sent). */
  mail: 30,
} as const;

export interface RetentionRun {
  loginAttempts: number;
  auditIps: number;
  sessions: number;
  tokens: number;
  mail: number;
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/**
 * Deletes what is no longer needed: old sign-in attempts, expired sessions, used or expired
 * one-time links, old mail; and blanks old IP addresses in the audit log. Safe to run from several
 * processes at once (each statement is idempotent).
 */
export async function purgeExpiredData(db: Kysely<DatabaseSchema>, now: Date): Promise<RetentionRun> {
  const count = (result: { numDeletedRows?: bigint; numUpdatedRows?: bigint }) => Number(result.numDeletedRows ?? result.numUpdatedRows ?? 0);
  const [loginAttempts] = await db.deleteFrom("login_attempts").where("attempted_at", "<", daysBefore(now, retentionDays.loginAttempts)).execute();
  const [auditIps] = await db.updateTable("audit_log").set({ ip: null }).where("ip", "is not", null).where("at", "<", daysBefore(now, retentionDays.auditIps)).execute();
  const [sessions] = await db.deleteFrom("sessions").where("expires_at", "<", now).execute();
  const [tokens] = await db
    .deleteFrom("one_time_tokens")
    .where((eb) => eb.or([eb("expires_at", "<", now), eb("used_at", "is not", null)]))
    .execute();
  const [mail] = await db.deleteFrom("mail_queue").where("status", "<>", "pending").where("created_at", "<", daysBefore(now, retentionDays.mail)).execute();
  return { loginAttempts: count(loginAttempts!), auditIps: count(auditIps!), sessions: count(sessions!), tokens: count(tokens!), mail: count(mail!) };
}

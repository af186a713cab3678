import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import { hashToken, newToken } from "./tokens.ts";

/** Sessions end after 8 hours without use, and after 7 days whatever happens. */
export const idleTimeoutMs = 8 * 60 * 60 * 1000;
export const absoluteTimeoutMs = 7 * 24 * 60 * 60 * 1000;
/** Writing last_seen_at on every request would turn reads into writes; once a minute is enough. */
const touchIntervalMs = 60 * 1000;

export interface SessionRecord {
  userId: string;
  secondFactorPending: boolean;
}

export function createSessionStore(db: Kysely<DatabaseSchema>) {
  return {
    async create(userId: string, secondFactorPending: boolean): Promise<string> {
      const token = newToken();
      await db
        .insertInto("sessions")
        .values({ token_hash: hashToken(token), user_id: userId, second_factor_pending: secondFactorPending, expires_at: new Date(Date.now() + absoluteTimeoutMs) })
        .execute();
      return token;
    },

    async find(token: string, now = new Date()): Promise<SessionRecord | undefined> {
      const tokenHash = hashToken(token);
      const row = await db
        .selectFrom("sessions")
        .innerJoin("users", "users.id", "sessions.user_id")
        .select(["sessions.user_id", "sessions.second_factor_pending", "sessions.last_seen_at", "sessions.expires_at", "users.disabled"])
        .where("sessions.token_hash", "=", tokenHash)
        .executeTakeFirst();
      if (!row) return undefined;
      const idleExpired = now.getTime() - row.last_seen_at.getTime() > idleTimeoutMs;
      if (row.disabled || idleExpired || row.expires_at <= now) {
        await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
        return undefined;
      }
      if (now.getTime() - row.last_seen_at.getTime() > touchIntervalMs) {
        await db.updateTable("sessions").set({ last_seen_at: now }).where("token_hash", "=", tokenHash).execute();
      }
      return { userId: row.user_id, secondFactorPending: row.second_factor_pending };
    },

    async completeSecondFactor(token: string): Promise<void> {
      await db.updateTable("sessions").set({ second_factor_pending: false }).where("token_hash", "=", hashToken(token)).execute();
    },

    async delete(token: string): Promise<void> {
      await db.deleteFrom("sessions").where("token_hash", "=", hashToken(token)).execute();
    },

    /** After a password change every other session of the account ends. */
    async deleteAllOf(userId: string, transaction: Kysely<DatabaseSchema> = db): Promise<void> {
      await transaction.deleteFrom("sessions").where("user_id", "=", userId).execute();
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import type { RoleAssignment } from "../staff/roles.ts";
import { hashToken, newToken } from "./tokens.ts";

export interface SessionPolicy {
  absoluteMs: number;
  idleMs: number;
}

/** Staff reach other people's data: ASVS L2 (3.3.2) asks for 12 hours at most and 30 minutes idle. */
export const staffSessionPolicy: SessionPolicy = { absoluteMs: 12 * 60 * 60 * 1000, idleMs: 30 * 60 * 1000 };
/**
 * A newcomer's account reaches only their own plan and progress, which they look at on their own
 * phone over weeks; signing in again every half hour would keep them from using it. Seven days and
 * eight hours idle (ASVS L1 allows 30 days).
 */
export const newcomerSessionPolicy: SessionPolicy = { absoluteMs: 7 * 24 * 60 * 60 * 1000, idleMs: 8 * 60 * 60 * 1000 };
/** Between the password and the one-time code: long enough to open the app, too short to wait around. */
const pendingSignInMs = 10 * 60 * 1000;
/** Writing last_seen_at on every request would turn reads into writes; once a minute is enough. */
const touchIntervalMs = 60 * 1000;

export function sessionPolicyFor(assignments: readonly RoleAssignment[]): SessionPolicy {
  return assignments.some((a) => a.role !== "newcomer") ? staffSessionPolicy : newcomerSessionPolicy;
}

/** Where a sign-in comes from, kept with the session for the owner's list of sessions. */
export interface SignInClient {
  ip: string;
  userAgent: string;
}

export interface SessionRecord {
  userId: string;
  secondFactorPending: boolean;
}

export interface SessionListing {
  current: boolean;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string;
  ip: string | null;
}

export function createSessionStore(db: Kysely<DatabaseSchema>, clock: Clock) {
  const byToken = (token: string) => hashToken(token);
  return {
    /** A session waiting for its one-time code lives only minutes, until completeSecondFactor gives it the policy's lifetime. */
    async create(userId: string, options: { secondFactorPending: boolean; policy: SessionPolicy; client: SignInClient }): Promise<string> {
      const token = newToken();
      const now = clock.now();
      const lifetimeMs = options.secondFactorPending ? pendingSignInMs : options.policy.absoluteMs;
      await db
        .insertInto("sessions")
        .values({
          token_hash: byToken(token),
          user_id: userId,
          second_factor_pending: options.secondFactorPending,
          created_at: now,
          last_seen_at: now,
          expires_at: new Date(now.getTime() + lifetimeMs),
          idle_timeout_seconds: Math.round(options.policy.idleMs / 1000),
          user_agent: options.client.userAgent.slice(0, 300),
          ip: options.client.ip,
        })
        .execute();
      return token;
    },

    async find(token: string): Promise<SessionRecord | undefined> {
      const now = clock.now();
      const tokenHash = byToken(token);
      const row = await db
        .selectFrom("sessions")
        .innerJoin("users", "users.id", "sessions.user_id")
        .select(["sessions.user_id", "sessions.second_factor_pending", "sessions.last_seen_at", "sessions.expires_at", "sessions.idle_timeout_seconds", "users.disabled"])
        .where("sessions.token_hash", "=", tokenHash)
        .executeTakeFirst();
      if (!row) return undefined;
      const idleExpired = now.getTime() - row.last_seen_at.getTime() > row.idle_timeout_seconds * 1000;
      if (row.disabled || idleExpired || row.expires_at <= now) {
        await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
        return undefined;
      }
      if (now.getTime() - row.last_seen_at.getTime() > touchIntervalMs) {
        await db.updateTable("sessions").set({ last_seen_at: now }).where("token_hash", "=", tokenHash).execute();
      }
      return { userId: row.user_id, secondFactorPending: row.second_factor_pending };
    },

    /** The code was right: the session now counts its full lifetime from here. */
    async completeSecondFactor(token: string, policy: SessionPolicy): Promise<void> {
      const now = clock.now();
      await db
        .updateTable("sessions")
        .set({ second_factor_pending: false, second_factor_failures: 0, last_seen_at: now, expires_at: new Date(now.getTime() + policy.absoluteMs) })
        .where("token_hash", "=", byToken(token))
        .execute();
    },

    /** Counts a wrong code against this pending sign-in and returns how many it has had. */
    async recordSecondFactorFailure(token: string): Promise<number> {
      const row = await db
        .updateTable("sessions")
        .set((eb) => ({ second_factor_failures: eb("second_factor_failures", "+", 1) }))
        .where("token_hash", "=", byToken(token))
        .returning("second_factor_failures")
        .executeTakeFirst();
      return row?.second_factor_failures ?? Number.POSITIVE_INFINITY;
    },

    async pendingTotpSecret(token: string): Promise<string | null> {
      const row = await db.selectFrom("sessions").select("pending_totp_secret").where("token_hash", "=", byToken(token)).executeTakeFirst();
      return row?.pending_totp_secret ?? null;
    },

    async setPendingTotpSecret(token: string, secret: string | null): Promise<void> {
      await db.updateTable("sessions").set({ pending_totp_secret: secret }).where("token_hash", "=", byToken(token)).execute();
    },

    /** The account's signed-in sessions, newest use first (pending sign-ins are not sessions yet). */
    async listOf(userId: string, currentToken: string | null): Promise<SessionListing[]> {
      const currentHash = currentToken ? byToken(currentToken) : "";
      const now = clock.now();
      const rows = await db
        .selectFrom("sessions")
        .select(["token_hash", "created_at", "last_seen_at", "idle_timeout_seconds", "user_agent", "ip"])
        .where("user_id", "=", userId)
        .where("second_factor_pending", "=", false)
        .where("expires_at", ">", now)
        .orderBy("last_seen_at", "desc")
        .execute();
      return rows
        .filter((row) => now.getTime() - row.last_seen_at.getTime() <= row.idle_timeout_seconds * 1000)
        .map((row) => ({ current: row.token_hash === currentHash, createdAt: row.created_at, lastSeenAt: row.last_seen_at, userAgent: row.user_agent, ip: row.ip }));
    },

    async delete(token: string): Promise<void> {
      await db.deleteFrom("sessions").where("token_hash", "=", byToken(token)).execute();
    },

    /** "Sign out everywhere else": every session of the account but this one. */
    async deleteOthersOf(userId: string, keepToken: string): Promise<number> {
      const result = await db.deleteFrom("sessions").where("user_id", "=", userId).where("token_hash", "<>", byToken(keepToken)).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** After a password change every other session of the account ends. */
    async deleteAllOf(userId: string, transaction: Kysely<DatabaseSchema> = db): Promise<void> {
      await transaction.deleteFrom("sessions").where("user_id", "=", userId).execute();
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

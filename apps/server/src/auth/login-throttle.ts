import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { normaliseEmail } from "../staff/user-repository.ts";

export type SignInFactor = "password" | "second-factor";

interface DelayRule {
  /** Failures in a row before the first delay. */
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /**
   * Wrong passwords count per account *and* address, so a stranger elsewhere cannot keep the owner
   * out; wrong codes count per account wherever they come from, since whoever sends a code already
   * knows the password.
   */
  perAddress: boolean;
  /** Failures in a row on one account, from every address, at which the operators are alerted. */
  alertAfter: number;
}

/** No lock anyone can set: after the free failures each attempt waits twice as long as the last, up to the maximum. */
export const delayRules: Record<SignInFactor, DelayRule> = {
  password: { freeFailures: 3, firstDelayMs: 5_000, maxDelayMs: 15 * 60_000, perAddress: true, alertAfter: 10 },
  "second-factor": { freeFailures: 5, firstDelayMs: 30_000, maxDelayMs: 60 * 60_000, perAddress: false, alertAfter: 5 },
};
/** Failures older than a day, or before the last success, no longer count. */
const failureMemoryMs = 24 * 60 * 60 * 1000;
/** One address may fail 20 times in 15 minutes across all accounts, against password spraying. */
export const failuresPerAddress = 20;
const addressWindowMs = 15 * 60 * 1000;

/** How long an attempt must wait after this many failures in a row (0: not at all). */
export function delayAfter(failures: number, rule: DelayRule): number {
  if (failures < rule.freeFailures) return 0;
  return Math.min(rule.firstDelayMs * 2 ** (failures - rule.freeFailures), rule.maxDelayMs);
}

export function createLoginThrottle(db: Kysely<DatabaseSchema>, clock: Clock) {
  /** Failures of one factor in a row for the account (and address, when given), and when the last one was. */
  async function failuresInARow(factor: SignInFactor, email: string, ip: string | null): Promise<{ count: number; last: Date | null }> {
    const now = clock.now();
    const ofAccount = db.selectFrom("login_attempts").where("email", "=", normaliseEmail(email)).$if(ip !== null, (q) => q.where("ip", "=", ip!));
    const lastSuccess = await ofAccount.select((eb) => eb.fn.max("attempted_at").as("at")).where("succeeded", "=", true).executeTakeFirst();
    const memoryStart = new Date(now.getTime() - failureMemoryMs);
    const since = lastSuccess?.at && lastSuccess.at > memoryStart ? lastSuccess.at : memoryStart;
    const failures = await ofAccount
      .select((eb) => [eb.fn.countAll<number>().as("count"), eb.fn.max("attempted_at").as("last")])
      .where("succeeded", "=", false)
      .where("factor", "=", factor)
      .where("attempted_at", ">", since)
      .executeTakeFirstOrThrow();
    return { count: Number(failures.count), last: failures.last ?? null };
  }

  return {
    async addressBlocked(ip: string): Promise<boolean> {
      const row = await db
        .selectFrom("login_attempts")
        .select((eb) => eb.fn.countAll<number>().as("failures"))
        .where("ip", "=", ip)
        .where("succeeded", "=", false)
        .where("attempted_at", ">", new Date(clock.now().getTime() - addressWindowMs))
        .executeTakeFirstOrThrow();
      return Number(row.failures) >= failuresPerAddress;
    },

    /** Until when an attempt of this factor for the account from this address must wait; null when it may go ahead. */
    async mustWaitUntil(factor: SignInFactor, email: string, ip: string): Promise<Date | null> {
      const rule = delayRules[factor];
      const { count, last } = await failuresInARow(factor, email, rule.perAddress ? ip : null);
      const until = last && new Date(last.getTime() + delayAfter(count, rule));
      return until && until > clock.now() ? until : null;
    },

    /** Records a failure and returns the account's failures of that factor in a row, from every address (for alerts). */
    async recordFailure(factor: SignInFactor, email: string, ip: string): Promise<number> {
      await db.insertInto("login_attempts").values({ email: normaliseEmail(email), ip, factor, succeeded: false, attempted_at: clock.now() }).execute();
      return (await failuresInARow(factor, email, null)).count;
    },

    /** A completed sign-in (with its second factor, where the account has one) ends both rows of failures. */
    async recordSuccess(factor: SignInFactor, email: string, ip: string): Promise<void> {
      await db.insertInto("login_attempts").values({ email: normaliseEmail(email), ip, factor, succeeded: true, attempted_at: clock.now() }).execute();
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";

/** Five wrong passwords in a row lock an account for 15 minutes. */
export const failuresBeforeLock = 5;
export const lockDurationMs = 15 * 60 * 1000;
/** One address may fail 20 times in 15 minutes across all accounts, against password spraying. */
export const failuresPerAddress = 20;
const addressWindowMs = 15 * 60 * 1000;

export function createLoginThrottle(db: Kysely<DatabaseSchema>) {
  return {
    async addressBlocked(ip: string, now = new Date()): Promise<boolean> {
      const row = await db
        .selectFrom("login_attempts")
        .select((eb) => eb.fn.countAll<number>().as("failures"))
        .where("ip", "=", ip)
        .where("succeeded", "=", false)
        .where("attempted_at", ">", new Date(now.getTime() - addressWindowMs))
        .executeTakeFirstOrThrow();
      return Number(row.failures) >= failuresPerAddress;
    },

    async record(email: string, ip: string, succeeded: boolean): Promise<void> {
      await db.insertInto("login_attempts").values({ email, ip, succeeded }).execute();
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

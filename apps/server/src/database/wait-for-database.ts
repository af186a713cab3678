import { sql } from "kysely";
import type { Database } from "./database.ts";

/** Errors that mean "not up yet" (the server starting, restarting, or not listening yet), not "wrong settings". */
function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string") return false;
  // 57P03 cannot_connect_now (starting up), class 08 connection exceptions, and the socket's own errors.
  return code === "57P03" || code.startsWith("08") || ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ENOTFOUND"].includes(code);
}

export interface WaitOptions {
  /** Give up after this long (DATABASE_CONNECT_TIMEOUT_SECONDS). */
  timeoutMs: number;
  /** Told before each retry, so an operator sees why start-up waits. */
  onRetry(error: Error, delayMs: number): void;
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

/**
 * Waits until the database answers, retrying with a doubling delay (up to 5 s) while it is not up
 * yet, so a server and its PostgreSQL started together need no ordering. Wrong settings (a bad
 * password, a missing database) fail at once.
 */
export async function waitForDatabase(database: Database, options: WaitOptions): Promise<void> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  // Elapsed time for a retry budget, not a "now" of the domain: the injectable clock does not apply.
  const now = options.now ?? (() => performance.now());
  const start = now();
  let delayMs = 250;
  for (;;) {
    try {
      await sql`SELECT 1`.execute(database.db);
      return;
    } catch (error) {
      if (!isTransient(error) || now() - start + delayMs > options.timeoutMs) throw error;
      options.onRetry(error as Error, delayMs);
      await sleep(delayMs);
      delayMs = Math.min(delayMs * 2, 5000);
    }
  }
}

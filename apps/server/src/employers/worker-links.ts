import type { Kysely } from "kysely";
import { hashToken, newToken } from "../auth/tokens.ts";
import type { DatabaseSchema } from "../database/schema.ts";

/** A worker's link works this long after their first working day (or after it was made, if later). */
const lifetimeDaysAfterStart = 180;
const day = 86_400_000;

/** Unknown links one address may try in an hour before every link answers 429 for it. */
export const unknownLinksPerAddress = 20;
export const unknownLinkAction = "worker-link.unknown";

/** The link's expiry: half a year after the first working day, never before half a year from now. */
function expiryOf(startDate: string, now: Date): Date {
  const start = new Date(`${startDate}T00:00:00Z`).getTime();
  return new Date(Math.max(start, now.getTime()) + lifetimeDaysAfterStart * day);
}

/** A new token for the worker's own page; only its hash is stored. Each mail and printed letter gets its own. */
export async function issueWorkerLink(db: Kysely<DatabaseSchema>, noticeId: string, startDate: string, now: Date, token = newToken()): Promise<string> {
  await db.insertInto("worker_links").values({ token_hash: hashToken(token), notice_id: noticeId, created_at: now, expires_at: expiryOf(startDate, now) }).execute();
  return token;
}

/** The notice a link opens, or undefined for a malformed, unknown or expired token (one answer for all). */
export async function noticeIdOfLink(db: Kysely<DatabaseSchema>, token: string, now: Date): Promise<string | undefined> {
  if (!/^[A-Za-z0-9_-]{40,64}$/.test(token)) return undefined;
  const row = await db.selectFrom("worker_links").select("notice_id").where("token_hash", "=", hashToken(token)).where("expires_at", ">", now).executeTakeFirst();
  return row?.notice_id;
}

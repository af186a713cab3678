import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import { hashToken, newToken } from "./tokens.ts";

export type OneTimeTokenPurpose = "password-reset" | "invitation";

/** Stores the hash of a new single-use link secret for the user and returns the secret for the mail. */
export async function issueOneTimeToken(db: Kysely<DatabaseSchema>, userId: string, purpose: OneTimeTokenPurpose, lifetimeMs: number, now: Date): Promise<string> {
  const token = newToken();
  await db
    .insertInto("one_time_tokens")
    .values({ token_hash: hashToken(token), purpose, user_id: userId, expires_at: new Date(now.getTime() + lifetimeMs) })
    .execute();
  return token;
}

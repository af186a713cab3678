import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import type { UserCredentials, UserRepository } from "../staff/user-repository.ts";
import { delayRules, type LoginThrottle, type SignInFactor } from "./login-throttle.ts";
import { verifyPassword } from "./passwords.ts";
import { totpStepOf } from "./second-factor.ts";
import { sessionPolicyFor, type SessionPolicy, type SessionStore, type SignInClient } from "./session-store.ts";

export type LoginResult =
  | { outcome: "signed-in"; token: string; userId: string; secondFactorRequired: boolean; policy: SessionPolicy }
  | { outcome: "invalid-credentials" }
  | { outcome: "wait"; until: Date }
  | { outcome: "too-many-attempts" };

export type SecondFactorResult =
  | { outcome: "signed-in" }
  | { outcome: "invalid-code" }
  | { outcome: "wait"; until: Date }
  /** This pending sign-in had its share of wrong codes and is gone: start again with the password. */
  | { outcome: "sign-in-again" };

export type ReauthenticationResult = { outcome: "confirmed" } | { outcome: "wrong-password" } | { outcome: "invalid-code" } | { outcome: "wait"; until: Date };

/** Wrong codes one pending sign-in may have before the password is asked again. */
export const codesPerPendingSignIn = 3;

type RefusalReason = "wrong-password" | "wrong-code" | "code-reused" | "wait" | "address-limit";
type Check<T> = { outcome: "ok"; value: T } | { outcome: "wrong" } | { outcome: "wait"; until: Date };

interface AuthenticationServices {
  db: Kysely<DatabaseSchema>;
  users: UserRepository;
  sessions: SessionStore;
  throttle: LoginThrottle;
  clock: Clock;
  log: FastifyBaseLogger;
}

/**
 * Password sign-in, the one-time code after it, and re-authentication before security changes.
 * Wrong passwords and wrong codes both count, in the database every instance shares; a sign-in
 * succeeds, and clears the counts, only when the code is right too. Every refusal goes to the
 * audit log, whether the account exists or not.
 */
export function createAuthentication({ db, users, sessions, throttle, clock, log }: AuthenticationServices) {
  async function refuse(reason: RefusalReason, userId: string | undefined, ip: string): Promise<void> {
    await recordAudit(db, { actorUserId: null, action: "sign-in.refused", subjectType: "user", subjectId: userId ?? "", details: { reason }, ip });
  }

  /** Counts the failure; from a number of failures in a row on the account, each further one is an alert for the operators. */
  async function fail(factor: SignInFactor, reason: RefusalReason, email: string, userId: string | undefined, ip: string): Promise<void> {
    const failures = await throttle.recordFailure(factor, email, ip);
    await refuse(reason, userId, ip);
    if (userId && failures >= delayRules[factor].alertAfter) {
      log.warn({ alert: "sign-in-failures", userId, factor, failures }, "repeated failed sign-in attempts on one account");
    }
  }

  /** Keyed on the address typed, so a known and an unknown account wait and answer alike. */
  async function checkPassword(email: string, password: string, ip: string): Promise<Check<UserCredentials>> {
    const until = await throttle.mustWaitUntil("password", email, ip);
    if (until) {
      await refuse("wait", undefined, ip);
      return { outcome: "wait", until };
    }
    const account = await users.credentialsByEmail(email);
    const passwordOk = await verifyPassword(account?.passwordHash ?? null, password);
    if (!account || !passwordOk || account.disabled) {
      await fail("password", "wrong-password", email, account?.id, ip);
      return { outcome: "wrong" };
    }
    return { outcome: "ok", value: account };
  }

  /** A current code of the account's secret, never one accepted before. */
  async function checkCode(user: { id: string; email: string }, code: string, ip: string): Promise<Check<null>> {
    const until = await throttle.mustWaitUntil("second-factor", user.email, ip);
    if (until) {
      await refuse("wait", user.id, ip);
      return { outcome: "wait", until };
    }
    const secret = await users.totpSecretOf(user.id);
    const step = secret ? totpStepOf(secret, code, clock.now()) : null;
    if (step !== null && (await users.acceptTotpStep(user.id, step))) return { outcome: "ok", value: null };
    await fail("second-factor", step === null ? "wrong-code" : "code-reused", user.email, user.id, ip);
    return { outcome: "wrong" };
  }

  return {
    async signIn(email: string, password: string, client: SignInClient): Promise<LoginResult> {
      if (await throttle.addressBlocked(client.ip)) {
        await refuse("address-limit", undefined, client.ip);
        return { outcome: "too-many-attempts" };
      }
      const checked = await checkPassword(email, password, client.ip);
      if (checked.outcome === "wait") return checked;
      if (checked.outcome === "wrong") return { outcome: "invalid-credentials" };
      const account = checked.value;
      const policy = sessionPolicyFor((await users.findById(account.id))?.assignments ?? []);
      // With a second factor the right password is only half a sign-in: nothing is recorded as a success yet.
      if (!account.totpEnabled) await throttle.recordSuccess("password", email, client.ip);
      const token = await sessions.create(account.id, { secondFactorPending: account.totpEnabled, policy, client });
      return { outcome: "signed-in", token, userId: account.id, secondFactorRequired: account.totpEnabled, policy };
    },

    async completeSecondFactor(pending: { token: string; userId: string }, code: string, ip: string): Promise<SecondFactorResult> {
      const user = await users.findById(pending.userId);
      if (!user) return { outcome: "sign-in-again" };
      const checked = await checkCode(user, code, ip);
      if (checked.outcome === "wait") return checked;
      if (checked.outcome === "wrong") {
        if ((await sessions.recordSecondFactorFailure(pending.token)) < codesPerPendingSignIn) return { outcome: "invalid-code" };
        await sessions.delete(pending.token);
        return { outcome: "sign-in-again" };
      }
      await throttle.recordSuccess("second-factor", user.email, ip);
      await sessions.completeSecondFactor(pending.token, sessionPolicyFor(user.assignments));
      return { outcome: "signed-in" };
    },

    /**
     * "Is it still you?" before a security change: the password, and a current code when the
     * account has a second factor, counted and delayed exactly like a sign-in.
     */
    async reauthenticate(userId: string, password: string, code: string | null, ip: string): Promise<ReauthenticationResult> {
      const user = await users.findById(userId);
      if (!user) return { outcome: "wrong-password" };
      const passwordChecked = await checkPassword(user.email, password, ip);
      if (passwordChecked.outcome === "wait") return passwordChecked;
      if (passwordChecked.outcome === "wrong") return { outcome: "wrong-password" };
      if (code !== null) {
        const codeChecked = await checkCode(user, code, ip);
        if (codeChecked.outcome === "wait") return codeChecked;
        if (codeChecked.outcome === "wrong") return { outcome: "invalid-code" };
      }
      await throttle.recordSuccess(code === null ? "password" : "second-factor", user.email, ip);
      return { outcome: "confirmed" };
    },
  };
}

export type Authentication = ReturnType<typeof createAuthentication>;

import type { UserRepository } from "../staff/user-repository.ts";
import { failuresBeforeLock, lockDurationMs, type LoginThrottle } from "./login-throttle.ts";
import { verifyPassword } from "./passwords.ts";
import { verifyTotp } from "./second-factor.ts";
import type { SessionStore } from "./session-store.ts";

export type LoginResult =
  | { outcome: "signed-in"; token: string; userId: string; secondFactorRequired: boolean }
  | { outcome: "invalid-credentials" }
  | { outcome: "locked"; until: Date }
  | { outcome: "too-many-attempts" };

/** Password sign-in with account lock-out and per-address throttling, the state kept in the database. */
export function createAuthentication(deps: { users: UserRepository; sessions: SessionStore; throttle: LoginThrottle }) {
  const { users, sessions, throttle } = deps;
  return {
    async signIn(email: string, password: string, ip: string, now = new Date()): Promise<LoginResult> {
      if (await throttle.addressBlocked(ip, now)) return { outcome: "too-many-attempts" };
      const account = await users.credentialsByEmail(email);
      if (account?.lockedUntil && account.lockedUntil > now) {
        await throttle.record(email, ip, false);
        return { outcome: "locked", until: account.lockedUntil };
      }
      const passwordOk = await verifyPassword(account?.passwordHash ?? null, password);
      if (!account || !passwordOk || account.disabled) {
        await throttle.record(email, ip, false);
        if (account && !passwordOk) await users.recordFailedLogin(account.id, failuresBeforeLock, new Date(now.getTime() + lockDurationMs));
        return { outcome: "invalid-credentials" };
      }
      await throttle.record(email, ip, true);
      await users.recordSuccessfulLogin(account.id);
      const token = await sessions.create(account.id, account.totpEnabled);
      return { outcome: "signed-in", token, userId: account.id, secondFactorRequired: account.totpEnabled };
    },

    async completeSecondFactor(token: string, userId: string, code: string): Promise<boolean> {
      const secret = await users.totpSecretOf(userId);
      if (!secret || !verifyTotp(secret, code)) return false;
      await sessions.completeSecondFactor(token);
      return true;
    },
  };
}

export type Authentication = ReturnType<typeof createAuthentication>;

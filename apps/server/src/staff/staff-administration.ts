import type { Language } from "@velkomst/i18n";
import type { FieldError } from "@velkomst/validation";
import { recordAudit } from "../audit/audit-log.ts";
import { hashPassword, minimumPasswordLength } from "../auth/passwords.ts";
import { hashToken } from "../auth/tokens.ts";
import { issueOneTimeToken } from "../auth/one-time-tokens.ts";
import type { Viewer } from "../auth/viewer.ts";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { ForbiddenError, InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import type { Kysely } from "kysely";
import type { Config } from "../config.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { enqueueMail, requestComposedMail, type MailComposer } from "../mail/mail-queue.ts";
import type { SessionStore } from "../auth/session-store.ts";
import { paths } from "../web/paths.ts";
import { grantableRoles, scopeContains, type RoleAssignment, type Scope } from "./roles.ts";
import { normaliseEmail, type StaffUser, type UserRepository } from "./user-repository.ts";

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;
const resetLifetimeMs = 60 * 60 * 1000;

export function passwordProblems(password: string): FieldError[] {
  return password.length < minimumPasswordLength
    ? [{ path: "password", code: "minLength", params: { limit: minimumPasswordLength }, message: `expected at least ${minimumPasswordLength} characters` }]
    : [];
}

interface StaffServices {
  db: Kysely<DatabaseSchema>;
  users: UserRepository;
  sessions: SessionStore;
  config: Config;
}

/** Inviting staff, giving and taking roles, and setting passwords through one-time links. */
export function createStaffAdministration(services: StaffServices) {
  const { db, users, sessions, config } = services;

  async function scopeExists(scope: Scope): Promise<boolean> {
    switch (scope.kind) {
      case "national":
        return scope.id === "";
      case "county":
        return !!(await db.selectFrom("counties").select("number").where("number", "=", scope.id).executeTakeFirst());
      case "region":
        return !!(await db.selectFrom("regions").select("id").where("id", "=", scope.id).executeTakeFirst());
      case "municipality":
        return !!(await db.selectFrom("municipalities").select("number").where("number", "=", scope.id).executeTakeFirst());
    }
  }

  /** An actor may grant a role only if one of their admin roles may hand it out within a scope that contains the target scope. */
  async function assertMayGrant(actor: Viewer, assignment: RoleAssignment): Promise<void> {
    if (!(await scopeExists(assignment.scope))) {
      throw new InvalidInputError([{ path: "scope.id", code: "unknownScope", message: `unknown ${assignment.scope.kind} "${assignment.scope.id}"` }]);
    }
    const candidateScopes = actor.assignments.filter((a) => grantableRoles[a.role].includes(assignment.role)).map((a) => a.scope);
    const places = await users.placesOf([assignment.scope, ...candidateScopes]);
    const placesOf = (scope: Scope) => places.get(`${scope.kind}:${scope.id}`) ?? [];
    if (!candidateScopes.some((scope) => scopeContains(scope, assignment.scope, placesOf))) {
      throw new ForbiddenError("you can only give roles within the area you administer");
    }
  }

  /** The reset mail as the queue sends it: a new link for an active account, nothing for an unknown or disabled address. */
  const composeResetMail: MailComposer = async (transaction, request, now) => {
    const user = await transaction.selectFrom("users").select(["id", "disabled"]).where("email", "=", request.to).executeTakeFirst();
    if (!user || user.disabled) return null;
    const token = await issueOneTimeToken(transaction, user.id, "password-reset", resetLifetimeMs, now);
    const t = uiTranslator(request.language);
    return { subject: t("auth.resetMailSubject"), text: t("auth.resetMailText", { link: `${config.publicUrl}${paths.setPassword(request.language, token)}` }) };
  };

  return {
    /**
     * Users the actor administers: everyone for national admins, else users with a role inside the
     * actor's scopes. A list of people and their roles: every read is in the audit log.
     */
    async visibleUsers(actor: Viewer, ip: string | null): Promise<StaffUser[]> {
      const all = await users.list();
      const adminScopes = actor.assignments.filter((a) => a.role === "municipality-admin").map((a) => a.scope);
      const places = await users.placesOf([...adminScopes, ...all.flatMap((u) => u.assignments.map((a) => a.scope))]);
      const placesOf = (scope: Scope) => places.get(`${scope.kind}:${scope.id}`) ?? [];
      const visible = actor.assignments.some((a) => a.role === "national-admin")
        ? all
        : all.filter((user) => user.id === actor.id || user.assignments.some((a) => adminScopes.some((scope) => scopeContains(scope, a.scope, placesOf))));
      await recordAudit(db, { actorUserId: actor.id, action: "staff.users.listed", subjectType: "user", subjectId: "", details: { count: visible.length }, ip });
      return visible;
    },

    async invite(actor: Viewer, input: { email: string; name: string; role: RoleAssignment["role"]; scope: Scope }, lang: Language, ip: string | null) {
      const assignment: RoleAssignment = { role: input.role, scope: input.scope };
      await assertMayGrant(actor, assignment);
      if (await users.findByEmail(input.email)) {
        throw new InvalidInputError([{ path: "email", code: "alreadyExists", message: "a user with this e-mail address already exists" }], 409);
      }
      const t = uiTranslator(lang);
      const userId = await db.transaction().execute(async (transaction) => {
        const userId = await users.create({ email: input.email, name: input.name, passwordHash: null }, transaction);
        await users.assignRole(userId, assignment, actor.id, transaction);
        const token = await issueOneTimeToken(transaction, userId, "invitation", invitationLifetimeMs, config.clock.now());
        await recordAudit(transaction, { actorUserId: actor.id, action: "user.invited", subjectType: "user", subjectId: userId, details: { ...assignment }, ip });
        const link = `${config.publicUrl}${paths.setPassword(lang, token)}`;
        const text = t("auth.inviteMailText", { inviter: actor.name, role: t(`roles.${input.role}`), link });
        await enqueueMail(transaction, { to: normaliseEmail(input.email), language: lang, template: "staff-invitation", subject: t("auth.inviteMailSubject"), text }, config.clock.now());
        return userId;
      });
      return { userId };
    },

    async addRole(actor: Viewer, userId: string, assignment: RoleAssignment, ip: string | null): Promise<void> {
      if (!(await users.findById(userId))) throw new NotFoundError("user", userId);
      await assertMayGrant(actor, assignment);
      await db.transaction().execute(async (transaction) => {
        await users.assignRole(userId, assignment, actor.id, transaction);
        await recordAudit(transaction, { actorUserId: actor.id, action: "role.granted", subjectType: "user", subjectId: userId, details: { ...assignment }, ip });
      });
    },

    async removeRole(actor: Viewer, userId: string, assignment: RoleAssignment, ip: string | null): Promise<void> {
      if (!(await users.findById(userId))) throw new NotFoundError("user", userId);
      // An administrator taking their own admin role could leave an area with nobody to run it.
      if (userId === actor.id && grantableRoles[assignment.role].length > 0) throw new ForbiddenError("you cannot take your own administrator role");
      await assertMayGrant(actor, assignment);
      await db.transaction().execute(async (transaction) => {
        await users.removeRole(userId, assignment, transaction);
        await recordAudit(transaction, { actorUserId: actor.id, action: "role.revoked", subjectType: "user", subjectId: userId, details: { ...assignment }, ip });
      });
    },

    /**
     * Queues a reset mail that is composed when sent, so the request does the same work, takes
     * the same time and answers the same whether the address has an account or not.
     */
    async requestPasswordReset(email: string, lang: Language): Promise<void> {
      await requestComposedMail(db, { to: normaliseEmail(email), template: "password-reset", language: lang }, config.clock.now());
    },

    composeResetMail,

    async findValidToken(token: string): Promise<{ userId: string; email: string; purpose: "password-reset" | "invitation" } | undefined> {
      const row = await db
        .selectFrom("one_time_tokens")
        .innerJoin("users", "users.id", "one_time_tokens.user_id")
        .select(["one_time_tokens.user_id", "one_time_tokens.purpose", "one_time_tokens.expires_at", "one_time_tokens.used_at", "users.email"])
        .where("one_time_tokens.token_hash", "=", hashToken(token))
        .executeTakeFirst();
      if (!row || row.used_at || row.expires_at <= config.clock.now()) return undefined;
      return { userId: row.user_id, email: row.email, purpose: row.purpose };
    },

    /** Sets the password from a one-time link, uses up every link of the account, and ends its sessions. */
    async setPasswordWithToken(token: string, password: string, ip: string | null): Promise<boolean> {
      const problems = passwordProblems(password);
      if (problems.length > 0) throw new InvalidInputError(problems);
      const passwordHash = await hashPassword(password);
      const now = config.clock.now();
      return db.transaction().execute(async (transaction) => {
        const used = await transaction
          .updateTable("one_time_tokens")
          .set({ used_at: now })
          .where("token_hash", "=", hashToken(token))
          .where("used_at", "is", null)
          .where("expires_at", ">", now)
          .returning(["user_id", "purpose"])
          .executeTakeFirst();
        if (!used) return false;
        // An older reset or invitation link must not set the password again after this one did.
        await transaction.updateTable("one_time_tokens").set({ used_at: now }).where("user_id", "=", used.user_id).where("used_at", "is", null).execute();
        await users.setPassword(used.user_id, passwordHash, transaction);
        await sessions.deleteAllOf(used.user_id, transaction);
        await recordAudit(transaction, { actorUserId: used.user_id, action: `password.set-by-${used.purpose}`, subjectType: "user", subjectId: used.user_id, ip });
        return true;
      });
    },
  };
}

export type StaffAdministration = ReturnType<typeof createStaffAdministration>;

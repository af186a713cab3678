import type { Kysely } from "kysely";
import type { Language } from "@velkomst/i18n";
import { recentActionsFrom, recordAudit } from "../audit/audit-log.ts";
import { issueOneTimeToken } from "../auth/one-time-tokens.ts";
import type { Config } from "../config.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { requestComposedMail, type MailComposer } from "../mail/mail-queue.ts";
import { workerNoticesOf } from "../employers/worker-consents.ts";
import { planRequestsOf } from "../plan-requests/plan-request-repository.ts";
import { DomainError } from "../platform/domain-errors.ts";
import type { StaffAdministration } from "../staff/staff-administration.ts";
import { invitationLifetimeMs } from "../staff/staff-administration.ts";
import { normaliseEmail, type UserRepository } from "../staff/user-repository.ts";
import { paths } from "../web/paths.ts";
import type { SavedPlans } from "./saved-plans.ts";
import { newcomerTexts } from "./newcomer-texts.ts";

/** Registrations one address may start in the window: enough for a family, too few for a script. */
export const registrationsPerAddress = 10;
const registrationWindowMs = 60 * 60 * 1000;

export class TooManyRegistrationsError extends DomainError {
  constructor() {
    super(429, "too-many-requests", "too many new accounts from this address; try again later");
  }
}

interface NewcomerServices {
  db: Kysely<DatabaseSchema>;
  users: UserRepository;
  savedPlans: SavedPlans;
  staff: StaffAdministration;
  config: Config;
}

/**
 * Newcomers' own accounts: they register with only an e-mail address and choose a password from
 * the link they get, so nobody can open an account in someone else's name. The answer is the same
 * whether the address was known or not, so the form does not reveal who has an account.
 */
export function createNewcomerAccounts({ db, users, savedPlans, staff, config }: NewcomerServices) {
  /**
   * The registration mail as the queue sends it: the account is made then, with a link to choose
   * a password; an address that already has an account gets a password reset link instead.
   */
  const composeRegistrationMail: MailComposer = async (transaction, request, now) => {
    const existing = await transaction.selectFrom("users").select("id").where("email", "=", request.to).executeTakeFirst();
    if (existing) return staff.composeResetMail(transaction, request, now);
    const userId = await users.create({ email: request.to, name: request.to.split("@")[0] ?? request.to, passwordHash: null }, transaction);
    await users.assignRole(userId, { role: "newcomer", scope: { kind: "national", id: "" } }, null, transaction);
    await recordAudit(transaction, { actorUserId: null, action: "newcomer.registered", subjectType: "user", subjectId: userId });
    const token = await issueOneTimeToken(transaction, userId, "invitation", invitationLifetimeMs, now);
    const n = newcomerTexts(request.language);
    return { subject: n("mail.subject"), text: n("mail.text", { link: `${config.publicUrl}${paths.setPassword(request.language, token)}` }) };
  };

  return {
    /** Queues the registration mail (see composeRegistrationMail): the same work and answer for a known address as for a new one. */
    async register(email: string, lang: Language, ip: string): Promise<void> {
      const now = config.clock.now();
      if ((await recentActionsFrom(db, "newcomer.registration-requested", ip, registrationWindowMs, now)) >= registrationsPerAddress) throw new TooManyRegistrationsError();
      await db.transaction().execute(async (transaction) => {
        await recordAudit(transaction, { actorUserId: null, action: "newcomer.registration-requested", subjectType: "user", subjectId: "", ip, at: now });
        await requestComposedMail(transaction, { to: normaliseEmail(email), template: "newcomer-registration", language: lang }, now);
      });
    },

    composeRegistrationMail,

    /** Everything stored about the person, for them to download (GDPR art. 15 and 20). */
    async exportData(userId: string) {
      const user = await db.selectFrom("users").select(["email", "name", "created_at"]).where("id", "=", userId).executeTakeFirstOrThrow();
      const plan = await savedPlans.find(userId);
      return {
        account: { email: user.email, name: user.name, createdAt: user.created_at.toISOString() },
        savedPlan: plan ? { answers: plan.answers, consentedAt: plan.consentedAt.toISOString(), updatedAt: plan.updatedAt.toISOString() } : null,
        progress: (await savedPlans.progressOf(userId)).map((p) => ({ step: p.stepId, doneAt: p.doneAt.toISOString() })),
        workerNotices: await workerNoticesOf(db, userId),
        skillsProfile: (await db.selectFrom("skills_profiles").selectAll().where("user_id", "=", userId).executeTakeFirst()) ?? null,
        planRequests: await planRequestsOf(db, userId),
      };
    },

    /** Erases the account with its plan, progress and sessions (GDPR art. 17); the audit keeps only that it happened. */
    async deleteAccount(userId: string, ip: string): Promise<void> {
      await db.transaction().execute(async (transaction) => {
        await transaction.deleteFrom("users").where("id", "=", userId).execute();
        await recordAudit(transaction, { actorUserId: null, action: "newcomer.deleted", subjectType: "user", subjectId: userId, ip });
      });
    },
  };
}

export type NewcomerAccounts = ReturnType<typeof createNewcomerAccounts>;

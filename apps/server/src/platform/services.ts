import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import { createAuthentication } from "../auth/authentication.ts";
import { createLoginThrottle } from "../auth/login-throttle.ts";
import { createSessionStore } from "../auth/session-store.ts";
import type { Config } from "../config.ts";
import { createContent } from "../content/content-service.ts";
import type { Database } from "../database/database.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { createDirectory } from "../directory/directory.ts";
import { createEmployers } from "../employers/employers-repository.ts";
import { deliverQueuedMail, type MailQueueServices } from "../mail/mail-queue.ts";
import { createMailTransport, type MailTransport } from "../mail/mail-transport.ts";
import { createMunicipalityRepository } from "../municipalities/municipality-repository.ts";
import { createNewcomerAccounts } from "../newcomers/newcomer-accounts.ts";
import { createSavedPlans } from "../newcomers/saved-plans.ts";
import { createUserRepository } from "../staff/user-repository.ts";
import { createStaffAdministration } from "../staff/staff-administration.ts";
import { createSettlement } from "../settlement/settlement-service.ts";

/** The app's collaborators, built once per process from the database and configuration (tests pass their own mail transport). */
export function createServices(database: Database, config: Config, log: FastifyBaseLogger, mailTransport?: MailTransport) {
  const db: Kysely<DatabaseSchema> = database.db;
  const users = createUserRepository(db);
  const sessions = createSessionStore(db, config.clock);
  const throttle = createLoginThrottle(db, config.clock);
  const staff = createStaffAdministration({ db, users, sessions, config });
  const savedPlans = createSavedPlans(db, config.clock);
  const newcomers = createNewcomerAccounts({ db, users, savedPlans, staff, config });
  const mailQueue: MailQueueServices = {
    db,
    transport: mailTransport ?? createMailTransport({ smtpUrl: config.smtpUrl, from: config.mailFrom, log }),
    composers: { "password-reset": staff.composeResetMail, "newcomer-registration": newcomers.composeRegistrationMail },
    log,
  };
  return {
    config,
    clock: config.clock,
    database,
    db,
    users,
    sessions,
    throttle,
    authentication: createAuthentication({ db, users, sessions, throttle, clock: config.clock, log }),
    municipalities: createMunicipalityRepository(db),
    directory: createDirectory({ db, users, clock: config.clock }),
    mailQueue,
    /** Sends the mail that is due (main.ts runs this on an interval; tests run it once). */
    deliverMail: (now = config.clock.now()) => deliverQueuedMail(mailQueue, now),
    staff,
    savedPlans,
    newcomers,
    content: createContent({ db, config }),
    employers: createEmployers({ db, users, config }),
    settlement: createSettlement({ db, users, clock: config.clock, municipalities: createMunicipalityRepository(db), mail: { publicUrl: config.publicUrl, log } }),
  };
}

export type Services = ReturnType<typeof createServices>;

declare module "fastify" {
  interface FastifyInstance {
    services: Services;
  }
}

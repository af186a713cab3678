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
import { createMailer } from "../mail/mailer.ts";
import { createMunicipalityRepository } from "../municipalities/municipality-repository.ts";
import { createNewcomerAccounts } from "../newcomers/newcomer-accounts.ts";
import { createSavedPlans } from "../newcomers/saved-plans.ts";
import { createUserRepository } from "../staff/user-repository.ts";
import { createStaffAdministration } from "../staff/staff-administration.ts";
import { createSettlement } from "../settlement/settlement-service.ts";

/** The app's collaborators, built once per process from the database and configuration. */
export function createServices(database: Database, config: Config, log: FastifyBaseLogger) {
  const db: Kysely<DatabaseSchema> = database.db;
  const users = createUserRepository(db);
  const sessions = createSessionStore(db, config.clock);
  const throttle = createLoginThrottle(db, config.clock);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, log });
  const staff = createStaffAdministration({ db, users, sessions, mailer, config });
  const savedPlans = createSavedPlans(db, config.clock);
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
    mailer,
    staff,
    savedPlans,
    newcomers: createNewcomerAccounts({ db, users, savedPlans, staff, mailer, config }),
    content: createContent({ db, config }),
    settlement: createSettlement({ db, users, clock: config.clock, municipalities: createMunicipalityRepository(db), mail: { mailer, publicUrl: config.publicUrl, log } }),
  };
}

export type Services = ReturnType<typeof createServices>;

declare module "fastify" {
  interface FastifyInstance {
    services: Services;
  }
}

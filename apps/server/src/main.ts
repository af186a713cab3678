import { ConfigError, loadConfig } from "./config.ts";
import { describeLocation, explainingStorageFailures, openDatabase, type Database } from "./database/database.ts";
import { DataDirectoryError } from "./database/data-directory.ts";
import { waitForDatabase } from "./database/wait-for-database.ts";
import { buildApp } from "./app.ts";
import { demoAccountsNotice } from "./demo/demo-seed.ts";
import { prepareDatabase } from "./startup.ts";
import { reminderIntervalMs, sendDueReminders } from "./events/reminders.ts";
import { intervalSetting, startJobSchedule } from "./platform/job-schedule.ts";
import { purgeExpiredData } from "./platform/retention.ts";
import { purgeCaseRecords } from "./cases/case-retention.ts";
import { purgeGuidanceCases } from "./guidance/guidance-retention.ts";
import { purgeTrainingRecords } from "./training/training-retention.ts";
import { purgeReferrals } from "./newcomer-team/referral-retention.ts";
import type { FastifyInstance } from "fastify";

/** Said at every start on the embedded engine, and in the README: PGlite never flushes a commit to disk. */
const embeddedDatabaseNotice =
  "the embedded database (PGlite) does not flush commits to disk: a power cut or an operating system crash can lose recent changes. Use it to try Velkomst and for one small office; use PostgreSQL (DATABASE_URL) in production";

/** Runs the server: one process, stateless apart from the database, stopped gracefully on SIGTERM and SIGINT. */
async function main() {
  // The data directory and backups hold argon2 hashes, TOTP secrets and households' needs: this user only.
  process.umask(0o077);
  const config = loadConfig();
  let database: Database | undefined;
  let app: FastifyInstance | undefined;
  let stopJobs: Array<() => void> = [];
  let stopping = false;
  // Registered before the database opens, so a stop during a long first start still closes it.
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app?.log.info({ signal }, "shutting down");
    for (const stopJob of stopJobs) stopJob();
    // Closing the server first lets requests in flight finish (drain) before the database goes.
    await app?.close();
    await database?.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));

  const { demoAccounts } = await explainingStorageFailures(config.database, async () => {
    database = await openDatabase(config.database);
    if (stopping) return { demoAccounts: [] };
    await waitForDatabase(database, {
      timeoutMs: config.databaseConnectTimeoutSeconds * 1000,
      onRetry: (error, delayMs) => process.stderr.write(`${describeLocation(config.database)} does not answer yet (${(error as { code?: string }).code ?? error.message}); trying again in ${delayMs} ms\n`),
    });
    return prepareDatabase(database, config.seedDemo ? { seedDemo: { clock: config.clock } } : {});
  });
  if (stopping || !database) return;
  app = await buildApp({ database, config });
  app.log.info({ engine: database.engine, location: describeLocation(config.database) }, "database");
  if (database.engine === "pglite") app.log.warn(embeddedDatabaseNotice);
  // Printed once, on the first start, so whoever started the demo can sign in; passwords only to a terminal.
  if (demoAccounts.length > 0) process.stdout.write(demoAccountsNotice(demoAccounts, process.stdout.isTTY === true));

  // Background jobs, each safe with several instances (an interval of 0 turns one off).
  const { services } = app;
  stopJobs = [
    // Event reminders and deletion of old sign-ups (REMINDER_INTERVAL_SECONDS, default 300).
    startJobSchedule({ name: "event reminders", intervalMs: reminderIntervalMs(), log: app.log, run: async () => ({ ...(await sendDueReminders(services, services.clock.now())) }) }),
    // Every e-mail leaves from the queue (MAIL_INTERVAL_SECONDS, default 5).
    startJobSchedule({ name: "mail queue", intervalMs: intervalSetting("MAIL_INTERVAL_SECONDS", 5), log: app.log, run: async () => ({ ...(await services.deliverMail()) }) }),
    // Old sign-in attempts, audit IPs, sessions, links and mail (RETENTION_INTERVAL_SECONDS, default 3600).
    startJobSchedule({ name: "retention", intervalMs: intervalSetting("RETENTION_INTERVAL_SECONDS", 3600), log: app.log, run: async () => ({ ...(await purgeExpiredData(services.db, services.clock.now())), ...(await purgeCaseRecords(services.db, services.clock.now())), ...(await purgeGuidanceCases(services.db, services.clock.now())), ...(await purgeTrainingRecords(services.db, services.clock.now())), ...(await purgeReferrals(services.db, services.clock.now())) }) }),
  ];
  if (stopping) return;
  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirectoryError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`Velkomst could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

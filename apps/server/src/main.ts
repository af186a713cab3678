import { ConfigError, loadConfig } from "./config.ts";
import { openDatabase } from "./database/database.ts";
import { buildApp } from "./app.ts";
import { demoAccountsNotice, seedDemo } from "./demo/demo-seed.ts";
import { prepareDatabase } from "./startup.ts";
import { reminderIntervalMs, sendDueReminders } from "./events/reminders.ts";
import { intervalSetting, startJobSchedule } from "./platform/job-schedule.ts";
import { purgeExpiredData } from "./platform/retention.ts";

/** Runs the server: one process, stateless apart from the database, stopped gracefully on SIGTERM. */
async function main() {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  await prepareDatabase(database);
  const app = await buildApp({ database, config });
  if (config.seedDemo) {
    const accounts = await seedDemo(database.db);
    if (accounts.length > 0) process.stdout.write(demoAccountsNotice(accounts, process.stdout.isTTY === true));
  }

  // Background jobs, each safe with several instances (an interval of 0 turns one off).
  const { services } = app;
  const stopJobs = [
    // Event reminders and deletion of old sign-ups (REMINDER_INTERVAL_SECONDS, default 300).
    startJobSchedule({ name: "event reminders", intervalMs: reminderIntervalMs(), log: app.log, run: async () => ({ ...(await sendDueReminders(services, services.clock.now())) }) }),
    // Every e-mail leaves from the queue (MAIL_INTERVAL_SECONDS, default 5).
    startJobSchedule({ name: "mail queue", intervalMs: intervalSetting("MAIL_INTERVAL_SECONDS", 5), log: app.log, run: async () => ({ ...(await services.deliverMail()) }) }),
    // Old sign-in attempts, audit IPs, sessions, links and mail (RETENTION_INTERVAL_SECONDS, default 3600).
    startJobSchedule({ name: "retention", intervalMs: intervalSetting("RETENTION_INTERVAL_SECONDS", 3600), log: app.log, run: async () => ({ ...(await purgeExpiredData(services.db, services.clock.now())) }) }),
  ];

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "shutting down");
    for (const stopJob of stopJobs) stopJob();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));

  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`Velkomst could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

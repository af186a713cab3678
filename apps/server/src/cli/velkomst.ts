import { constants } from "node:fs";
import { access, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { evaluatePlan, evaluateProgramme, evaluateRecognition, isIsoDate, validateParticipant, validateProfile, validateRecognitionQuestion } from "@velkomst/rules";
import { solveSettlement, validateInstance } from "@velkomst/matching";
import { formatFieldError, type FieldError } from "@velkomst/validation";
import { writeBackup } from "../backup/backup.ts";
import { BackupError, type ProgressListener } from "../backup/backup-format.ts";
import { restoreBackup } from "../backup/restore.ts";
import { ConfigError, loadConfig } from "../config.ts";
import { explainingStorageFailures, openDatabase, type Database } from "../database/database.ts";
import { DataDirectoryError, DataDirectoryInUseError } from "../database/data-directory.ts";
import { seedDemo } from "../demo/demo-seed.ts";
import { hashPassword, minimumPasswordLength } from "../auth/passwords.ts";
import { createUserRepository } from "../staff/user-repository.ts";
import { prepareDatabase } from "../startup.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { randomBytes } from "node:crypto";
import { sendDueReminders } from "../events/reminders.ts";
import { formatRulesStatus } from "./rules-status.ts";
import { formatMailQueueReport, mailQueueReport } from "../mail/mail-queue-report.ts";

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Exit codes: 0 done, 1 failed, 2 bad input, usage or settings, 3 infeasible settlement instance, 4 data directory in use. */
class UsageError extends Error {}

const help = `velkomst — operator commands

Usage: npx velkomst <command> [options]

  migrate                      apply database migrations and load the municipality list
  seed-demo [--password P]     seed the demo region (Frøya and Hitra) and one account per role
  create-admin --email E --name N [--password P]
                               create a national administrator (IMDi); prints a password if none given
  backup PATH                  write all data to PATH (NDJSON, a checksum per table; works across
                               PGlite and PostgreSQL; PATH is replaced only by a complete backup)
  restore PATH                 replace all data with the backup at PATH (same Velkomst version);
                               first backs up what it replaces next to PATH
  plan PROFILE.json|-          print the arrival plan for a profile (shared/contracts/arrival-plan.md)
  programme PARTICIPANT.json|- print a participant's rights, frames and amounts in the introduction
                               programme (shared/contracts/introduction-programme.md)
  recognition QUESTION.json|-  print a person's recognition path for an occupation (shared/contracts/recognition.md)
  settle INSTANCE.json|-       solve a settlement instance (shared/contracts/settlement-matching.md)
                               [--time-limit SECONDS] [--gap RELATIVE]
  send-reminders               queue due event reminders and delete sign-ups 30 days after their event
  rules-status [--date DATE]   list the rules past their review horizon or past an end the law has not
                               confirmed (DATE YYYY-MM-DD, default today); information only, exits 0
  mail-queue                   count queued, sent, failed and dropped e-mails, and list failures
                               (never a mail's text; the server sends the queue)

The database is PGlite in DATA_DIR (default ./data), or PostgreSQL when DATABASE_URL is set.
A data directory a running server has open is refused (exit code 4): stop the server first.
`;

async function readInput(path: string, io: CliIo): Promise<unknown> {
  let text: string;
  if (path === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer));
    text = Buffer.concat(chunks).toString("utf8");
  } else {
    try {
      text = await readFile(path, "utf8");
    } catch {
      throw new UsageError(`${path}: cannot read the file`);
    }
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${path === "-" ? "standard input" : path}: expected JSON`);
  }
}

function reportInvalid(errors: FieldError[], io: CliIo): number {
  for (const error of errors) io.stderr.write(`${formatFieldError(error)}\n`);
  return 2;
}

async function withDatabase<T>(run: (database: Database) => Promise<T>): Promise<T> {
  const location = loadConfig().database;
  const database = await explainingStorageFailures(location, () => openDatabase(location));
  try {
    await explainingStorageFailures(location, () => prepareDatabase(database));
    return await run(database);
  } finally {
    await database.close();
  }
}

/** On a terminal, one line that shows how far a long backup or restore has come; elsewhere nothing. */
function progressLine(io: CliIo): { show?: ProgressListener; clear(): void } {
  const terminal = io.stderr as NodeJS.WriteStream;
  if (!terminal.isTTY) return { clear: () => {} };
  return {
    show: ({ table, rows, tableRows }) => terminal.write(`\r\x1b[K${table}: ${rows} of ${tableRows} rows`),
    clear: () => terminal.write("\r\x1b[K"),
  };
}

function requireArgument(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`missing ${what}`);
  return value;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        password: { type: "string" },
        email: { type: "string" },
        name: { type: "string" },
        "time-limit": { type: "string" },
        gap: { type: "string" },
        date: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    switch (command) {
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout.write(help);
        return 0;
      case "migrate": {
        await withDatabase(async () => {});
        io.stdout.write("database is up to date\n");
        return 0;
      }
      case "seed-demo": {
        const accounts = await withDatabase((database) => seedDemo(database.db, { clock: loadConfig().clock, ...(values.password ? { password: values.password } : {}) }));
        if (accounts.length === 0) io.stdout.write("the database already has users; nothing seeded\n");
        for (const a of accounts) io.stdout.write(`${a.role.padEnd(20)} ${a.email.padEnd(38)} ${a.password}\n`);
        return 0;
      }
      case "create-admin": {
        const email = requireArgument(values.email, "--email");
        const name = requireArgument(values.name, "--name");
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new UsageError("--email: expected an e-mail address");
        const password = values.password ?? randomBytes(12).toString("base64url");
        if (password.length < minimumPasswordLength) throw new UsageError(`--password: expected at least ${minimumPasswordLength} characters`);
        const passwordHash = await hashPassword(password);
        await withDatabase(async ({ db }) => {
          const users = createUserRepository(db);
          if (await users.findByEmail(email)) throw new UsageError(`--email: a user with ${email} already exists`);
          await db.transaction().execute(async (transaction) => {
            const id = await users.create({ email, name, passwordHash }, transaction);
            await users.assignRole(id, { role: "national-admin", scope: { kind: "national", id: "" } }, null, transaction);
            await recordAudit(transaction, { actorUserId: null, action: "user.created-by-cli", subjectType: "user", subjectId: id, details: { role: "national-admin" } });
          });
        });
        io.stdout.write(values.password ? `created ${email}\n` : `created ${email} with password ${password}\n`);
        return 0;
      }
      case "backup": {
        const path = requireArgument(positionals[0], "PATH");
        const progress = progressLine(io);
        const summary = await withDatabase((database) => writeBackup(database.db, path, { now: loadConfig().clock.now(), onProgress: progress.show }));
        progress.clear();
        io.stdout.write(`wrote ${summary.tables.reduce((n, t) => n + t.rows, 0)} rows from ${summary.tables.length} tables to ${path}\n`);
        return 0;
      }
      case "restore": {
        const path = requireArgument(positionals[0], "PATH");
        try {
          await access(path, constants.R_OK);
        } catch {
          throw new UsageError(`${path}: cannot read the file`);
        }
        const now = loadConfig().clock.now();
        const keep = join(dirname(path), `before-restore-${now.toISOString().replace(/[:.]/g, "-")}.velkomst-backup`);
        const progress = progressLine(io);
        const counts = await withDatabase((database) => restoreBackup(database, path, { onProgress: progress.show, keepReplaced: { path: keep, now } }));
        progress.clear();
        const width = Math.max(...counts.map((table) => table.name.length));
        for (const table of counts) io.stdout.write(`  ${table.name.padEnd(width)} ${String(table.rows).padStart(10)}\n`);
        io.stdout.write(`restored ${counts.reduce((n, t) => n + t.rows, 0)} rows into ${counts.length} tables; the data it replaced is in ${keep}\n`);
        return 0;
      }
      case "plan": {
        const input = await readInput(requireArgument(positionals[0], "PROFILE.json (or - for standard input)"), io);
        const today = loadConfig().clock.today();
        const checked = validateProfile(input, { today });
        if (!checked.ok) return reportInvalid(checked.errors, io);
        io.stdout.write(`${JSON.stringify(evaluatePlan(checked.value, { today }), null, 2)}\n`);
        return 0;
      }
      case "programme": {
        const input = await readInput(requireArgument(positionals[0], "PARTICIPANT.json (or - for standard input)"), io);
        // asOf defaults to the platform's clock (VELKOMST_CLOCK_START), as in the API.
        const today = loadConfig().clock.today();
        const checked = validateParticipant(input, { today });
        if (!checked.ok) return reportInvalid(checked.errors, io);
        io.stdout.write(`${JSON.stringify(evaluateProgramme(checked.value, { today }), null, 2)}\n`);
        return 0;
      }
      case "recognition": {
        const input = await readInput(requireArgument(positionals[0], "QUESTION.json (or - for standard input)"), io);
        const today = loadConfig().clock.today();
        const checked = validateRecognitionQuestion(input, { today });
        if (!checked.ok) return reportInvalid(checked.errors, io);
        io.stdout.write(`${JSON.stringify(evaluateRecognition(checked.value, { today }), null, 2)}\n`);
        return 0;
      }
      case "settle": {
        const input = await readInput(requireArgument(positionals[0], "INSTANCE.json (or - for standard input)"), io);
        const checked = validateInstance(input);
        if (!checked.ok) return reportInvalid(checked.errors, io);
        const timeLimit = values["time-limit"] === undefined ? undefined : Number(values["time-limit"]);
        const gap = values.gap === undefined ? undefined : Number(values.gap);
        if (timeLimit !== undefined && !(timeLimit > 0)) throw new UsageError("--time-limit: expected a number of seconds > 0");
        if (gap !== undefined && !(gap >= 0)) throw new UsageError("--gap: expected a relative gap ≥ 0");
        const result = await solveSettlement(checked.value, { ...(timeLimit ? { timeLimitSeconds: timeLimit } : {}), ...(gap !== undefined ? { relativeGap: gap } : {}) });
        if (result.status === "infeasible") {
          io.stderr.write(`infeasible: ${result.reason ?? "the households that must be placed do not fit"}\n`);
          return 3;
        }
        io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return 0;
      }
      case "send-reminders": {
        const config = loadConfig();
        const run = await withDatabase(({ db }) => sendDueReminders({ db, config, clock: config.clock }));
        io.stdout.write(`queued ${run.queued} reminders, deleted ${run.deleted} old sign-ups\n`);
        return 0;
      }
      case "mail-queue": {
        const report = await withDatabase(({ db }) => mailQueueReport(db));
        io.stdout.write(formatMailQueueReport(report));
        return 0;
      }
      case "rules-status": {
        if (values.date !== undefined && !isIsoDate(values.date)) throw new UsageError("--date: expected a date YYYY-MM-DD");
        io.stdout.write(formatRulesStatus(values.date ?? loadConfig().clock.today()));
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"; see velkomst --help`);
    }
  } catch (error) {
    if (error instanceof DataDirectoryError) {
      io.stderr.write(`${error.message}\n`);
      return error instanceof DataDirectoryInUseError ? 4 : 2;
    }
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof BackupError || (error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      io.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    io.stderr.write(`velkomst ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import type { MailStatus } from "./mail-tables.ts";
import { redactAddress } from "./redact.ts";

export interface MailQueueReport {
  counts: Array<{ template: string; status: MailStatus; count: number }>;
  /** Mails that failed for good or are waiting to be tried again, newest first; never a subject or body. */
  failures: Array<{ id: string; template: string; recipient: string; status: MailStatus; attempts: number; lastError: string; createdAt: Date; nextAttemptAt: Date }>;
}

/** What an operator needs to see of the mail queue (`npx velkomst mail-queue`): counts and failures, no mail text. */
export async function mailQueueReport(db: Kysely<DatabaseSchema>, failureLimit = 50): Promise<MailQueueReport> {
  const counts = await db
    .selectFrom("mail_queue")
    .select(["template", "status", (eb) => eb.fn.countAll<number>().as("count")])
    .groupBy(["template", "status"])
    .orderBy("template")
    .orderBy("status")
    .execute();
  const failures = await db
    .selectFrom("mail_queue")
    .select(["id", "template", "recipient", "status", "attempts", "last_error", "created_at", "next_attempt_at"])
    .where("last_error", "is not", null)
    .where("status", "in", ["pending", "failed"])
    .orderBy("created_at", "desc")
    .limit(failureLimit)
    .execute();
  return {
    counts: counts.map((row) => ({ template: row.template, status: row.status, count: Number(row.count) })),
    failures: failures.map((row) => ({
      id: row.id,
      template: row.template,
      recipient: redactAddress(row.recipient),
      status: row.status,
      attempts: row.attempts,
      lastError: row.last_error ?? "",
      createdAt: row.created_at,
      nextAttemptAt: row.next_attempt_at,
    })),
  };
}

/** The report as the CLI prints it: one line per template, then one per failure. */
export function formatMailQueueReport(report: MailQueueReport): string {
  const statuses: MailStatus[] = ["pending", "sent", "failed", "dropped"];
  const templates = [...new Set(report.counts.map((c) => c.template))];
  const countOf = (template: string | undefined, status: MailStatus) =>
    report.counts.filter((c) => (template === undefined || c.template === template) && c.status === status).reduce((sum, c) => sum + c.count, 0);
  const line = (label: string, template: string | undefined) => `${label.padEnd(24)} ${statuses.map((s) => `${s} ${countOf(template, s)}`).join("  ")}`;
  const lines = [line("all mail", undefined), ...templates.map((template) => line(template, template))];
  lines.push("", report.failures.length === 0 ? "no failures" : "failures (newest first):");
  for (const f of report.failures) {
    const state = f.status === "failed" ? "given up" : `next try ${f.nextAttemptAt.toISOString()}`;
    lines.push(`  ${f.createdAt.toISOString()}  ${f.template}  ${f.recipient}  attempts ${f.attempts}, ${state}: ${f.lastError}`);
  }
  return `${lines.join("\n")}\n`;
}

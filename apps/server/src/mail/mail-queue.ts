import { sql, type Kysely } from "kysely";
import type { Language } from "@velkomst/i18n";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Mail, MailTransport } from "./mail-transport.ts";
import type { MailQueueTable } from "./mail-tables.ts";

type Db = Kysely<DatabaseSchema>;

/** A mail with its text, queued by the change that causes it (pass that change's transaction). */
export type QueuedMail = Mail & { language: Language };

/**
 * Writes the mail of a request whose answer must not depend on who has an account (password
 * reset, registration): its text is composed at delivery by the composer of its template. Returns
 * the composed mail, or null when nothing is to be sent (no such account).
 */
export type MailComposer = (transaction: Db, request: { to: string; language: Language }, now: Date) => Promise<{ subject: string; text: string } | null>;

export interface MailQueueServices {
  db: Db;
  transport: MailTransport;
  composers: Record<string, MailComposer>;
  log: { error(object: unknown, message?: string): void };
}

/** Mails of one composed template one recipient gets in an hour: enough to retry, too few to flood an inbox. */
export const composedMailsPerRecipient = 5;
const recipientWindowHours = 1;
/** Tries before a mail is given up as failed: with the backoff below, about five and a half hours. */
export const maxMailAttempts = 6;
/** A claimed mail is someone's for this long; if that process dies, another takes it over afterwards. */
const claimLeaseMinutes = 10;
const batchSize = 20;

/** Minutes until the next try after `attempts` failed ones: 1, 4, 16, 64, 256. */
export function retryDelayMinutes(attempts: number): number {
  return 4 ** Math.max(0, attempts - 1);
}

export async function enqueueMail(db: Db, mail: QueuedMail, now: Date): Promise<void> {
  await db
    .insertInto("mail_queue")
    .values({ template: mail.template, recipient: mail.to, language: mail.language, subject: mail.subject, body: mail.text, next_attempt_at: now, created_at: now })
    .execute();
}

/**
 * Queues a mail to be composed at delivery, unless the recipient already had
 * `composedMailsPerRecipient` of this template in the last hour. The work is the same for an
 * address with or without an account, so neither the answer nor its timing tells them apart.
 */
export async function requestComposedMail(db: Db, request: { to: string; template: string; language: Language }, now: Date): Promise<void> {
  const recent = await db
    .selectFrom("mail_queue")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("recipient", "=", request.to)
    .where("template", "=", request.template)
    .where("created_at", ">", new Date(now.getTime() - recipientWindowHours * 3600_000))
    .executeTakeFirstOrThrow();
  if (Number(recent.count) >= composedMailsPerRecipient) return;
  await db
    .insertInto("mail_queue")
    .values({ template: request.template, recipient: request.to, language: request.language, next_attempt_at: now, created_at: now })
    .execute();
}

export interface MailRun {
  sent: number;
  retrying: number;
  failed: number;
  dropped: number;
}

type QueueRow = Pick<MailQueueTable, "template" | "recipient" | "language" | "subject" | "body"> & { id: string; attempts: number };

/**
 * Claims due mails with `FOR UPDATE SKIP LOCKED` in a short transaction (composing those that
 * need it and leasing them for `claimLeaseMinutes`), then sends them outside it, so a slow mail
 * server holds no lock and no connection. Several processes can run this at once; each mail goes
 * once. A failed mail is tried again later, and given up after `maxMailAttempts`. A sent mail's
 * subject and body are emptied: its links are secrets.
 */
export async function deliverQueuedMail(services: MailQueueServices, now: Date): Promise<MailRun> {
  const run: MailRun = { sent: 0, retrying: 0, failed: 0, dropped: 0 };
  for (;;) {
    const claimed = await services.db.transaction().execute(async (transaction) => {
      const due = await sql<QueueRow>`
        SELECT id, template, recipient, language, subject, body, attempts FROM mail_queue
        WHERE status = 'pending' AND next_attempt_at <= ${now}
        ORDER BY next_attempt_at, created_at
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED`.execute(transaction);
      const ready: Array<{ id: string; attempts: number; mail: Mail }> = [];
      for (const row of due.rows) {
        const text = row.subject !== null && row.body !== null ? { subject: row.subject, text: row.body } : await compose(services, transaction, row, now);
        if (!text) {
          await transaction.updateTable("mail_queue").set({ status: "dropped" }).where("id", "=", row.id).execute();
          run.dropped++;
          continue;
        }
        await transaction
          .updateTable("mail_queue")
          .set({ subject: text.subject, body: text.text, attempts: row.attempts + 1, next_attempt_at: new Date(now.getTime() + claimLeaseMinutes * 60_000) })
          .where("id", "=", row.id)
          .execute();
        ready.push({ id: row.id, attempts: row.attempts + 1, mail: { to: row.recipient, template: row.template, ...text } });
      }
      return { count: due.rows.length, ready };
    });
    for (const { id, attempts, mail } of claimed.ready) {
      try {
        await services.transport.send(mail);
        await services.db.updateTable("mail_queue").set({ status: "sent", sent_at: now, subject: null, body: null, last_error: null }).where("id", "=", id).execute();
        run.sent++;
      } catch (error) {
        const lastError = describeFailure(error);
        const givenUp = attempts >= maxMailAttempts;
        await services.db
          .updateTable("mail_queue")
          .set(givenUp ? { status: "failed", subject: null, body: null, last_error: lastError } : { next_attempt_at: new Date(now.getTime() + retryDelayMinutes(attempts) * 60_000), last_error: lastError })
          .where("id", "=", id)
          .execute();
        if (givenUp) run.failed++;
        else run.retrying++;
        services.log.error({ mailId: id, template: mail.template, attempts, error: lastError }, "e-mail could not be sent");
      }
    }
    if (claimed.count < batchSize) return run;
  }
}

async function compose(services: MailQueueServices, transaction: Db, row: QueueRow, now: Date) {
  const composer = services.composers[row.template];
  if (!composer) throw new Error(`no composer for queued mail template "${row.template}"`);
  return composer(transaction, { to: row.recipient, language: row.language }, now);
}

/** What an operator may see of a failure: the mail server's code and first line, never the mail. */
function describeFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
  return `${typeof code === "string" ? `${code}: ` : ""}${message}`.slice(0, 300);
}

import type { ColumnType, Generated } from "kysely";
import type { Language } from "@velkomst/i18n";

/** Kysely's view of the table of migration 0012 (the outgoing mail queue). */
export interface MailTables {
  mail_queue: MailQueueTable;
}

export type MailStatus = "pending" | "sent" | "failed" | "dropped";
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface MailQueueTable {
  id: Generated<string>;
  template: string;
  recipient: string;
  language: Language;
  subject: string | null;
  body: string | null;
  status: ColumnType<MailStatus, MailStatus | undefined, MailStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<Date, Date | string, Date | string>;
  last_error: string | null;
  created_at: ColumnType<Date, Date | string, never>;
  sent_at: NullableTimestamp;
}

import type { ColumnType, Generated } from "kysely";

/** jsonb: read as the parsed value, written as a JSON string. */
type Json<T> = ColumnType<T, string, string>;

/** Kysely's view of the tables of migrations 0018 and 0019 (case work: participants, their access log and consents). */
export interface CasesTables {
  case_participants: CaseParticipantsTable;
  case_access_log: CaseAccessLogTable;
  case_consents: CaseConsentsTable;
}

export interface CaseParticipantsTable {
  id: Generated<string>;
  municipality_number: string;
  name: string;
  birth_date: string;
  identity_number: string | null;
  residence_basis: string;
  residence_from: string | null;
  residence_until: string | null;
  settlement_date: string | null;
  education: string;
  languages: Json<string[]>;
  interpreter_language: string | null;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
}

export type CaseAccessAction = "create" | "list" | "read" | "reveal-identity-number" | "read-access-log" | "read-consents" | "consent-recorded" | "consent-withdrawn" | "export";

export interface CaseAccessLogTable {
  id: Generated<number>;
  participant_id: string;
  at: ColumnType<Date, Date, never>;
  actor_user_id: string | null;
  actor_name: string;
  action: CaseAccessAction;
  reason: Generated<string>;
}

export const consentRecipients = ["nav", "county", "school", "health", "other"] as const;
export type ConsentRecipient = (typeof consentRecipients)[number];

export interface CaseConsentsTable {
  id: Generated<string>;
  participant_id: string;
  recipient: ConsentRecipient;
  purpose: string;
  given_on: string;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date, never>;
  withdrawn_at: ColumnType<Date | null, never, Date>;
  withdrawn_by: ColumnType<string | null, never, string>;
}

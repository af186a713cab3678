import type { ColumnType, Generated } from "kysely";

/** jsonb: read as the parsed value, written as a JSON string. */
type Json<T> = ColumnType<T, string, string>;

/** Kysely's view of the tables of migration 0018 (case work: participants and their access log). */
export interface CasesTables {
  case_participants: CaseParticipantsTable;
  case_access_log: CaseAccessLogTable;
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

export type CaseAccessAction = "create" | "list" | "read" | "reveal-identity-number" | "read-access-log";

export interface CaseAccessLogTable {
  id: Generated<number>;
  participant_id: string;
  at: ColumnType<Date, Date, never>;
  actor_user_id: string | null;
  actor_name: string;
  action: CaseAccessAction;
  reason: Generated<string>;
}

import type { ColumnType, Generated } from "kysely";

/** Kysely's view of migration 0075: a newcomer's request to have a case opened from their saved plan. */
export interface PlanRequestsTables {
  case_plan_requests: CasePlanRequestsTable;
}

export interface CasePlanRequestsTable {
  id: Generated<string>;
  user_id: string;
  municipality_number: string;
  /** The saved plan's answers as the newcomer consented to share them. */
  answers: ColumnType<Record<string, string>, string, never>;
  consented_at: ColumnType<Date, Date, never>;
  used_at: ColumnType<Date | null, never, Date>;
  used_by: ColumnType<string | null, never, string | null>;
  participant_id: ColumnType<string | null, never, string>;
}

import type { ColumnType } from "kysely";
import type { CreatedAt, Timestamp } from "../database/schema.ts";

/** Kysely's view of the tables of migration 0004 (saved plans of newcomers who chose to save). */
export interface PlansTables {
  saved_plans: SavedPlansTable;
  plan_progress: PlanProgressTable;
}

export interface SavedPlansTable {
  user_id: string;
  answers: ColumnType<Record<string, string>, string, string>;
  consented_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanProgressTable {
  user_id: string;
  step_id: string;
  done_at: CreatedAt;
}

import type { ColumnType, Generated } from "kysely";
import type { CreatedAt } from "../database/schema.ts";

/** Kysely's view of the tables of migration 0003 (settlement of refugees). */
export interface SettlementTables {
  settlement_years: SettlementYearsTable;
  settlement_weights: SettlementWeightsTable;
  settlement_county_recommendations: SettlementCountyRecommendationsTable;
  settlement_requests: SettlementRequestsTable;
  settlement_decisions: SettlementDecisionsTable;
  settlement_households: SettlementHouseholdsTable;
  settlement_members: SettlementMembersTable;
  settlement_ties: SettlementTiesTable;
  settlement_runs: SettlementRunsTable;
  settlement_proposals: SettlementProposalsTable;
  settlement_overrides: SettlementOverridesTable;
  settlement_enquiries: SettlementEnquiriesTable;
  settlement_answers: SettlementAnswersTable;
  settlement_placements: SettlementPlacementsTable;
}

/** jsonb: read as the parsed value, written as a JSON string. */
type Json<T> = ColumnType<T, string, string>;

export interface SettlementYearsTable {
  year: number;
  national_need: number;
  national_need_minors: Generated<number>;
  opened_by: string | null;
  opened_at: CreatedAt;
}

export interface SettlementWeightsTable {
  id: Generated<number>;
  year: number;
  weights: Json<Record<string, number>>;
  set_by: string | null;
  set_at: CreatedAt;
}

export interface SettlementCountyRecommendationsTable {
  id: Generated<number>;
  year: number;
  county_number: string;
  persons: number;
  unaccompanied_minors: Generated<number>;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export interface SettlementRequestsTable {
  id: Generated<number>;
  year: number;
  municipality_number: string;
  persons: number;
  unaccompanied_minors: Generated<number>;
  sent_by: string | null;
  sent_at: CreatedAt;
}

export interface SettlementDecisionsTable {
  id: Generated<number>;
  year: number;
  municipality_number: string;
  persons: number;
  unaccompanied_minors: Generated<number>;
  wheelchair_homes: Generated<number>;
  health_services: Generated<boolean>;
  /** YYYY-MM-DD */
  decided_on: string;
  recorded_by: string | null;
  recorded_at: CreatedAt;
}

export type Protection = "asylum" | "resettlement" | "collective";
export type Relation = "main" | "spouse" | "child" | "other";
export type Level = "none" | "basic" | "good";
export type Education = "none" | "primary" | "secondary" | "vocational" | "higher";
export type WorkSector = "none" | "agriculture" | "fishery" | "industry" | "construction" | "health" | "teaching" | "service" | "transport" | "office";

export interface SettlementHouseholdsTable {
  id: Generated<string>;
  reference: string;
  protection: Protection;
  /** YYYY-MM-DD */
  ready_on: string;
  needs_health_services: Generated<boolean>;
  needs_wheelchair_home: Generated<boolean>;
  registered_by: string | null;
  registered_at: CreatedAt;
}

export interface SettlementMembersTable {
  id: Generated<string>;
  household_id: string;
  position: number;
  name: string;
  birth_year: number;
  relation: Relation;
  mapping: "full" | "simplified" | null;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  norwegian_level: Level | null;
  english_level: Level | null;
  digital_skills: Level | null;
  education: Education | null;
  work_sector: WorkSector | null;
  work_years: number | null;
  other_skills: string | null;
  driving_licence: boolean | null;
  has_car: boolean | null;
}

export interface SettlementTiesTable {
  household_id: string;
  municipality_number: string;
  kind: "family" | "network";
}

export interface SettlementRunsTable {
  id: Generated<string>;
  year: number;
  started_by: string | null;
  started_at: CreatedAt;
  weights: Json<Record<string, number>>;
  inputs: Json<RunInputs>;
  status: "optimal" | "feasible" | "infeasible";
  objective: number;
  bound: number;
  gap: number;
  solve_seconds: number;
  time_limit_seconds: number;
  placed: number;
  unplaced: number;
}

/** What a run started from, kept with the run. */
export interface RunInputs {
  households: number;
  persons: number;
  municipalities: number;
  candidates: number;
  capacity: { persons: number; unaccompaniedMinors: number; wheelchairHomes: number };
  /** Households with no candidate at all (no municipality with room and the services they need). */
  withoutCandidates: number;
  buildSeconds: number;
}

export interface SettlementProposalsTable {
  id: Generated<string>;
  run_id: string;
  household_id: string;
  municipality_number: string | null;
  score: number | null;
  explanation: Json<unknown>;
}

export interface SettlementOverridesTable {
  id: Generated<number>;
  proposal_id: string;
  municipality_number: string;
  reason: string;
  overridden_by: string | null;
  overridden_at: CreatedAt;
}

export interface SettlementEnquiriesTable {
  id: Generated<string>;
  year: number;
  household_id: string;
  municipality_number: string;
  proposal_id: string | null;
  override_id: number | null;
  persons: number;
  unaccompanied_minors: number;
  wheelchair_homes: number;
  sent_by: string | null;
  sent_at: CreatedAt;
}

export interface SettlementAnswersTable {
  enquiry_id: string;
  answer: "accepted" | "refused";
  reason: string | null;
  answered_by: string | null;
  answered_at: CreatedAt;
}

export interface SettlementPlacementsTable {
  household_id: string;
  year: number;
  municipality_number: string;
  enquiry_id: string;
  decided_by: string | null;
  decided_at: CreatedAt;
}

import type { ColumnType, Generated } from "kysely";
import type { Timestamp } from "../database/schema.ts";
import type { LanguageSkill, NorwegianSkills } from "../skills-profile/skills-profile.ts";

/** jsonb: read as the parsed value, written as a JSON string. */
type Json<T> = ColumnType<T, string, string>;

/** Kysely's view of the tables of migration 0070 (openings, contact requests, job fair stands). */
export interface JobMatchingTables {
  job_openings: JobOpeningsTable;
  job_contact_requests: JobContactRequestsTable;
  job_fair_stands: JobFairStandsTable;
  job_fair_openings: JobFairOpeningsTable;
}

export interface JobOpeningsTable {
  id: Generated<string>;
  employer_id: string;
  title: string;
  occupation_code: string;
  municipality_number: string;
  hours_per_week: number;
  languages: Json<LanguageSkill[]>;
  norwegian: ColumnType<NorwegianSkills | null, string | null, string | null>;
  driving_licence: string | null;
  certificate: string | null;
  authorisation_required: boolean;
  /** `YYYY-MM-DD` */
  starts_on: string;
  status: Generated<"open" | "closed">;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface JobContactRequestsTable {
  id: Generated<string>;
  opening_id: string;
  employer_id: string;
  profile_id: string;
  status: Generated<"pending" | "accepted" | "declined">;
  requested_by: string | null;
  created_at: Timestamp;
  answered_at: Timestamp | null;
}

export interface JobFairStandsTable {
  event_id: string;
  employer_id: string;
  created_at: Timestamp;
}

export interface JobFairOpeningsTable {
  event_id: string;
  employer_id: string;
  opening_id: string;
}

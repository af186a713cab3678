import type { ColumnType, Generated } from "kysely";
import type { CasesTables } from "../cases/cases-tables.ts";
import type { PlanRequestsTables } from "../plan-requests/plan-requests-tables.ts";
import type { ContentTables } from "../content/content-tables.ts";
import type { DirectoryTables } from "../directory/directory-tables.ts";
import type { EmployersTables } from "../employers/employers-tables.ts";
import type { EventsTables } from "../events/events-tables.ts";
import type { GuidanceTables } from "../guidance/guidance-tables.ts";
import type { InterpretersTables } from "../interpreters/interpreters-tables.ts";
import type { JobMatchingTables } from "../job-matching/job-matching-tables.ts";
import type { MailTables } from "../mail/mail-tables.ts";
import type { MentoringTables } from "../mentoring/mentoring-tables.ts";
import type { NewcomerTeamTables } from "../newcomer-team/newcomer-team-tables.ts";
import type { PlansTables } from "../plans/plan-tables.ts";
import type { ReadinessTables } from "../readiness/readiness-tables.ts";
import type { SearchTables } from "../search/search-tables.ts";
import type { SettlementTables } from "../settlement/settlement-tables.ts";
import type { SkillsProfileTables } from "../skills-profile/skills-profile-tables.ts";
import type { TrainingTables } from "../training/training-tables.ts";

/** Kysely's view of the tables created by the migrations in ./migrations. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface CountiesTable {
  number: string;
  name: string;
}

export interface MunicipalitiesTable {
  number: string;
  name: string;
  county_number: string;
  population: number;
}

export interface RegionsTable {
  id: string;
  name: string;
  county_number: string;
}

export interface RegionMunicipalitiesTable {
  region_id: string;
  municipality_number: string;
}

export interface WelcomeServicesTable {
  id: Generated<string>;
  name: string;
  municipality_number: string | null;
  region_id: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  website: string | null;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: number | null;
  disabled: Generated<boolean>;
  created_at: CreatedAt;
}

export interface RoleAssignmentsTable {
  id: Generated<string>;
  user_id: string;
  role: string;
  scope_kind: string;
  scope_id: Generated<string>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  second_factor_pending: Generated<boolean>;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: Timestamp;
  second_factor_failures: Generated<number>;
  pending_totp_secret: string | null;
  idle_timeout_seconds: number;
  user_agent: string;
  ip: string | null;
}

export interface OneTimeTokensTable {
  token_hash: string;
  purpose: "password-reset" | "invitation";
  user_id: string;
  expires_at: Timestamp;
  used_at: Date | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  email: string;
  ip: string;
  succeeded: boolean;
  factor: Generated<"password" | "second-factor">;
  attempted_at: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_user_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  details: ColumnType<unknown, string | undefined, string>;
  ip: string | null;
}

export interface HealthWriteProbeTable {
  id: number;
  checked_at: Date;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: CreatedAt;
}

/** Every table: the foundation's here, each module's in its own `*-tables.ts`. */
export interface DatabaseSchema
  extends CasesTables, PlanRequestsTables, ContentTables, DirectoryTables, EmployersTables, EventsTables, GuidanceTables, InterpretersTables, JobMatchingTables, MailTables, MentoringTables, NewcomerTeamTables, PlansTables, ReadinessTables, SearchTables, SettlementTables, SkillsProfileTables, TrainingTables {
  counties: CountiesTable;
  municipalities: MunicipalitiesTable;
  regions: RegionsTable;
  region_municipalities: RegionMunicipalitiesTable;
  welcome_services: WelcomeServicesTable;
  users: UsersTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  one_time_tokens: OneTimeTokensTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  health_write_probe: HealthWriteProbeTable;
  schema_migrations: SchemaMigrationsTable;
}

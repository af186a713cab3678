import type { Generated } from "kysely";
import type { Timestamp } from "../database/schema.ts";

/** Kysely's view of the tables of migration 0030 (employers, their users and workplaces, worker notices). */
export interface EmployersTables {
  employers: EmployersTable;
  employer_workplaces: EmployerWorkplacesTable;
  employer_users: EmployerUsersTable;
  worker_notices: WorkerNoticesTable;
}

export interface EmployersTable {
  id: Generated<string>;
  organisation_number: string;
  name: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  language: string;
  status: Generated<"pending" | "approved">;
  approved_by: string | null;
  approved_at: Timestamp | null;
  created_at: Timestamp;
}

export interface EmployerWorkplacesTable {
  employer_id: string;
  municipality_number: string;
  contact_user_id: string | null;
}

export interface EmployerUsersTable {
  user_id: string;
  employer_id: string;
  created_at: Timestamp;
}

export interface WorkerNoticesTable {
  id: Generated<string>;
  employer_id: string;
  municipality_number: string;
  name: string;
  email: string | null;
  phone: string | null;
  citizenship: string;
  residence_basis: string;
  /** `YYYY-MM-DD` (date columns are read as strings, see database/type-parsers.ts). */
  start_date: string;
  planned_stay: string;
  language: string;
  family_coming: boolean;
  reported_by: string | null;
  created_at: Timestamp;
}

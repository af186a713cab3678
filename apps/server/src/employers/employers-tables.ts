import type { Generated } from "kysely";
import type { Timestamp } from "../database/schema.ts";

/** Kysely's view of the tables of migrations 0030 (employers, their users and workplaces, worker notices) and 0031 (outreach days). */
export interface EmployersTables {
  employers: EmployersTable;
  employer_workplaces: EmployerWorkplacesTable;
  employer_users: EmployerUsersTable;
  worker_notices: WorkerNoticesTable;
  outreach_days: OutreachDaysTable;
  outreach_slots: OutreachSlotsTable;
  outreach_bookings: OutreachBookingsTable;
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

export interface OutreachDaysTable {
  id: Generated<string>;
  municipality_number: string;
  /** `YYYY-MM-DD` */
  day: string;
  place: string;
  status: Generated<"requested" | "published">;
  requested_by: string | null;
  created_at: Timestamp;
}

export interface OutreachSlotsTable {
  id: Generated<string>;
  day_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
}

export interface OutreachBookingsTable {
  id: Generated<string>;
  slot_id: string;
  day_id: string;
  notice_id: string;
  calendar_token: string;
  booked_by: string | null;
  no_show: Generated<boolean>;
  created_at: Timestamp;
}

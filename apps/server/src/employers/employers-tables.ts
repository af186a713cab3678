import type { Generated } from "kysely";
import type { Timestamp } from "../database/schema.ts";

/** Kysely's view of the tables of migrations 0030 (employers, their users and workplaces, worker notices), 0031 (outreach days), 0055 (the worker's link, account and consent) and 0092–0093 (the calendar event's revision and cancellations). */
export interface EmployersTables {
  employers: EmployersTable;
  employer_workplaces: EmployerWorkplacesTable;
  employer_users: EmployerUsersTable;
  worker_notices: WorkerNoticesTable;
  outreach_days: OutreachDaysTable;
  outreach_slots: OutreachSlotsTable;
  outreach_bookings: OutreachBookingsTable;
  outreach_cancellations: OutreachCancellationsTable;
  worker_links: WorkerLinksTable;
  worker_progress_consents: WorkerProgressConsentsTable;
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
  /** The enquiry in the workplace municipality's guidance queue. */
  guidance_case_id: string | null;
  /** The worker's own account, once they linked the notice to it. */
  worker_user_id: string | null;
  /** Stored before the guidance queue existed and not in it yet (migration 0091; cleared when queued). */
  awaiting_guidance_queue: Generated<boolean>;
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
  calendar_token_hash: string;
  /** The calendar event's revision (RFC 5545 SEQUENCE), raised by every move. */
  calendar_sequence: Generated<number>;
  booked_by: string | null;
  no_show: Generated<boolean>;
  created_at: Timestamp;
}

/** A cancelled booking's calendar event, still served (as cancelled) by the mailed token. */
export interface OutreachCancellationsTable {
  booking_id: string;
  notice_id: string;
  calendar_token_hash: string;
  calendar_sequence: number;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place: string;
  cancelled_at: Timestamp;
}

/** A link to the worker's own page, by a token of which only the hash is kept. */
export interface WorkerLinksTable {
  token_hash: string;
  notice_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/** The worker's consent that the employer sees their plan progress; withdrawn consents stay as a record. */
export interface WorkerProgressConsentsTable {
  id: Generated<string>;
  notice_id: string;
  user_id: string;
  employer_id: string;
  scope: "plan-steps";
  given_at: Timestamp;
  withdrawn_at: Timestamp | null;
}

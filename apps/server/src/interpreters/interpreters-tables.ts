import type { ColumnType, Generated } from "kysely";
import type { InterpreterQualification } from "@velkomst/rules";

/** Kysely's view of the tables of migrations 0026 and 0050 (interpreters and their bookings). */
export interface InterpretersTables {
  interpreters: InterpretersTable;
  interpreter_bookings: InterpreterBookingsTable;
}

export interface InterpretersTable {
  id: Generated<string>;
  municipality_number: string | null;
  region_id: string | null;
  name: string;
  birth_date: string;
  languages: ColumnType<string[], string, string>;
  qualification: InterpreterQualification;
  phone: Generated<string>;
  email: Generated<string>;
  /** False: kept for its past bookings, no longer offered for new ones (migration 0050). */
  active: Generated<boolean>;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
}

export interface InterpreterBookingsTable {
  id: Generated<string>;
  interpreter_id: string;
  guidance_case_id: string | null;
  event_id: string | null;
  language: string;
  starts_at: ColumnType<Date, Date, Date>;
  ends_at: ColumnType<Date, Date, Date>;
  exemption_reason: string | null;
  booked_by: string | null;
  booked_at: ColumnType<Date, Date, never>;
  cancelled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  cancelled_by: string | null;
  cancel_reason: string | null;
}

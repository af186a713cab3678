import type { ColumnType, Generated } from "kysely";
import type { InterpreterQualification } from "@velkomst/rules";

/** Kysely's view of the tables of migration 0026 (interpreters and their bookings). */
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
}

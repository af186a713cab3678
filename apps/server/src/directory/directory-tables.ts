import type { ColumnType, Generated } from "kysely";
import type { CreatedAt } from "../database/schema.ts";

/** Kysely's view of the tables the directory module's migration (0005_directory.sql) creates. */
export interface DirectoryServicesTable {
  id: Generated<string>;
  municipality_number: string | null;
  region_id: string | null;
  category: string;
  name: string;
  provider: string | null;
  street_address: string | null;
  postal_code: string | null;
  postal_town: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  email: string | null;
  booking_url: string | null;
  website: string | null;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  wheelchair_access: Generated<string>;
  hearing_loop: boolean | null;
  closed_on_public_holidays: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface DirectoryServiceTextsTable {
  service_id: string;
  language: string;
  description: Generated<string>;
  directions: Generated<string>;
  accessibility_note: Generated<string>;
}

export interface DirectoryOpeningHoursTable {
  service_id: string;
  weekday: number;
  opens: string;
  closes: string;
}

export interface DirectoryHourExceptionsTable {
  id: Generated<string>;
  service_id: string;
  /** `YYYY-MM-DD` (see database/type-parsers.ts). */
  first_date: string;
  last_date: string;
  opens: string | null;
  closes: string | null;
}

export interface DirectoryTables {
  directory_services: DirectoryServicesTable;
  directory_service_texts: DirectoryServiceTextsTable;
  directory_opening_hours: DirectoryOpeningHoursTable;
  directory_hour_exceptions: DirectoryHourExceptionsTable;
}

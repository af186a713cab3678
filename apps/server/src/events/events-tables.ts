import type { ColumnType, Generated } from "kysely";
import type { CreatedAt, Timestamp } from "../database/schema.ts";

/** Kysely's view of the tables of migration 0006 (meeting places, events, occurrences, sign-ups). */
export interface EventsTables {
  meeting_places: MeetingPlacesTable;
  events: EventsTable;
  event_texts: EventTextsTable;
  event_occurrences: EventOccurrencesTable;
  event_signups: EventSignupsTable;
}

export type EventKind = "welcome-meeting" | "newcomer-party" | "theme-evening" | "language-cafe" | "drop-in" | "job-fair" | "other";
export type TargetGroup = "everyone" | "newcomers" | "families" | "women" | "youth" | "job-seekers";
export type OrganiserKind = "welcome-service" | "municipality" | "volunteer-organisation" | "employer" | "other";
export type SignupStatus = "confirmed" | "waiting" | "cancelled";
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface MeetingPlacesTable {
  id: Generated<string>;
  municipality_number: string;
  name: string;
  address: string;
  created_at: CreatedAt;
}

export interface EventsTable {
  id: Generated<string>;
  municipality_number: string | null;
  region_id: string | null;
  kind: EventKind;
  meeting_place_id: string | null;
  place_name: string | null;
  address: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  recurrence: string | null;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  target_group: TargetGroup;
  organiser_name: string;
  organiser_kind: OrganiserKind;
  signup_enabled: Generated<boolean>;
  capacity: number | null;
  status: Generated<"scheduled" | "cancelled">;
  sequence: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface EventTextsTable {
  event_id: string;
  language: string;
  title: string;
  description: Generated<string>;
}

export interface EventOccurrencesTable {
  id: Generated<string>;
  event_id: string;
  /** 'YYYY-MM-DD', the date in Norway. */
  occurs_on: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  cancelled: Generated<boolean>;
}

export interface EventSignupsTable {
  id: Generated<string>;
  seq: ColumnType<number, never, never>;
  occurrence_id: string;
  status: SignupStatus;
  name: string | null;
  email: string | null;
  party_size: Generated<number>;
  language: string;
  preferred_language: string | null;
  consented_at: Timestamp;
  cancel_token_hash: string | null;
  reminder_sent_at: NullableTimestamp;
  promoted_at: NullableTimestamp;
  cancelled_at: NullableTimestamp;
  created_at: CreatedAt;
}

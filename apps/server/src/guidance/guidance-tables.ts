import type { ColumnType, Generated } from "kysely";

type Json<T> = ColumnType<T, string, string>;
type Instant = ColumnType<Date, Date, Date>;
type NullableInstant = ColumnType<Date | null, Date | null | undefined, Date | null>;

/** Where an enquiry came from: the public form, a walk-in registered by a coordinator, or another module (see `receiveEnquiry`). */
export const enquirySources = ["public-form", "walk-in", "employer-notice"] as const;
export type EnquirySource = (typeof enquirySources)[number];

export const guidanceStatuses = ["new", "open", "closed"] as const;
export type GuidanceStatus = (typeof guidanceStatuses)[number];

export const guidanceOutcomes = ["resolved", "referred", "no-contact", "moved", "other"] as const;
export type GuidanceOutcome = (typeof guidanceOutcomes)[number];

/** Kysely's view of the tables of migration 0025 (guidance cases, their notes and referrals). */
export interface GuidanceTables {
  guidance_cases: GuidanceCasesTable;
  guidance_notes: GuidanceNotesTable;
  guidance_referrals: GuidanceReferralsTable;
}

export interface GuidanceCasesTable {
  id: Generated<string>;
  municipality_number: string;
  source: EnquirySource;
  name: string;
  contact: Generated<string>;
  language: string;
  question: Generated<string>;
  plan_answers: Json<Record<string, string>>;
  status: Generated<GuidanceStatus>;
  received_at: Instant;
  created_by: string | null;
  coordinator_id: string | null;
  taken_at: NullableInstant;
  next_meeting_starts_at: NullableInstant;
  next_meeting_ends_at: NullableInstant;
  next_meeting_place: string | null;
  outcome: GuidanceOutcome | null;
  outcome_note: string | null;
  closed_at: NullableInstant;
}

export interface GuidanceNotesTable {
  id: Generated<string>;
  case_id: string;
  at: Instant;
  author_id: string | null;
  author_name: string;
  text: string;
}

export interface GuidanceReferralsTable {
  id: Generated<string>;
  case_id: string;
  service_id: string;
  at: Instant;
  referred_by: string | null;
  note: Generated<string>;
}

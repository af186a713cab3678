import type { ColumnType, Generated } from "kysely";

/** jsonb: read as the parsed value, written as a JSON string. */
type Json<T> = ColumnType<T, string, string>;

/** Kysely's view of the tables of migrations 0018–0020, 0046 and 0085 (case work: participants, their access log, consents, the introduction programme, invitations to link an account, health notes). */
export interface CasesTables {
  case_participants: CaseParticipantsTable;
  case_access_log: CaseAccessLogTable;
  case_consents: CaseConsentsTable;
  case_plan_versions: CasePlanVersionsTable;
  case_plan_elements: CasePlanElementsTable;
  case_decisions: CaseDecisionsTable;
  case_attendance: CaseAttendanceTable;
  case_absences: CaseAbsencesTable;
  case_exits: CaseExitsTable;
  case_participant_invitations: CaseParticipantInvitationsTable;
  case_health_notes: CaseHealthNotesTable;
}

export interface CaseParticipantsTable {
  id: Generated<string>;
  municipality_number: string;
  name: string;
  birth_date: string;
  identity_number: string | null;
  residence_basis: string;
  residence_from: string | null;
  residence_until: string | null;
  settlement_date: string | null;
  education: string;
  languages: Json<string[]>;
  interpreter_language: string | null;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
  source: ColumnType<ParticipantSource, ParticipantSource | undefined, never>;
  source_member_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The skills mapping copied from the settlement module's member, as it was then. */
  skills: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  arrival_date: ColumnType<string | null, string | null | undefined, string | null>;
  lives_with_parents: ColumnType<boolean, boolean | undefined, boolean>;
  children_birth_dates: ColumnType<string[], string | undefined, string>;
  anonymised_at: ColumnType<Date | null, never, Date>;
  /** The newcomer's own account, linked when they accepted an invitation. */
  user_id: ColumnType<string | null, never, string | null>;
}

export type ParticipantSource = "manual" | "settlement" | "saved-plan";

export type CaseAccessAction =
  | "create"
  | "list"
  | "read"
  | "reveal-identity-number"
  | "read-access-log"
  | "read-consents"
  | "consent-recorded"
  | "consent-withdrawn"
  | "export"
  | "plan-revised"
  | "decision-recorded"
  | "attendance-recorded"
  | "exit-recorded"
  | "read-benefit"
  | "report-export"
  | "invitation-created"
  | "account-linked"
  | "health-note-written"
  | "reveal-health-notes"
  | "skills-profile-read"
  | "skills-profile-saved"
  | "skills-profile-deleted";

/** The role a reader acted in, for the participant to see who read their record and for whom. */
export type CaseActorRole = "coordinator" | "municipality-admin" | "national-admin" | "participant";

export interface CaseAccessLogTable {
  id: Generated<number>;
  /** NULL only while the row is about a newcomer's plan request no participant is registered from yet (0075). */
  participant_id: ColumnType<string | null, string | null | undefined, string | null>;
  plan_request_id: ColumnType<string | null, string | null | undefined, string | null>;
  at: ColumnType<Date, Date, never>;
  actor_user_id: string | null;
  actor_name: string;
  action: CaseAccessAction;
  reason: Generated<string>;
  actor_role: ColumnType<CaseActorRole | "", CaseActorRole | undefined, never>;
}

export const consentRecipients = ["nav", "county", "school", "health", "other"] as const;
export type ConsentRecipient = (typeof consentRecipients)[number];

export interface CaseConsentsTable {
  id: Generated<string>;
  participant_id: string;
  recipient: ConsentRecipient;
  purpose: string;
  given_on: string;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date, never>;
  withdrawn_at: ColumnType<Date | null, never, Date>;
  withdrawn_by: ColumnType<string | null, never, string>;
}

export const planElements = ["norwegian", "social-studies", "life-skills", "parental-guidance", "work-practice", "education"] as const;
export type PlanElement = (typeof planElements)[number];
export const decisionKinds = ["start", "leave", "extension", "stop", "end"] as const;
export type DecisionKind = (typeof decisionKinds)[number];
export const exitOutcomes = ["work", "education", "other"] as const;
export type ExitOutcome = (typeof exitOutcomes)[number];
export const followUpOutcomes = [...exitOutcomes, "unknown"] as const;
export type FollowUpOutcome = (typeof followUpOutcomes)[number];

export interface CasePlanVersionsTable {
  id: Generated<string>;
  participant_id: string;
  version: number;
  goal: "work" | "upper-secondary" | "upper-secondary-partial" | "higher-education" | "other";
  goal_text: Generated<string>;
  reason: string;
  valid_from: string;
  /** The elements demand much own work: 30 hours a week is full time (migration 0085). */
  own_activity: Generated<boolean>;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
}

export interface CasePlanElementsTable {
  plan_version_id: string;
  element: PlanElement;
  minutes_per_week: number;
}

export interface CaseDecisionsTable {
  id: Generated<string>;
  participant_id: string;
  kind: DecisionKind;
  decided_on: string;
  from_date: string;
  to_date: string | null;
  note: Generated<string>;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
}

export interface CaseAttendanceTable {
  participant_id: string;
  week_start: string;
  element: PlanElement;
  minutes: number;
  recorded_by: string | null;
  recorded_at: Date;
}

export interface CaseAbsencesTable {
  id: Generated<string>;
  participant_id: string;
  on_date: string;
  minutes: number;
  valid: boolean;
  reason: Generated<string>;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date, never>;
}

export interface CaseExitsTable {
  participant_id: string;
  outcome: ExitOutcome;
  exit_date: string;
  follow_up_1: FollowUpOutcome | null;
  follow_up_12: FollowUpOutcome | null;
  recorded_by: string | null;
  recorded_at: Date;
}

export interface CaseParticipantInvitationsTable {
  code_hash: string;
  participant_id: string;
  created_by: string | null;
  created_at: Date;
  expires_at: Date;
}

export interface CaseHealthNotesTable {
  id: Generated<string>;
  participant_id: string;
  note: string;
  written_by: string | null;
  written_at: ColumnType<Date, Date, never>;
}

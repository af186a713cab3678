import type { ColumnType, Generated } from "kysely";

export const trainingSkills = ["listening", "reading", "writing", "speaking"] as const;
export type TrainingSkill = (typeof trainingSkills)[number];
/** The CEFR levels of the Norwegian tests, and "below A1". */
export const trainingLevels = ["below-a1", "A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type TrainingLevel = (typeof trainingLevels)[number];
export const exemptionSubjects = ["norwegian", "social-studies"] as const;
export type ExemptionSubject = (typeof exemptionSubjects)[number];
/** The subjects hours are recorded for: the same two. */
export const trainingSubjects = exemptionSubjects;
export type TrainingSubject = ExemptionSubject;
/** How hours are recorded: a week (on its Monday) or one session; `earlier` holds hours typed as a total before migration 0051. */
export const attendancePeriods = ["week", "session", "earlier"] as const;
export type AttendancePeriod = (typeof attendancePeriods)[number];

/** What a correction is about (migration 0080): a test result, an exemption or a row of hours. */
export const correctionKinds = ["result", "exemption", "hours"] as const;
export type CorrectionKind = (typeof correctionKinds)[number];

type Created = ColumnType<Date, Date, never>;
type Json<T> = ColumnType<T, string, never>;

/** Kysely's view of the tables of migrations 0027, 0051 and 0080 (Norwegian training and social studies). */
export interface TrainingTables {
  training_learners: TrainingLearnersTable;
  training_attendance: TrainingAttendanceTable;
  training_results: TrainingResultsTable;
  training_exemptions: TrainingExemptionsTable;
  training_corrections: TrainingCorrectionsTable;
}

export interface TrainingLearnersTable {
  id: Generated<string>;
  municipality_number: string;
  participant_id: string | null;
  name: string;
  birth_date: string;
  residence_basis: string;
  arrival_date: string;
  education: "none" | "primary" | "upper-secondary" | "higher";
  enrolled_on: string | null;
  provider: Generated<string>;
  created_by: string | null;
  created_at: Created;
  anonymised_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface TrainingAttendanceTable {
  id: Generated<string>;
  learner_id: string;
  subject: TrainingSubject;
  period: AttendancePeriod;
  on_date: string;
  minutes: number;
  recorded_by: string | null;
  recorded_at: Created;
}

export interface TrainingResultsTable {
  id: Generated<string>;
  learner_id: string;
  skill: TrainingSkill;
  level: TrainingLevel;
  test_name: Generated<string>;
  tested_on: string;
  recorded_by: string | null;
  recorded_at: Created;
}

export interface TrainingExemptionsTable {
  id: Generated<string>;
  learner_id: string;
  subject: ExemptionSubject;
  reason: string;
  decided_on: string;
  recorded_by: string | null;
  recorded_at: Created;
}

export interface TrainingCorrectionsTable {
  id: Generated<string>;
  learner_id: string;
  record_kind: CorrectionKind;
  record_id: string;
  change: "changed" | "removed";
  before: Json<Record<string, string | number>>;
  after: ColumnType<Record<string, string | number> | null, string | null, never>;
  reason: string;
  corrected_by: string | null;
  corrected_at: Created;
}

import type { ColumnType, Generated } from "kysely";

export const trainingSkills = ["listening", "reading", "writing", "speaking"] as const;
export type TrainingSkill = (typeof trainingSkills)[number];
/** The CEFR levels of the Norwegian tests, and "below A1". */
export const trainingLevels = ["below-a1", "A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type TrainingLevel = (typeof trainingLevels)[number];
export const exemptionSubjects = ["norwegian", "social-studies"] as const;
export type ExemptionSubject = (typeof exemptionSubjects)[number];

type Created = ColumnType<Date, Date, never>;

/** Kysely's view of the tables of migration 0027 (Norwegian training and social studies). */
export interface TrainingTables {
  training_learners: TrainingLearnersTable;
  training_results: TrainingResultsTable;
  training_exemptions: TrainingExemptionsTable;
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
  social_studies_hours: Generated<number>;
  created_by: string | null;
  created_at: Created;
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

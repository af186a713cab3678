import type { ColumnType, Generated } from "kysely";
import type { CreatedAt, Timestamp } from "../database/schema.ts";
import type { AvailabilitySlot, Gender, GenderPreference, Interest } from "./match-profile.ts";
import type { Criterion } from "./match-score.ts";

type TextArray<T extends string = string> = ColumnType<T[], T[] | undefined, T[]>;

/** Kysely's view of the tables of migration 0035 (mentor cohorts, mentors, mentees, pairs, meetings, feedback). */
export interface MentoringTables {
  mentor_cohorts: MentorCohortsTable;
  mentor_seminars: MentorSeminarsTable;
  mentors: MentorsTable;
  mentees: MenteesTable;
  mentor_pairs: MentorPairsTable;
  mentor_meetings: MentorMeetingsTable;
  mentor_feedback: MentorFeedbackTable;
}

export type SeminarStage = "start" | "midway" | "closing";
export type FeedbackSide = "mentor" | "mentee";

export interface MentorCohortsTable {
  id: Generated<string>;
  municipality_number: string;
  name: string;
  /** 'YYYY-MM-DD' */
  starts_on: string;
  ends_on: string;
  police_certificate_required: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface MentorSeminarsTable {
  cohort_id: string;
  stage: SeminarStage;
  event_id: string;
}

interface ProfileColumns {
  first_name: string;
  phone: string | null;
  interests: TextArray<Interest>;
  languages: TextArray;
  municipality_number: string;
  gender: Gender;
  gender_preference: GenderPreference;
  availability: TextArray<AvailabilitySlot>;
}

export interface MentorsTable extends ProfileColumns {
  id: Generated<string>;
  cohort_id: string;
  user_id: string;
  terms_version: string;
  terms_accepted_at: Timestamp;
  police_certificate_seen_on: string | null;
  created_at: CreatedAt;
}

export interface MenteesTable extends ProfileColumns {
  id: Generated<string>;
  cohort_id: string;
  email: string | null;
  consent_given_on: string;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface MentorPairsTable {
  id: Generated<string>;
  cohort_id: string;
  mentor_id: string;
  mentee_id: string;
  score: number;
  points: ColumnType<Record<Criterion, number>, string, string>;
  changed_from_proposal: Generated<boolean>;
  confirmed_by: string | null;
  confirmed_at: Timestamp;
}

export interface MentorMeetingsTable {
  id: Generated<string>;
  pair_id: string;
  met_on: string;
  minutes: number;
  topic: string;
  logged_by: string | null;
  created_at: CreatedAt;
}

export interface MentorFeedbackTable {
  pair_id: string;
  side: FeedbackSide;
  usefulness: number;
  met_often_enough: boolean;
  would_recommend: boolean;
  submitted_at: Timestamp;
}

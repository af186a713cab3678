import type { ColumnType, Generated } from "kysely";
import type { Certificate, DigitalSkills, Education, LanguageSkill, NorwegianSkills, SkillsProfile, WorkExperience, Wishes } from "./skills-profile.ts";

/** jsonb: read as the parsed value, written as a JSON string (as in the cases module). */
type Json<T> = ColumnType<T, string, string>;

/** Kysely's view of the table of migrations 0045 and 0065. */
export interface SkillsProfileTables {
  skills_profiles: SkillsProfilesTable;
}

export interface SkillsProfilesTable {
  id: Generated<string>;
  user_id: string | null;
  participant_id: string | null;
  full_name: string;
  email: string | null;
  phone: string | null;
  language: SkillsProfile["language"];
  municipality_number: string | null;
  education: ColumnType<Education[], string | undefined, string>;
  experience: Json<WorkExperience[]>;
  languages: Json<LanguageSkill[]>;
  norwegian: ColumnType<NorwegianSkills | null, string | null, string | null>;
  driving_licences: ColumnType<string[], string[] | undefined, string[]>;
  certificates: Json<Certificate[]>;
  wishes: Json<Wishes>;
  digital_skills: ColumnType<DigitalSkills | null, DigitalSkills | null | undefined, DigitalSkills | null>;
  other_skills: ColumnType<string | null, string | null | undefined, string | null>;
  consent_given_at: ColumnType<Date, Date | string, Date | string>;
  matching_opt_in_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: ColumnType<Date, Date | string, never>;
  updated_at: ColumnType<Date, Date | string, Date | string>;
}

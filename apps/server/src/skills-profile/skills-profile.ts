/**
 * A person's skills profile (issue 19, seed 004 ch. 4): the shape the profile pages edit, the CV
 * renders and job matching scores. Occupations are STYRK-08 codes (ISCO-08 with Norwegian
 * unit groups, four digits); language levels follow CEFR.
 */
export type CefrLevel = "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
export const cefrLevels: readonly CefrLevel[] = ["A1", "A2", "B1", "B2", "C1", "C2"];

export type EducationLevel = "primary" | "upper-secondary" | "vocational" | "bachelor" | "master" | "doctorate";
/** Where the person stands with recognition in Norway (see the recognition navigator). */
export type RecognitionStatus = "recognised" | "in-progress" | "not-recognised" | "not-needed" | "unknown";

export interface Education {
  level: EducationLevel;
  field: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  completedYear: number | null;
  recognition: RecognitionStatus;
}

export interface WorkExperience {
  /** STYRK-08, four digits */
  occupationCode: string;
  title: string;
  employer: string | null;
  country: string;
  fromYear: number;
  /** null while the job goes on */
  toYear: number | null;
}

export interface LanguageSkill {
  /** BCP 47 primary language subtag, e.g. "uk", "en" */
  code: string;
  level: CefrLevel | "native";
}

/** Norwegian per skill, as the training module tests it. */
export interface NorwegianSkills {
  listening: CefrLevel | null;
  reading: CefrLevel | null;
  writing: CefrLevel | null;
  speaking: CefrLevel | null;
}

export interface Certificate {
  name: string;
  issuer: string | null;
  /** 'YYYY-MM-DD' or null when it does not expire */
  validUntil: string | null;
}

/** The settlement skills mapping's scale (none is stored as null). */
export type DigitalSkills = "basic" | "good";

export interface Wishes {
  /** STYRK-08 codes */
  occupations: string[];
  /** municipality numbers */
  municipalities: string[];
  hoursPerWeek: number | null;
}

export interface SkillsProfile {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  language: "nb" | "nn" | "en" | "uk" | "pl" | "ar";
  municipalityNumber: string | null;
  education: Education[];
  experience: WorkExperience[];
  languages: LanguageSkill[];
  norwegian: NorwegianSkills | null;
  /** Norwegian licence classes, e.g. "B", "C1", "CE" */
  drivingLicences: string[];
  certificates: Certificate[];
  /** Europass "digital and other skills": the settlement mapping's levels, and free text. */
  digitalSkills?: DigitalSkills | null;
  otherSkills?: string | null;
  wishes: Wishes;
  consentGivenAt: Date;
  matchingOptInAt: Date | null;
}

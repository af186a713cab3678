import { cefrLevels, type CefrLevel, type LanguageSkill, type NorwegianSkills, type RecognitionStatus, type SkillsProfile } from "../skills-profile/skills-profile.ts";

export const norwegianSkills = ["listening", "reading", "writing", "speaking"] as const;
export type NorwegianSkill = (typeof norwegianSkills)[number];

/** What matching reads of a candidate: never name, contact, residence or free text. */
export interface CandidateFacts {
  id: string;
  /** STYRK-08 codes of the work experience */
  experienceCodes: readonly string[];
  /** STYRK-08 codes the candidate wishes to work as */
  wishedCodes: readonly string[];
  languages: readonly LanguageSkill[];
  norwegian: NorwegianSkills | null;
  /** The best recognition status over the candidate's education. */
  recognition: RecognitionStatus;
  wishedMunicipalities: readonly string[];
  hoursPerWeek: number | null;
  drivingLicences: readonly string[];
  certificates: ReadonlyArray<{ name: string; validUntil: string | null }>;
}

/** What matching reads of an opening. */
export interface OpeningFacts {
  id: string;
  occupationCode: string;
  municipalityNumber: string;
  hoursPerWeek: number;
  /** Other languages than Norwegian, with the least level asked for. */
  languages: readonly LanguageSkill[];
  /** The least Norwegian level per skill; null where the skill is not asked for. */
  norwegian: NorwegianSkills | null;
  drivingLicence: string | null;
  certificate: string | null;
  authorisationRequired: boolean;
  /** `YYYY-MM-DD`: a certificate must still be valid then. */
  startsOn: string;
}

/** Best first: a candidate's status is the best over their education. */
const recognitionOrder: readonly RecognitionStatus[] = ["recognised", "not-needed", "in-progress", "not-recognised", "unknown"];

export function bestRecognition(statuses: readonly RecognitionStatus[]): RecognitionStatus {
  return recognitionOrder.find((status) => statuses.includes(status)) ?? "unknown";
}

/** CEFR levels as numbers, a native speaker above C2. */
export function levelRank(level: CefrLevel | "native" | null | undefined): number {
  if (!level) return 0;
  return level === "native" ? cefrLevels.length + 1 : cefrLevels.indexOf(level) + 1;
}

/** The codes Norwegian goes by in a profile (bokmål, nynorsk or plain Norwegian). */
export const norwegianCodes: ReadonlySet<string> = new Set(["no", "nb", "nn"]);

/** The matching facts of a skills profile. */
export function candidateFactsOf(profile: Pick<SkillsProfile, "id" | "experience" | "wishes" | "languages" | "norwegian" | "education" | "drivingLicences" | "certificates">): CandidateFacts {
  return {
    id: profile.id,
    experienceCodes: [...new Set(profile.experience.map((e) => e.occupationCode))],
    wishedCodes: [...new Set(profile.wishes.occupations)],
    languages: profile.languages,
    norwegian: profile.norwegian,
    recognition: bestRecognition(profile.education.map((e) => e.recognition)),
    wishedMunicipalities: profile.wishes.municipalities,
    hoursPerWeek: profile.wishes.hoursPerWeek,
    drivingLicences: profile.drivingLicences,
    certificates: profile.certificates.map((c) => ({ name: c.name, validUntil: c.validUntil })),
  };
}

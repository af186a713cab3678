import type { Language } from "@velkomst/i18n";
import type { CefrLevel } from "./skills-profile.ts";
import { emptyDraft, type ProfileDraft } from "./skills-profile-form.ts";

/** What the cases module holds about a participant that a profile can start from. */
export interface ParticipantFacts {
  name: string;
  municipalityNumber: string;
  /** The programme's education level: none, primary, upper-secondary, higher. */
  education: string;
  /** Languages the person speaks (codes), as registered. */
  languages: readonly string[];
  /** The settlement skills mapping copied to the participant (settled-members.ts), if any. */
  skills: Record<string, unknown> | null;
}

/** The mapping's three steps as the nearest CEFR level; an adviser confirms them before saving. */
const cefrOfMapping: Record<string, CefrLevel | undefined> = { basic: "A2", good: "B2" };
/** The mapping's and the programme's education as the profile's level (the adviser adds field and country). */
const educationLevelOf: Record<string, string | undefined> = { primary: "primary", secondary: "upper-secondary", "upper-secondary": "upper-secondary", vocational: "vocational", higher: "bachelor" };

/**
 * A new profile's form, filled from the participant record and its settlement skills mapping:
 * name and municipality; the registered languages as mother tongues; the mapping's Norwegian level
 * for all four skills and English level (basic → A2, good → B2); education level (field and
 * country left for the adviser); driving licence → class B; digital skills; other skills. The
 * mapping's work sector and years have no occupation code, so they are not carried over.
 */
export function draftFromParticipant(facts: ParticipantFacts, lang: Language): ProfileDraft {
  const draft = emptyDraft(lang);
  const skills = facts.skills ?? {};
  const text = (key: string) => (typeof skills[key] === "string" ? (skills[key] as string) : "");
  draft.fullName = facts.name;
  draft.municipalityNumber = facts.municipalityNumber;
  const english = cefrOfMapping[text("englishLevel")];
  draft.languages = facts.languages
    .filter((code) => !["no", "nb", "nn"].includes(code) && !(english && code === "en"))
    .map((code) => ({ code, level: "native" }))
    .concat(english ? [{ code: "en", level: english }] : []);
  const norwegian = cefrOfMapping[text("norwegianLevel")] ?? "";
  if (norwegian) draft.norwegian = { listening: norwegian, reading: norwegian, writing: norwegian, speaking: norwegian };
  const level = educationLevelOf[text("education")] ?? educationLevelOf[facts.education];
  if (level) draft.education = [{ level, field: "", country: "", completedYear: "", recognition: "unknown" }];
  if (skills.drivingLicence === true) draft.drivingLicences = ["B"];
  const digital = text("digitalSkills");
  if (digital === "basic" || digital === "good") draft.digitalSkills = digital;
  draft.otherSkills = text("otherSkills");
  return draft;
}

/**
 * What the coordinator records about a mentor or a mentee to propose pairs (seed 002): interests,
 * languages, municipality, own gender and the gender wanted in a partner, and when they can meet.
 */
export const interests = [
  "job-seeking",
  "work-culture",
  "education",
  "language-practice",
  "family-life",
  "health",
  "outdoor-life",
  "sports",
  "culture",
  "volunteering",
  "entrepreneurship",
  "aquaculture",
] as const;
export type Interest = (typeof interests)[number];

export const genders = ["woman", "man", "unspecified"] as const;
export type Gender = (typeof genders)[number];

/** The partner's gender someone wants; "any" is no wish. */
export const genderPreferences = ["any", "woman", "man"] as const;
export type GenderPreference = (typeof genderPreferences)[number];

export const availabilitySlots = ["weekday-daytime", "weekday-evening", "weekend"] as const;
export type AvailabilitySlot = (typeof availabilitySlots)[number];

export interface MatchProfile {
  id: string;
  interests: readonly Interest[];
  /** Language codes (ISO 639-1), e.g. "nb", "ar", "uk". */
  languages: readonly string[];
  municipalityNumber: string;
  gender: Gender;
  genderPreference: GenderPreference;
  availability: readonly AvailabilitySlot[];
}

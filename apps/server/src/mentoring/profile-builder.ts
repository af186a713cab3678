import fc from "fast-check";
import { availabilitySlots, genderPreferences, genders, interests, type MatchProfile } from "./match-profile.ts";

/** Test data: a profile with sensible defaults, overridden where a test cares. */
export function profile(id: string, overrides: Partial<MatchProfile> = {}): MatchProfile {
  return { id, interests: [], languages: ["nb"], municipalityNumber: "5056", gender: "unspecified", genderPreference: "any", availability: ["weekday-evening"], ...overrides };
}

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

/** Arbitrary profiles with ids unique within a list (the prefix tells mentors from mentees). */
export function profilesArbitrary(prefix: string, maxLength: number) {
  return fc
    .array(
      fc.record({
        interests: subset(interests),
        languages: subset(["nb", "en", "ar", "uk", "pl", "so", "ti"]),
        municipalityNumber: fc.constantFrom("5014", "5056"),
        gender: fc.constantFrom(...genders),
        genderPreference: fc.constantFrom(...genderPreferences),
        availability: subset(availabilitySlots),
      }),
      { maxLength },
    )
    .map((list) => list.map((fields, index): MatchProfile => ({ id: `${prefix}${String(index).padStart(3, "0")}`, ...fields })));
}

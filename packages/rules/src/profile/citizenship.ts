import { ruleParameters } from "../parameters/rule-parameters.ts";
import type { Profile, ResidenceBasis } from "./profile-schema.ts";

/** Which group a citizenship belongs to on a date, by the dated state lists (the United Kingdom left the EEA rules on 2021-01-01). */
export type CitizenshipGroup = "nordic" | "eea" | "third-country";

export function citizenshipGroup(citizenship: string, date: string): CitizenshipGroup {
  if (ruleParameters.set("eea/nordic-states", date).value.has(citizenship)) return "nordic";
  return ruleParameters.set("eea/member-states", date).value.has(citizenship) ? "eea" : "third-country";
}

/**
 * The rules a person's stay follows: `nordic` (neither permit nor registration), `eea` (registration, outside the
 * Integration Act) or `permit`. Citizenship decides, not the residence basis: an EU citizen who studies or joins
 * family here is still on the EEA route (seed 001 lines 640–645; Box 12.2 "EØS-borgerne omfattes ikke av
 * integreringsloven"). Protection follows from the protection granted, whatever the citizenship.
 */
export type CitizenshipRoute = "nordic" | "eea" | "permit";

const protectionBases: ReadonlySet<ResidenceBasis> = new Set(["refugee", "family-of-refugee", "collective-protection", "asylum-seeker"]);

export function citizenshipRoute(profile: Pick<Profile, "citizenship" | "residenceBasis">, date: string): CitizenshipRoute {
  if (protectionBases.has(profile.residenceBasis)) return "permit";
  const group = citizenshipGroup(profile.citizenship, date);
  return group === "third-country" ? "permit" : group;
}

/** Bases only open to citizens of a group; `eea-family` is not among them (family members may be of any citizenship). */
const basesRequiringGroup: Partial<Record<ResidenceBasis, readonly CitizenshipGroup[]>> = {
  "eea-worker": ["eea", "nordic"],
  "eea-self-employed": ["eea", "nordic"],
  "eea-jobseeker": ["eea", "nordic"],
  nordic: ["nordic"],
};

/** `undefined` when the citizenship can hold the residence basis on `date`; otherwise what was expected, for the error message. */
export function citizenshipMismatch(profile: Pick<Profile, "citizenship" | "residenceBasis">, date: string): { code: string; expected: string } | undefined {
  const allowed = basesRequiringGroup[profile.residenceBasis];
  if (!allowed || allowed.includes(citizenshipGroup(profile.citizenship, date))) return undefined;
  return profile.residenceBasis === "nordic"
    ? { code: "notNordicCitizen", expected: "a Danish, Finnish, Icelandic or Swedish citizenship (DK, FI, IS, SE) for residenceBasis nordic" }
    : {
        code: "notEeaCitizen",
        expected: `an EU/EEA/EFTA citizenship for residenceBasis ${profile.residenceBasis}; family members who are not EEA citizens use eea-family, others a permit basis such as work-permit`,
      };
}

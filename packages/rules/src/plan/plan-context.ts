import { ageOn } from "../dates/iso-date.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import type { Profile, ResidenceBasis } from "../profile/profile-schema.ts";

/** Facts about the person that several rules need, worked out once per plan. */
export interface PlanContext {
  profile: Profile;
  asOf: string;
  age: number;
  basis: ResidenceBasis;
  /** `undefined` = long or unknown stay */
  stayMonths: number | undefined;
  /** Nordic by residence basis or by citizenship: Nordic citizens never use the EEA registration scheme. */
  nordicCitizen: boolean;
  /** One of the four `eea-*` bases. */
  eeaBasis: boolean;
  /** A citizen of a state covered by the EEA rules (not counting the Nordic route). */
  eeaCitizen: boolean;
}

const eeaBases: ReadonlySet<ResidenceBasis> = new Set(["eea-worker", "eea-self-employed", "eea-jobseeker", "eea-family"]);

export function createPlanContext(profile: Profile, asOf: string): PlanContext {
  const nordicStates = ruleParameters.set("eea/nordic-states", asOf).value;
  const memberStates = ruleParameters.set("eea/member-states", asOf).value;
  const basis = profile.residenceBasis;
  const nordicCitizen = basis === "nordic" || nordicStates.has(profile.citizenship);
  const eeaBasis = eeaBases.has(basis);
  return {
    profile,
    asOf,
    age: ageOn(profile.birthDate, asOf),
    basis,
    stayMonths: profile.plannedStayMonths,
    nordicCitizen,
    eeaBasis,
    // An eea-worker, -self-employed or -jobseeker is an EEA citizen by definition; family members may not be.
    eeaCitizen: !nordicCitizen && (basis === "eea-family" ? memberStates.has(profile.citizenship) : eeaBasis),
  };
}

export function inRange(age: number, range: { min: number; max: number }): boolean {
  return age >= range.min && age <= range.max;
}

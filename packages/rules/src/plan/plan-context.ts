import { ageOn } from "../dates/iso-date.ts";
import type { Profile, ResidenceBasis } from "../profile/profile-schema.ts";
import { citizenshipRoute, type CitizenshipRoute } from "../profile/citizenship.ts";

/** Facts about the person that several rules need, worked out once per plan. */
export interface PlanContext {
  profile: Profile;
  asOf: string;
  age: number;
  basis: ResidenceBasis;
  /** `undefined` = long or unknown stay */
  stayMonths: number | undefined;
  /** The rules the citizenship brings (decided by `citizenship` and the dated state lists, not by the residence basis). */
  route: CitizenshipRoute;
  /** A Nordic citizen on the Nordic route: needs neither a permit nor EEA registration (seed 001 lines 643–645). */
  nordicCitizen: boolean;
  /** One of the four `eea-*` bases. */
  eeaBasis: boolean;
  /** A citizen of a state covered by the EEA rules on the EEA route (not counting the Nordic route). */
  eeaCitizen: boolean;
}

const eeaBases: ReadonlySet<ResidenceBasis> = new Set(["eea-worker", "eea-self-employed", "eea-jobseeker", "eea-family"]);

export function createPlanContext(profile: Profile, asOf: string): PlanContext {
  const route = citizenshipRoute(profile, asOf);
  return {
    profile,
    asOf,
    age: ageOn(profile.birthDate, asOf),
    basis: profile.residenceBasis,
    stayMonths: profile.plannedStayMonths,
    route,
    nordicCitizen: route === "nordic",
    eeaBasis: eeaBases.has(profile.residenceBasis),
    eeaCitizen: route === "eea",
  };
}

export function inRange(age: number, range: { min: number; max: number }): boolean {
  return age >= range.min && age <= range.max;
}

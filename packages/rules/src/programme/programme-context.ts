import { ageOn } from "../dates/iso-date.ts";
import type { Finding } from "../determinations/determination.ts";
import type { Messages } from "../locales/nb.ts";
import { createPlanContext, type PlanContext } from "../plan/plan-context.ts";
import type { Profile } from "../profile/profile-schema.ts";
import type { Participant } from "./participant-schema.ts";

export type ProgrammeTexts = Messages["programme"];

/** The outcome of one programme rule, explained by one of its texts in the locales' `programme` section. */
export type ProgrammeFinding<Id extends keyof ProgrammeTexts, Value> = Finding<ProgrammeTexts[Id], Value>;

/** Facts about the participant that several rules need, worked out once. */
export interface ProgrammeContext {
  participant: Participant;
  asOf: string;
  age: number;
  /** Upper secondary education or higher, which decides the frame of the programme (§§ 13–14). */
  hasUpperSecondary: boolean;
  /** The same person as the arrival plan sees them, so the rights both contracts give come from one rule. */
  plan: PlanContext;
}

/**
 * Citizenship decides nothing in these rules (EEA and Nordic people are told apart by residence basis,
 * and are outside the programme anyway); "XX" is the ISO 3166 code for an unknown country.
 */
const unknownCitizenship = "XX";

export function createProgrammeContext(participant: Participant, asOf: string): ProgrammeContext {
  const profile: Profile = {
    asOf,
    arrivalDate: participant.arrivalDate,
    birthDate: participant.birthDate,
    citizenship: unknownCitizenship,
    residenceBasis: participant.residenceBasis,
    education: participant.education,
  };
  if (participant.referencePersonSettledDate !== undefined) profile.referencePersonSettledDate = participant.referencePersonSettledDate;
  return {
    participant,
    asOf,
    age: ageOn(participant.birthDate, asOf),
    hasUpperSecondary: participant.education === "upper-secondary" || participant.education === "higher",
    plan: createPlanContext(profile, asOf),
  };
}

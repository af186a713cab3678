import type { Determination } from "../determinations/determination.ts";
import type { IntroductionProgramme } from "../determinations/introduction-programme.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import type { ProgrammeGoal } from "./participant-schema.ts";
import type { ProgrammeContext, ProgrammeFinding } from "./programme-context.ts";

export interface ProgrammeGoalValue {
  goal: ProgrammeGoal;
  proposed: boolean;
}

/** Rule `integreringsloven.introduksjonsprogram.sluttmaal` (§§ 13–14): the goal given, or the one the rules propose. */
export function determineProgrammeGoal(
  ctx: ProgrammeContext,
  programme: Determination<"introductionProgramme", IntroductionProgramme>,
): ProgrammeFinding<"programmeGoal", ProgrammeGoalValue> {
  const ageLimit = ruleParameters.number("integration/upper-secondary-goal-age-limit", ctx.asOf);
  const given = ctx.participant.goal;
  if (given !== undefined) return { value: { goal: given, proposed: false }, reason: "given", legalBasis: ageLimit.legalBasis };
  if (ctx.hasUpperSecondary) {
    // Ch. 6A: "et kort arbeidsrettet introduksjonsprogram … Målet med programmet er rask overgang til arbeid" (seed 001 ch. 3.3.2).
    if (programme.reason === "collectiveProtection") return { value: { goal: "work", proposed: true }, reason: "collectiveProtection", legalBasis: programme.legalBasis };
    const frame = ruleParameters.range("integration/programme-months-with-upper-secondary", ctx.asOf);
    return { value: { goal: "work", proposed: true }, reason: "educated", legalBasis: frame.legalBasis };
  }
  // "Flyktninger under 25 år skal som hovedregel ha videregående opplæring som sluttmål" (seed 001 ch. 11.1).
  if (ctx.age < ageLimit.value) {
    return { value: { goal: "upper-secondary", proposed: true }, reason: "young", values: { age: ageLimit.value }, legalBasis: ageLimit.legalBasis };
  }
  return { value: { goal: "work", proposed: true }, reason: "adult", values: { age: ageLimit.value }, legalBasis: ageLimit.legalBasis };
}

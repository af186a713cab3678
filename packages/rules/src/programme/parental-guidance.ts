import { ageOn } from "../dates/iso-date.ts";
import type { Determination } from "../determinations/determination.ts";
import type { IntroductionProgramme } from "../determinations/introduction-programme.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import type { ProgrammeContext, ProgrammeFinding } from "./programme-context.ts";

/** Rule `integreringsloven.introduksjonsprogram.foreldreveiledning` (§ 14 a). */
export function determineParentalGuidance(
  ctx: ProgrammeContext,
  programme: Determination<"introductionProgramme", IntroductionProgramme>,
): ProgrammeFinding<"parentalGuidance", { required: boolean }> {
  const ageLimit = ruleParameters.number("integration/parental-guidance-child-age-limit", ctx.asOf);
  if (!programme.value.right) return { value: { required: false }, reason: "noProgramme", legalBasis: ageLimit.legalBasis };
  // Ch. 6A lowers the programme's minimum content ("tilpasninger i minstekravene", seed 001 ch. 3.3.2): no required course.
  if (programme.reason === "collectiveProtection") return { value: { required: false }, reason: "collectiveProtection", legalBasis: programme.legalBasis };
  // "Deltakere som har barn under 18 år … skal delta på kurs i foreldreveiledning" (seed 001 Box 10.1).
  const hasYoungChild = (ctx.participant.childrenBirthDates ?? []).some((birthDate) => ageOn(birthDate, ctx.asOf) < ageLimit.value);
  return {
    value: { required: hasYoungChild },
    reason: hasYoungChild ? "required" : "notRequired",
    values: { age: ageLimit.value },
    legalBasis: ageLimit.legalBasis,
  };
}

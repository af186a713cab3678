import type { Determination } from "../determinations/determination.ts";
import type { IntroductionProgramme } from "../determinations/introduction-programme.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import type { ProgrammeContext, ProgrammeFinding } from "./programme-context.ts";

/** Rule `integreringsloven.introduksjonsprogram.fulltid` (§ 14 a; ch. 6A allows part time). An extra determination of the contract. */
export function determineFullTime(
  ctx: ProgrammeContext,
  programme: Determination<"introductionProgramme", IntroductionProgramme>,
): ProgrammeFinding<"fullTime", { required: boolean }> {
  if (!programme.value.right) return { value: { required: false }, reason: "noProgramme", legalBasis: programme.legalBasis };
  // Ch. 6A: "Programmet kan være på deltid" (seed 001 ch. 3.3.2).
  if (programme.reason === "collectiveProtection") return { value: { required: false }, reason: "partTimePossible", legalBasis: programme.legalBasis };
  // "Introduksjonsprogrammet skal være på fulltid" (seed 001 Box 10.1).
  const fullTime = ruleParameters.flag("integration/programme-full-time", ctx.asOf);
  return { value: { required: fullTime.value }, reason: fullTime.value ? "required" : "partTimePossible", legalBasis: fullTime.legalBasis };
}

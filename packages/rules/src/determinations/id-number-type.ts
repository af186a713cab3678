import { ruleParameters } from "../parameters/rule-parameters.ts";
import type { PlanContext } from "../plan/plan-context.ts";
import type { Determination } from "./determination.ts";

export type IdNumberType = "fodselsnummer" | "d-number";

/** Rule `folkeregisterloven.identitetsnummer`. */
export function determineIdNumberType(ctx: PlanContext): Determination<"idNumberType", IdNumberType> {
  const threshold = ruleParameters.number("identity/resident-registration-months", ctx.asOf);
  const values = { months: threshold.value };
  // Asylum seekers are not registered as resident while their application is processed (seed 001 ch. 5.2, contract).
  if (ctx.basis === "asylum-seeker") return { value: "d-number", reason: "dNumberAsylumSeeker", legalBasis: threshold.legalBasis };
  // § 4-1: "skal registreres som bosatt dersom oppholdet er ment å vare minst seks måneder".
  if (ctx.stayMonths !== undefined && ctx.stayMonths < threshold.value) {
    return { value: "d-number", reason: "dNumberShortStay", values, legalBasis: threshold.legalBasis };
  }
  return { value: "fodselsnummer", reason: "fodselsnummer", values, legalBasis: threshold.legalBasis };
}

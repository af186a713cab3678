import { ruleParameters } from "../parameters/rule-parameters.ts";
import type { PlanContext } from "../plan/plan-context.ts";
import type { Determination } from "./determination.ts";
import type { IdNumberType } from "./id-number-type.ts";

/** Rule `pasientrettighetsloven.fastlege` (§ 2-1 c and the GP regulation). */
export function determineRegularGp(ctx: PlanContext, idNumberType: IdNumberType): Determination<"regularGp", { eligible: boolean }> {
  const groups = ruleParameters.set("health/regular-gp-groups", ctx.asOf);
  // Asylum seekers and their family: "rett til å stå på liste hos fastlege" although they only have a D-number.
  if (ctx.basis === "asylum-seeker" && groups.value.has("asylum-seeker")) {
    return { value: { eligible: true }, reason: "asylumSeeker", legalBasis: groups.legalBasis };
  }
  // "retten til fastlege … primært er knyttet til bostedsregistrering og fødselsnummer" (seed 001 ch. 5.2).
  if (idNumberType === "fodselsnummer" && groups.value.has("registered-resident")) {
    return { value: { eligible: true }, reason: "registeredResident", legalBasis: groups.legalBasis };
  }
  return { value: { eligible: false }, reason: "notResident", legalBasis: groups.legalBasis };
}

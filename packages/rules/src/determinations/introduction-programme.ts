import { addYears } from "../dates/iso-date.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import { inRange, type PlanContext } from "../plan/plan-context.ts";
import { joinLegalBasis, type Determination } from "./determination.ts";

export interface IntroductionProgramme {
  right: boolean;
  duty: boolean;
}

const none = Object.freeze({ right: false, duty: false });
const rightAndDuty = Object.freeze({ right: true, duty: true });

/** Rule `integreringsloven.introduksjonsprogram` (§§ 8–9; ch. 6A for collective protection while in force). */
export function determineIntroductionProgramme(ctx: PlanContext): Determination<"introductionProgramme", IntroductionProgramme> {
  const ages = ruleParameters.range("integration/introduction-programme-age", ctx.asOf);
  if (ctx.basis === "asylum-seeker") return { value: none, reason: "asylumSeeker", legalBasis: ages.legalBasis };
  if (ctx.basis !== "refugee" && ctx.basis !== "family-of-refugee" && ctx.basis !== "collective-protection") {
    return { value: none, reason: "notCovered", legalBasis: ages.legalBasis };
  }
  // § 8: "mellom 18 og 55 år" (seed 001 Box 10.1); § 8 third paragraph lets the municipality offer the programme to older people too.
  if (ctx.age > ages.value.max) return { value: none, reason: "over55", values: ages.value, legalBasis: ages.legalBasis };
  if (!inRange(ctx.age, ages.value)) return { value: none, reason: "outsideAge", values: ages.value, legalBasis: ages.legalBasis };

  if (ctx.basis === "collective-protection") {
    // Ch. 6A: "kun rett og ikke plikt til å delta i introduksjonsprogrammet" (seed 001 ch. 3.3.2); afterwards §§ 8–9 as for refugees.
    const temporary = ruleParameters.temporaryRule("integration/collective-protection-temporary-rules", ctx.asOf);
    return temporary
      ? { value: { right: true, duty: false }, reason: "collectiveProtection", legalBasis: joinLegalBasis(temporary.legalBasis, ages.legalBasis) }
      : { value: rightAndDuty, reason: "collectiveProtectionRightAndDuty", values: ages.value, legalBasis: ages.legalBasis };
  }
  if (ctx.basis === "family-of-refugee") {
    // § 9: "mindre enn 5 års botid når det søkes om familiegjenforening" (seed 001 Box 12.1). The application comes before
    // arrival, so an arrival within the five years settles it; a later arrival depends on the application date the profile lacks.
    const limit = ruleParameters.number("integration/refugee-family-settlement-limit-years", ctx.asOf);
    const settled = ctx.profile.referencePersonSettledDate;
    if (settled === undefined) return { value: none, reason: "familyDateMissing", legalBasis: limit.legalBasis };
    const applyBefore = addYears(settled, limit.value);
    if (ctx.profile.arrivalDate >= applyBefore) {
      return { value: none, reason: "familyDependsOnApplication", values: { years: limit.value, date: { date: applyBefore } }, legalBasis: limit.legalBasis };
    }
    return { value: rightAndDuty, reason: "rightAndDuty", values: ages.value, legalBasis: joinLegalBasis(ages.legalBasis, limit.legalBasis) };
  }
  return { value: rightAndDuty, reason: "rightAndDuty", values: ages.value, legalBasis: ages.legalBasis };
}

import { ruleParameters } from "../parameters/rule-parameters.ts";
import { inRange, type PlanContext } from "../plan/plan-context.ts";
import type { ResidenceBasis } from "../profile/profile-schema.ts";
import { joinLegalBasis, type Determination } from "./determination.ts";

export interface NorwegianTraining {
  right: boolean;
  duty: boolean;
  free: boolean;
}

type Result = Determination<"norwegianTraining", NorwegianTraining>;

const none = Object.freeze({ right: false, duty: false, free: false });
const rightAndDuty = Object.freeze({ right: true, duty: true, free: true });

/** § 27: refugees, their family, and family of Norwegian or Nordic citizens have "rett og plikt" (seed 001 Box 12.1–12.2). */
const rightAndDutyBases: ReadonlySet<ResidenceBasis> = new Set(["refugee", "family-of-refugee", "family-of-norwegian-or-nordic"]);
/** § 28: third-country labour migrants and their family have "kun plikt", and pay themselves (seed 001 Box 12.1). */
const dutyOnlyBases: ReadonlySet<ResidenceBasis> = new Set(["work-permit", "family-of-labour-migrant"]);

/** Rule `integreringsloven.opplaering-i-norsk`. */
export function determineNorwegianTraining(ctx: PlanContext): Result {
  const ages = ruleParameters.range("integration/norwegian-training-age", ctx.asOf);
  // "EØS-borgerne omfattes ikke av integreringsloven", nor their family (seed 001 Box 12.1–12.2).
  if (ctx.eeaBasis || ctx.nordicCitizen || ctx.eeaCitizen) return { value: none, reason: "notCoveredEea", legalBasis: ages.legalBasis };
  if (!inRange(ctx.age, ages.value)) return { value: none, reason: "outsideAge", values: ages.value, legalBasis: ages.legalBasis };

  if (ctx.basis === "asylum-seeker") {
    // § 5: "Asylsøkere i asylmottak som er over 18 år, har plikt til å delta" (seed 001 ch. 6.3.1). Living in reception is
    // voluntary and the profile does not say where the person lives, so the text states the duty for those who live there.
    const minAge = ruleParameters.number("integration/asylum-seeker-training-min-age", ctx.asOf);
    return ctx.age >= minAge.value
      ? { value: { right: false, duty: true, free: true }, reason: "asylumSeeker", values: { min: minAge.value }, legalBasis: minAge.legalBasis }
      : { value: none, reason: "outsideAge", values: ages.value, legalBasis: ages.legalBasis };
  }
  if (ctx.basis === "collective-protection") {
    // Ch. 6A while in force: "kun rett og ikke plikt til opplæring i norsk"; "Retten … gjelder i ett år fra oppstartstidspunktet"
    // (seed 001 ch. 3.3.2, lines 2834–2842); afterwards § 27 as for refugees.
    const temporary = ruleParameters.temporaryRule("integration/collective-protection-temporary-rules", ctx.asOf);
    return temporary
      ? { value: { right: true, duty: false, free: true }, reason: "collectiveProtection", legalBasis: joinLegalBasis(temporary.legalBasis, ages.legalBasis) }
      : { value: rightAndDuty, reason: "rightAndDuty", legalBasis: ages.legalBasis };
  }
  if (rightAndDutyBases.has(ctx.basis)) return { value: rightAndDuty, reason: "rightAndDuty", legalBasis: ages.legalBasis };
  if (dutyOnlyBases.has(ctx.basis)) {
    // § 26: only a permit that can lead to permanent residence counts; a stay under the registration threshold (e.g. seasonal work) cannot.
    const residentMonths = ruleParameters.number("identity/resident-registration-months", ctx.asOf);
    if (ctx.stayMonths !== undefined && ctx.stayMonths < residentMonths.value) {
      return { value: none, reason: "noRight", legalBasis: joinLegalBasis(ages.legalBasis, residentMonths.legalBasis) };
    }
    return { value: { right: false, duty: true, free: false }, reason: "dutyOnly", legalBasis: ages.legalBasis };
  }
  // Students: a study permit does not lead to permanent residence, so neither right nor duty (seed 002, "midlertidig oppholdstillatelse").
  return { value: none, reason: "noRight", legalBasis: ages.legalBasis };
}

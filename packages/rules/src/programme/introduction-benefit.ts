import { addYears } from "../dates/iso-date.ts";
import { joinLegalBasis } from "../determinations/determination.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import type { ProgrammeContext, ProgrammeFinding } from "./programme-context.ts";

export type BenefitFraction = "1" | "2/3" | "1/3";

export interface IntroductionBenefit {
  fraction: BenefitFraction;
  perYear: number;
  perMonth: number;
  /** The G the amounts use; `current` is false when `asOf` is past the year that G was set for and the next one is not reviewed. */
  basicAmount: { value: number; validFrom: string; current: boolean };
}

const fractions: Record<BenefitFraction, { numerator: number; denominator: number }> = {
  "1": { numerator: 1, denominator: 1 },
  "2/3": { numerator: 2, denominator: 3 },
  "1/3": { numerator: 1, denominator: 3 },
};

/** Rule `integreringsloven.introduksjonsstonad.beregning` (§ 20), in whole kroner. */
export function determineIntroductionBenefit(ctx: ProgrammeContext): ProgrammeFinding<"introductionBenefit", IntroductionBenefit> {
  const basicAmount = ruleParameters.datedNumber("social-security/basic-amount", ctx.asOf);
  const multiple = ruleParameters.number("integration/introduction-benefit-basic-amounts", ctx.asOf);
  const fullRateAge = ruleParameters.number("integration/introduction-benefit-full-rate-age", ctx.asOf);
  // § 20: "to ganger grunnbeløpet"; under 25 "2/3 stønad hvis de bor for seg selv, og 1/3 stønad hvis de bor med en eller begge foreldrene" (seed 001 Box 10.1).
  const fraction: BenefitFraction = ctx.age >= fullRateAge.value ? "1" : ctx.participant.livesWithParents === true ? "1/3" : "2/3";
  const { numerator, denominator } = fractions[fraction];
  const exactPerYear = (basicAmount.value * multiple.value * numerator) / denominator;
  const perYear = Math.round(exactPerYear);
  const perMonth = Math.round(exactPerYear / 12);
  // G is set for a year at a time from 1 May: past that year, the G in force is one these rules have not reviewed.
  const nextAdjustment = addYears(basicAmount.validFrom, 1);
  const current = ctx.asOf < nextAdjustment;
  return {
    value: { fraction, perYear, perMonth, basicAmount: { value: basicAmount.value, validFrom: basicAmount.validFrom, current } },
    reason: fraction === "1" ? "full" : fraction === "2/3" ? "youngAlone" : "youngWithParents",
    values: {
      age: fullRateAge.value,
      multiple: multiple.value,
      perYear: { kroner: perYear },
      perMonth: { kroner: perMonth },
      basicAmount: { kroner: basicAmount.value },
      validFrom: { date: basicAmount.validFrom },
      nextAdjustment: { date: nextAdjustment },
    },
    legalBasis: joinLegalBasis(multiple.legalBasis, basicAmount.legalBasis),
  };
}

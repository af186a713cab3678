import { ageOn } from "../dates/iso-date.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import { inRange, type PlanContext } from "../plan/plan-context.ts";
import { joinLegalBasis, type Determination } from "./determination.ts";

export interface ChildRights {
  schoolRight: boolean;
  upperSecondaryRight: boolean;
}

/** Rule `opplaeringslova.rett-til-opplaering` for each child, in the order given. */
export function determineChildren(ctx: PlanContext): Determination<"children", ChildRights[]> {
  const schoolAge = ruleParameters.range("education/school-age", ctx.asOf);
  const minimumStay = ruleParameters.number("education/school-minimum-stay-months", ctx.asOf);
  const upperAge = ruleParameters.range("education/upper-secondary-age", ctx.asOf);
  const asylumLimit = ruleParameters.number("education/upper-secondary-asylum-seeker-age-limit", ctx.asOf);
  const children = ctx.profile.children ?? [];
  const value = children.map((child): ChildRights => {
    const age = ageOn(child.birthDate, ctx.asOf);
    const stay = child.plannedStayMonths ?? ctx.stayMonths;
    // § 2-1: "sannsynleg at barnet skal opphalde seg i Noreg i meir enn tre månader".
    const staysLongEnough = stay === undefined || stay > minimumStay.value;
    // Young asylum seekers waiting for a decision keep the upper secondary right only while under 18.
    const asylumAllows = ctx.basis !== "asylum-seeker" || age < asylumLimit.value;
    return {
      schoolRight: staysLongEnough && inRange(age, schoolAge.value),
      upperSecondaryRight: staysLongEnough && asylumAllows && inRange(age, upperAge.value),
    };
  });
  return {
    value,
    reason: children.length === 0 ? "none" : "summary",
    values: {
      schoolMin: schoolAge.value.min,
      schoolMax: schoolAge.value.max,
      months: minimumStay.value,
      upperMin: upperAge.value.min,
      upperMax: upperAge.value.max,
    },
    legalBasis: joinLegalBasis(schoolAge.legalBasis, minimumStay.legalBasis, upperAge.legalBasis),
  };
}

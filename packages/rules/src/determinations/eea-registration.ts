import { arrivalDeadline } from "../dates/arrival-deadline.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import type { PlanContext } from "../plan/plan-context.ts";
import type { Determination } from "./determination.ts";

export interface EeaRegistration {
  required: boolean;
  deadline: string | null;
}

/** Rule `utlendingsloven.eos.registreringsplikt`. */
export function determineEeaRegistration(ctx: PlanContext): Determination<"eeaRegistration", EeaRegistration> {
  const threshold = ruleParameters.number("eea/registration-threshold-months", ctx.asOf);
  const notRequired = { required: false, deadline: null };
  if (ctx.nordicCitizen) return { value: notRequired, reason: "nordic", legalBasis: ruleParameters.set("eea/nordic-states", ctx.asOf).legalBasis };
  if (!ctx.eeaCitizen) {
    // Family members who are not EEA citizens apply for a residence card instead (utlendingsloven § 118).
    return { value: notRequired, reason: ctx.eeaBasis ? "familyNotEeaCitizen" : "notEea", legalBasis: threshold.legalBasis };
  }
  // An EEA citizen registers whatever the purpose of the stay (work, studies, family): seed 001 lines 640–643.
  // § 117: register when the stay is to last "mer enn tre måneder".
  if (ctx.stayMonths !== undefined && ctx.stayMonths <= threshold.value) {
    return { value: notRequired, reason: "shortStay", values: { months: threshold.value }, legalBasis: threshold.legalBasis };
  }
  const deadlineMonths = ruleParameters.number("eea/registration-deadline-months", ctx.asOf);
  // "innen tre måneder fra innreisedato" (seed 001 ch. 5.2).
  const deadline = arrivalDeadline(ctx.profile, { months: deadlineMonths.value });
  return {
    value: { required: true, deadline: deadline.dueBy },
    reason: "required",
    values: { months: threshold.value, deadline: deadline.value },
    legalBasis: deadlineMonths.legalBasis,
  };
}

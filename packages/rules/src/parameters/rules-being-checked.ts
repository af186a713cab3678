import type { RuleCheck } from "./rule-check.ts";
import { ruleParameters } from "./rule-parameters.ts";

export { type RuleCheck, type RuleCheckReason, type UnverifiedCheck } from "./rule-check.ts";

/**
 * Every parameter that on `date` is past its review horizon or kept in force past an end the law has
 * not confirmed: what `velkomst rules-status` prints and the national administrator sees. Information
 * only; plans keep working and say the rule is being checked.
 */
export function rulesBeingChecked(date: string): RuleCheck[] {
  return ruleParameters.checksOn(date);
}

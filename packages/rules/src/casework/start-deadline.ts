import { addMonths } from "../dates/iso-date.ts";
import { legalReferencesOf, type LegalReferenceLink } from "../plan/legal-references.ts";
import type { UnverifiedCheck } from "../parameters/rule-check.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";

export interface StartDeadline {
  /** The last day the programme may start. */
  deadline: string;
  months: number;
  legalBasis: readonly string[];
  legalReferences: readonly LegalReferenceLink[];
  /** The months' source is not yet confirmed by the law's own text when this is not empty: say so next to the deadline. */
  ruleChecks: readonly UnverifiedCheck[];
}

/**
 * Rule `integreringsloven.introduksjonsprogram.oppstart` (§ 12): "så snart som mulig og senest tre
 * måneder etter at personen ble bosatt i kommunen". The months are those in force on the settlement date.
 */
export function programmeStartDeadline(settlementDate: string): StartDeadline {
  const months = ruleParameters.number("integration/programme-start-deadline-months", settlementDate);
  return { deadline: addMonths(settlementDate, months.value), months: months.value, legalBasis: months.legalBasis, legalReferences: legalReferencesOf(months.legalBasis), ruleChecks: ruleParameters.unverifiedFor(months.legalBasis) };
}

import { lastDayOfPeriod } from "../dates/last-day-of-period.ts";
import { joinLegalBasis, type Determination, type MessageValues } from "../determinations/determination.ts";
import type { NorwegianTraining } from "../determinations/norwegian-training.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import type { ProgrammeContext, ProgrammeTexts } from "./programme-context.ts";

/** When a right to Norwegian training limited in time ends, and the sentence that says so. */
export interface RightEnds {
  rightEnds: string | null;
  /** The text added to the arrival plan's explanation, if any. */
  sentence?: { text: keyof ProgrammeTexts["norwegianTraining"]; values: MessageValues };
  legalBasis: readonly string[];
}

/**
 * Ch. 6A: "Retten til opplæring i norsk gjelder i ett år fra oppstartstidspunktet" (seed 001 ch. 3.3.2).
 * The start is the training's own start date, or the programme start; without either only the length is known.
 */
export function norwegianTrainingRightEnds(ctx: ProgrammeContext, training: Determination<"norwegianTraining", NorwegianTraining>): RightEnds {
  if (training.reason !== "collectiveProtection") return { rightEnds: null, legalBasis: training.legalBasis };
  const months = ruleParameters.number("integration/collective-protection-norwegian-right-months", ctx.asOf);
  const legalBasis = joinLegalBasis(training.legalBasis, months.legalBasis);
  const start = ctx.participant.norwegianTrainingStart ?? ctx.participant.programmeStart;
  if (start === undefined) return { rightEnds: null, sentence: { text: "rightEndsAfterStart", values: { months: months.value } }, legalBasis };
  const rightEnds = lastDayOfPeriod(start, months.value);
  return { rightEnds, sentence: { text: "rightEnds", values: { date: { date: rightEnds } } }, legalBasis };
}

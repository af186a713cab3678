import { lastDayOfPeriod } from "../dates/last-day-of-period.ts";
import type { Determination, MessageValues } from "../determinations/determination.ts";
import type { IntroductionProgramme } from "../determinations/introduction-programme.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import type { ProgrammeGoal } from "./participant-schema.ts";
import type { ProgrammeContext, ProgrammeFinding } from "./programme-context.ts";

export interface ProgrammeDuration {
  minMonths: number | null;
  maxMonths: number;
  extensionMonths: number;
  /** The last day in the programme at the longest ordinary frame (leave not counted); needs `programmeStart`. */
  standardEnd: string | null;
  /** The last day with the longest extension. */
  latestEnd: string | null;
}

type Frame = Pick<ProgrammeDuration, "minMonths" | "maxMonths" | "extensionMonths">;

function withEnds(ctx: ProgrammeContext, frame: Frame): ProgrammeDuration {
  const start = ctx.participant.programmeStart;
  if (start === undefined) return { ...frame, standardEnd: null, latestEnd: null };
  return { ...frame, standardEnd: lastDayOfPeriod(start, frame.maxMonths), latestEnd: lastDayOfPeriod(start, frame.maxMonths + frame.extensionMonths) };
}

function frameValues(frame: Frame): MessageValues {
  return frame.minMonths === null
    ? { max: frame.maxMonths, extension: frame.extensionMonths }
    : { min: frame.minMonths, max: frame.maxMonths, extension: frame.extensionMonths };
}

/**
 * Rule `integreringsloven.introduksjonsprogram.varighet` (§ 13 with upper secondary education, § 14
 * without; ch. 6A's short work-oriented programme for collective protection). `null` without a right.
 */
export function determineProgrammeDuration(
  ctx: ProgrammeContext,
  programme: Determination<"introductionProgramme", IntroductionProgramme>,
  goal: ProgrammeGoal,
): ProgrammeFinding<"programmeDuration", ProgrammeDuration | null> {
  if (!programme.value.right) return { value: null, reason: "noRight", legalBasis: programme.legalBasis };
  if (ctx.hasUpperSecondary) {
    // § 13: "mellom tre og seks måneder og kan forlenges med inntil seks måneder" (seed 001 Box 10.1).
    const months = ruleParameters.range("integration/programme-months-with-upper-secondary", ctx.asOf);
    const extension = ruleParameters.number("integration/programme-extension-months-with-upper-secondary", ctx.asOf);
    const frame = { minMonths: months.value.min, maxMonths: months.value.max, extensionMonths: extension.value };
    // Ch. 6A: "et kort arbeidsrettet introduksjonsprogram på tre til seks måneder" for those with upper secondary education (seed 001 ch. 3.3.2).
    const collective = programme.reason === "collectiveProtection";
    return {
      value: withEnds(ctx, frame),
      reason: collective ? "collectiveProtection" : "withUpperSecondary",
      values: frameValues(frame),
      legalBasis: collective ? programme.legalBasis : months.legalBasis,
    };
  }
  const extension = ruleParameters.number("integration/programme-extension-months-without-upper-secondary", ctx.asOf);
  if (goal === "upper-secondary") {
    // § 14: "kan programmet vare i inntil tre år og forlenges med inntil ett år" (seed 001 Box 10.1).
    const months = ruleParameters.number("integration/programme-months-goal-upper-secondary", ctx.asOf);
    const frame = { minMonths: null, maxMonths: months.value, extensionMonths: extension.value };
    return { value: withEnds(ctx, frame), reason: "goalUpperSecondary", values: frameValues(frame), legalBasis: months.legalBasis };
  }
  // § 14: "kan programmet vare i inntil to år og forlenges med inntil ett år" (seed 001 Box 10.1); part of upper secondary "mellom tre måneder og to år" (ch. 11.1).
  const months = ruleParameters.number("integration/programme-months-without-upper-secondary", ctx.asOf);
  if (goal === "upper-secondary-partial") {
    const minimum = ruleParameters.number("integration/programme-min-months-goal-upper-secondary-partial", ctx.asOf);
    const frame = { minMonths: minimum.value, maxMonths: months.value, extensionMonths: extension.value };
    return { value: withEnds(ctx, frame), reason: "goalUpperSecondaryPartial", values: frameValues(frame), legalBasis: months.legalBasis };
  }
  const frame = { minMonths: null, maxMonths: months.value, extensionMonths: extension.value };
  return { value: withEnds(ctx, frame), reason: "withoutUpperSecondary", values: frameValues(frame), legalBasis: months.legalBasis };
}

import { todayInNorway } from "../dates/today.ts";
import { describeFinding } from "../determinations/describe-finding.ts";
import { determineIntroductionProgramme } from "../determinations/introduction-programme.ts";
import { determineNorwegianTraining } from "../determinations/norwegian-training.ts";
import { resolveLanguage } from "../locales/languages.ts";
import { translators } from "../locales/translator.ts";
import type { EvaluateOptions } from "../plan/evaluate-plan.ts";
import { legalReferencesOf, type LegalReferenceLink } from "../plan/legal-references.ts";
import { rulesVersion } from "../rules-version.ts";
import { determineFullTime } from "./full-time.ts";
import { determineIntroductionBenefit } from "./introduction-benefit.ts";
import { norwegianTrainingRightEnds } from "./norwegian-training-right-ends.ts";
import { determineParentalGuidance } from "./parental-guidance.ts";
import type { Participant } from "./participant-schema.ts";
import { createProgrammeContext } from "./programme-context.ts";
import { determineProgrammeDuration } from "./programme-duration.ts";
import { determineProgrammeGoal } from "./programme-goal.ts";
import type { ProgrammeResult } from "./programme-schema.ts";
import { determineSocialStudies } from "./social-studies.ts";

/**
 * A participant's rights, duties, frames and amounts in the introduction programme and training
 * (shared/contracts/introduction-programme.md), for a valid participant (see `validateParticipant`).
 * Pure and deterministic; the right to the programme and to Norwegian training come from the same
 * rules as the arrival plan. Results share frozen lists with each other: treat them as read-only.
 */
export function evaluateProgramme(participant: Participant, options: EvaluateOptions = {}): ProgrammeResult {
  const asOf = participant.asOf ?? options.today ?? todayInNorway();
  const t = translators[resolveLanguage(participant.language)];
  const texts = t.messages.programme;
  const ctx = createProgrammeContext(participant, asOf);

  const programme = determineIntroductionProgramme(ctx.plan);
  const goal = determineProgrammeGoal(ctx, programme);
  const duration = determineProgrammeDuration(ctx, programme, goal.value.goal);
  const benefit = determineIntroductionBenefit(ctx);
  const training = determineNorwegianTraining(ctx.plan);
  const rightEnds = norwegianTrainingRightEnds(ctx, training);

  const described = describeFinding(texts.programmeDuration, duration, t);
  const start = participant.programmeStart;
  const ends = duration.value?.standardEnd && duration.value.latestEnd && start
    ? t.format(texts.programmeDuration.ends, { start: { date: start }, standardEnd: { date: duration.value.standardEnd }, latestEnd: { date: duration.value.latestEnd } })
    : duration.value
      ? texts.programmeDuration.noStart
      : undefined;

  const benefitDescribed = describeFinding(texts.introductionBenefit, benefit, t);
  const benefitNotes = [texts.introductionBenefit.basicAmount, ...(benefit.value.basicAmount.current ? [] : [texts.introductionBenefit.notReviewed])];

  const trainingDescribed = describeFinding(t.messages.determinations.norwegianTraining, training, t);
  const rightEndsSentence = rightEnds.sentence ? t.format(texts.norwegianTraining[rightEnds.sentence.text], rightEnds.sentence.values) : undefined;

  return {
    rulesVersion,
    asOf,
    language: t.language,
    determinations: {
      introductionProgramme: describeFinding(t.messages.determinations.introductionProgramme, programme, t),
      programmeGoal: describeFinding(texts.programmeGoal, goal, t),
      programmeDuration: ends ? { ...described, why: `${described.why} ${ends}` } : described,
      introductionBenefit: {
        ...benefitDescribed,
        why: [benefitDescribed.why, ...benefitNotes.map((note) => t.format(note, benefit.values))].join(" "),
      },
      parentalGuidance: describeFinding(texts.parentalGuidance, determineParentalGuidance(ctx, programme), t),
      fullTime: describeFinding(texts.fullTime, determineFullTime(ctx, programme), t),
      norwegianTraining: {
        ...trainingDescribed,
        value: { ...training.value, rightEnds: rightEnds.rightEnds },
        why: rightEndsSentence ? `${trainingDescribed.why} ${rightEndsSentence}` : trainingDescribed.why,
        legalBasis: rightEnds.legalBasis as string[],
        legalReferences: legalReferencesOf(rightEnds.legalBasis) as LegalReferenceLink[],
      },
      socialStudies: describeFinding(texts.socialStudies, determineSocialStudies(ctx, training), t),
    },
  };
}

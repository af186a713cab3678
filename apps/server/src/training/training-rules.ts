import type { Language } from "@velkomst/i18n";
import { evaluateProgramme, validateParticipant, type ProgrammeResult } from "@velkomst/rules";
import type { Learner } from "./training-repository.ts";

export type TrainingRules = Pick<ProgrammeResult["determinations"], "norwegianTraining" | "socialStudies">;

/**
 * Right, duty, whether it is free, and the social-studies hours and deadline, as `evaluateProgramme`
 * gives them on `asOf`, explained in `lang`; undefined when the rules cannot place the learner.
 */
export function trainingRulesFor(learner: Pick<Learner, "birthDate" | "residenceBasis" | "arrivalDate" | "education">, asOf: string, lang: Language): TrainingRules | undefined {
  const participant = validateParticipant({ asOf, language: lang, birthDate: learner.birthDate, residenceBasis: learner.residenceBasis, arrivalDate: learner.arrivalDate, education: learner.education });
  if (!participant.ok) return undefined;
  const { norwegianTraining, socialStudies } = evaluateProgramme(participant.value).determinations;
  return { norwegianTraining, socialStudies };
}

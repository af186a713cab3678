import { todayInNorway } from "../dates/today.ts";
import { determineChildren } from "../determinations/children.ts";
import type { Determination, DeterminationId } from "../determinations/determination.ts";
import { determineEeaRegistration } from "../determinations/eea-registration.ts";
import { determineIdNumberType } from "../determinations/id-number-type.ts";
import { determineIntroductionProgramme } from "../determinations/introduction-programme.ts";
import { determineLocalVote } from "../determinations/local-vote.ts";
import { determineNorwegianTraining } from "../determinations/norwegian-training.ts";
import { determineRegularGp } from "../determinations/regular-gp.ts";
import { resolveLanguage } from "../locales/languages.ts";
import { translators, type Translator } from "../locales/translator.ts";
import type { Profile } from "../profile/profile-schema.ts";
import { rulesVersion } from "../rules-version.ts";
import { stepCatalogue, type StepId } from "../steps/step-catalogue.ts";
import { stepRules, type Determinations } from "../steps/step-rules.ts";
import { createPlanContext } from "./plan-context.ts";
import type { Plan, PlanStep } from "./plan-schema.ts";

export interface EvaluateOptions {
  /** The date `asOf` defaults to when the profile has none; tests inject it. */
  today?: string;
}

const catalogueLegalBasis = new Map(stepCatalogue.map((step) => [step.id, step.legalBasis.map((r) => r.title)]));

function describe<Id extends DeterminationId, V>(id: Id, determination: Determination<Id, V>, t: Translator) {
  const texts = t.messages.determinations[id] as Record<string, string>;
  return {
    title: texts.title!,
    value: determination.value,
    why: t.format(texts[determination.reason as string]!, determination.values),
    legalBasis: [...determination.legalBasis],
  };
}

/**
 * The personal arrival plan for a valid profile (see `validateProfile`). Pure and deterministic:
 * the same profile and `asOf` always give the same plan, and nothing is read from disk here.
 */
export function evaluatePlan(profile: Profile, options: EvaluateOptions = {}): Plan {
  const asOf = profile.asOf ?? options.today ?? todayInNorway();
  const t = translators[resolveLanguage(profile.language)];
  const ctx = createPlanContext(profile, asOf);

  const idNumberType = determineIdNumberType(ctx);
  const d: Determinations = {
    idNumberType,
    eeaRegistration: determineEeaRegistration(ctx),
    norwegianTraining: determineNorwegianTraining(ctx),
    introductionProgramme: determineIntroductionProgramme(ctx),
    regularGp: determineRegularGp(ctx, idNumberType.value),
    localVote: determineLocalVote(ctx, idNumberType.value),
    children: determineChildren(ctx),
  };
  const determinations = {
    idNumberType: describe("idNumberType", d.idNumberType, t),
    eeaRegistration: describe("eeaRegistration", d.eeaRegistration, t),
    norwegianTraining: describe("norwegianTraining", d.norwegianTraining, t),
    introductionProgramme: describe("introductionProgramme", d.introductionProgramme, t),
    regularGp: describe("regularGp", d.regularGp, t),
    localVote: describe("localVote", d.localVote, t),
    children: describe("children", d.children, t),
  };

  // The catalogue is already in a followable order, so keeping it and dropping what does not apply keeps `after` pointing back.
  const included = new Set<StepId>();
  const steps: PlanStep[] = [];
  for (const entry of stepCatalogue) {
    const decision = stepRules[entry.id](ctx, d);
    if (!decision) continue;
    included.add(entry.id);
    const texts = t.messages.steps[entry.id];
    const action = t.format(texts.why, decision.values);
    steps.push({
      id: entry.id,
      title: texts.title,
      kind: decision.kind,
      dueBy: decision.dueBy,
      after: entry.after.filter((id) => included.has(id)),
      why: decision.explainedBy ? `${determinations[decision.explainedBy].why} ${action}` : action,
      legalBasis: decision.explainedBy ? [...new Set([...catalogueLegalBasis.get(entry.id)!, ...determinations[decision.explainedBy].legalBasis])] : [...catalogueLegalBasis.get(entry.id)!],
      links: entry.links.map((link) => ({ title: link.title, url: link.url })),
      documents: [...texts.documents],
    });
  }
  return { rulesVersion, asOf, language: t.language, determinations, steps };
}

import { todayInNorway } from "../dates/today.ts";
import { determineChildren } from "../determinations/children.ts";
import { describeFinding } from "../determinations/describe-finding.ts";
import { joinLegalBasis, legalBasisParts, type Determination, type DeterminationId } from "../determinations/determination.ts";
import { determineEeaRegistration } from "../determinations/eea-registration.ts";
import { determineIdNumberType } from "../determinations/id-number-type.ts";
import { determineIntroductionProgramme } from "../determinations/introduction-programme.ts";
import { determineLocalVote } from "../determinations/local-vote.ts";
import { determineNorwegianTraining } from "../determinations/norwegian-training.ts";
import { determineRegularGp } from "../determinations/regular-gp.ts";
import { resolveLanguage } from "../locales/languages.ts";
import type { RuleCheck } from "../parameters/rule-check.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import { translators, type Translator } from "../locales/translator.ts";
import type { Profile } from "../profile/profile-schema.ts";
import { rulesVersion } from "../rules-version.ts";
import { stepCatalogue, type StepId } from "../steps/step-catalogue.ts";
import { stepRules, type Determinations } from "../steps/step-rules.ts";
import { legalReferencesOf, type LegalReferenceLink } from "./legal-references.ts";
import { createPlanContext } from "./plan-context.ts";
import { orderByDeadline } from "./order-steps.ts";
import type { Plan, PlanRuleCheck, PlanStep } from "./plan-schema.ts";

export interface EvaluateOptions {
  /** The date `asOf` defaults to when the profile has none; tests inject it. */
  today?: string;
}

/**
 * What every plan shares, built once: legal bases, links and document lists never change after
 * loading, so plans reference the same frozen arrays instead of copying them (plans are read-only).
 */
const sharedSteps = stepCatalogue.map((entry) => ({
  entry,
  legalBasis: Object.freeze(entry.legalBasis.map((r) => r.title)),
  links: Object.freeze(entry.links.map((link) => Object.freeze({ title: link.title, url: link.url }))),
}));
const noSteps: readonly StepId[] = Object.freeze([]);

/** Per translator, the sentence and the plan entry of each check, made once: checks are shared and frozen, plans are read-only. */
const describedChecks = new WeakMap<Translator, WeakMap<RuleCheck, { sentence: string; entry: PlanRuleCheck }>>();

function describeCheck(check: RuleCheck, t: Translator) {
  let byCheck = describedChecks.get(t);
  if (!byCheck) describedChecks.set(t, (byCheck = new WeakMap()));
  let described = byCheck.get(check);
  if (!described) {
    const values = { date: { date: check.since }, lastReviewed: { date: check.lastReviewed }, source: { text: check.source.title } };
    described = {
      sentence: t.format(t.messages.ruleChecks[check.reason], values),
      entry: Object.freeze({ reason: check.reason, since: check.since, source: Object.freeze({ text: check.source.title, href: check.source.href }) }),
    };
    byCheck.set(check, described);
  }
  return described;
}

/** The values behind a determination that are being checked on `asOf`, and the sentences that say so. */
function ruleChecksOf(legalBasis: readonly string[], asOf: string, t: Translator): { ruleChecks?: PlanRuleCheck[]; sentences: string } {
  const checks = ruleParameters.checksFor(legalBasisParts(legalBasis), asOf);
  if (checks.length === 0) return { sentences: "" };
  const described = checks.map((check) => describeCheck(check, t));
  return { ruleChecks: described.map((d) => d.entry), sentences: ` ${described.map((d) => d.sentence).join(" ")}` };
}

function describe<Id extends DeterminationId, V>(id: Id, determination: Determination<Id, V>, t: Translator, asOf: string) {
  const { ruleChecks, sentences } = ruleChecksOf(determination.legalBasis, asOf, t);
  const described = describeFinding(t.messages.determinations[id], determination, t);
  return { ...described, why: described.why + sentences, ...(ruleChecks && { ruleChecks }) };
}

/**
 * The personal arrival plan for a valid profile (see `validateProfile`). Pure and deterministic:
 * the same profile and `asOf` always give the same plan, and nothing is read from disk here.
 * Plans share frozen lists (legal bases, links, documents) with each other: treat a plan as read-only.
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
    idNumberType: describe("idNumberType", d.idNumberType, t, asOf),
    eeaRegistration: describe("eeaRegistration", d.eeaRegistration, t, asOf),
    norwegianTraining: describe("norwegianTraining", d.norwegianTraining, t, asOf),
    introductionProgramme: describe("introductionProgramme", d.introductionProgramme, t, asOf),
    regularGp: describe("regularGp", d.regularGp, t, asOf),
    localVote: describe("localVote", d.localVote, t, asOf),
    children: describe("children", d.children, t, asOf),
  };

  // The catalogue is already in a followable order, so keeping it and dropping what does not apply keeps `after` pointing back.
  const included = new Set<StepId>();
  const steps: PlanStep[] = [];
  for (const { entry, legalBasis, links } of sharedSteps) {
    const decision = stepRules[entry.id](ctx, d);
    if (!decision) continue;
    included.add(entry.id);
    const texts = t.messages.steps[entry.id];
    const action = t.format(texts.why, decision.values);
    const stepBasis = decision.explainedBy ? joinLegalBasis(legalBasis, d[decision.explainedBy].legalBasis) : legalBasis;
    steps.push({
      id: entry.id,
      title: texts.title,
      kind: decision.kind,
      dueBy: decision.dueBy,
      ...(decision.dueAfterArrival ? { dueAfterArrival: decision.dueAfterArrival } : {}),
      after: entry.after.length === 0 ? (noSteps as StepId[]) : entry.after.filter((id) => included.has(id)),
      why: decision.explainedBy ? `${determinations[decision.explainedBy].why} ${action}` : action,
      legalBasis: stepBasis as string[],
      legalReferences: legalReferencesOf(stepBasis) as LegalReferenceLink[],
      ...(decision.explainedBy && determinations[decision.explainedBy].ruleChecks && { ruleChecks: determinations[decision.explainedBy].ruleChecks }),
      links: links as PlanStep["links"],
      documents: texts.documents,
    });
  }
  return { rulesVersion, asOf, language: t.language, determinations, steps: orderByDeadline(steps) };
}

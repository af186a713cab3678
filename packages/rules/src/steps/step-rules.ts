import { ageOn } from "../dates/iso-date.ts";
import { arrivalDeadline, type ArrivalDeadline, type ArrivalSpan } from "../dates/arrival-deadline.ts";
import type { ChildRights } from "../determinations/children.ts";
import type { Determination, MessageValues } from "../determinations/determination.ts";
import type { EeaRegistration } from "../determinations/eea-registration.ts";
import type { IdNumberType } from "../determinations/id-number-type.ts";
import type { IntroductionProgramme } from "../determinations/introduction-programme.ts";
import type { NorwegianTraining } from "../determinations/norwegian-training.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import { inRange, type PlanContext } from "../plan/plan-context.ts";
import type { ResidenceBasis } from "../profile/profile-schema.ts";
import type { StepId } from "./step-catalogue.ts";

export type StepKind = "duty" | "right" | "advice";

export interface Determinations {
  idNumberType: Determination<"idNumberType", IdNumberType>;
  eeaRegistration: Determination<"eeaRegistration", EeaRegistration>;
  norwegianTraining: Determination<"norwegianTraining", NorwegianTraining>;
  introductionProgramme: Determination<"introductionProgramme", IntroductionProgramme>;
  regularGp: Determination<"regularGp", { eligible: boolean }>;
  localVote: Determination<"localVote", { eligibleFrom: string | null }>;
  children: Determination<"children", ChildRights[]>;
}

/** Why a step applies: its kind, deadline, the values its text needs, and a determination whose explanation leads the text. */
export interface StepDecision {
  kind: StepKind;
  dueBy: string | null;
  /** When only the month of arrival is known: the deadline as a time after arrival (see `arrivalDeadline`). */
  dueAfterArrival?: ArrivalSpan;
  values?: MessageValues;
  explainedBy?: keyof Determinations;
}

type StepRule = (ctx: PlanContext, d: Determinations) => StepDecision | undefined;

/** Third-country residence bases that apply to UDI before living and working in Norway (refugees already hold a permit). */
const permitBases: ReadonlySet<ResidenceBasis> = new Set(["work-permit", "family-of-labour-migrant", "family-of-norwegian-or-nordic", "student"]);

const advice: StepDecision = { kind: "advice", dueBy: null };
const right: StepDecision = { kind: "right", dueBy: null };
const duty: StepDecision = { kind: "duty", dueBy: null };
const notAsylumSeeker = (ctx: PlanContext) => ctx.basis !== "asylum-seeker";
/** EEA and Nordic citizens register themselves with the Tax Administration; others are registered through UDI (seed 001 ch. 5.2). */
const registersAtTaxOffice = (ctx: PlanContext) => ctx.nordicCitizen || ctx.eeaCitizen;

const spanOf = (deadline: ArrivalDeadline) => (deadline.dueAfterArrival ? { dueAfterArrival: deadline.dueAfterArrival } : {});

export const stepRules: Record<StepId, StepRule> = {
  "welcome-meeting": () => advice,
  // Nordic and EEA citizens need no permit whatever the purpose of the stay; a non-EEA family member of an EEA citizen needs a residence card.
  "apply-residence-permit": (ctx) => (ctx.route === "permit" && (permitBases.has(ctx.basis) || ctx.eeaBasis) ? duty : undefined),
  "eea-registration": (ctx, d) => {
    if (!d.eeaRegistration.value.required) return undefined;
    const deadline = arrivalDeadline(ctx.profile, { months: ruleParameters.number("eea/registration-deadline-months", ctx.asOf).value });
    return { kind: "duty", dueBy: deadline.dueBy, ...spanOf(deadline), values: d.eeaRegistration.values };
  },
  "report-move": (ctx, d) => {
    if (!registersAtTaxOffice(ctx) || d.idNumberType.value !== "fodselsnummer") return undefined;
    const months = ruleParameters.number("identity/resident-registration-months", ctx.asOf).value;
    const days = ruleParameters.number("identity/move-report-deadline-days", ctx.asOf).value;
    const deadline = arrivalDeadline(ctx.profile, { days });
    return { kind: "duty", dueBy: deadline.dueBy, ...spanOf(deadline), values: { months, deadline: deadline.value } };
  },
  "id-check-tax-office": (ctx) => (registersAtTaxOffice(ctx) ? duty : undefined),
  "national-insurance-health": () => right,
  "tax-deduction-card": (ctx) => (notAsylumSeeker(ctx) ? duty : undefined),
  "bank-account": (ctx) => (notAsylumSeeker(ctx) ? advice : undefined),
  "electronic-id": (ctx) => (notAsylumSeeker(ctx) ? advice : undefined),
  "regular-gp": (_, d) => (d.regularGp.value.eligible ? { kind: "right", dueBy: null, explainedBy: "regularGp" } : undefined),
  housing: (ctx) => (notAsylumSeeker(ctx) ? advice : undefined),
  "introduction-programme": (_, d) => {
    const { right: hasRight, duty: hasDuty } = d.introductionProgramme.value;
    return hasRight ? { kind: hasDuty ? "duty" : "right", dueBy: null, explainedBy: "introductionProgramme" } : undefined;
  },
  "norwegian-training": (ctx, d) => {
    const { right: hasRight, duty: hasDuty } = d.norwegianTraining.value;
    if (hasDuty || hasRight) return { kind: hasDuty ? "duty" : "right", dueBy: null, explainedBy: "norwegianTraining" };
    // Everyone of adult age is pointed to courses and language cafés (seed 000 §4.5).
    const ages = ruleParameters.range("integration/norwegian-training-age", ctx.asOf).value;
    return ctx.age >= ages.min ? { kind: "advice", dueBy: null, explainedBy: "norwegianTraining" } : undefined;
  },
  "school-enrolment": (ctx, d) => {
    if (!d.children.value.some((child) => child.schoolRight)) return undefined;
    const ages = ruleParameters.range("education/school-age", ctx.asOf).value;
    const months = ruleParameters.number("education/school-minimum-stay-months", ctx.asOf).value;
    return { kind: "duty", dueBy: null, values: { min: ages.min, max: ages.max, months } };
  },
  kindergarten: (ctx, d) => {
    // The right to a place follows residence in the municipality, so only for families registered as resident.
    if (d.idNumberType.value !== "fodselsnummer") return undefined;
    const ages = ruleParameters.range("education/kindergarten-age", ctx.asOf).value;
    const hasPreschoolChild = (ctx.profile.children ?? []).some((child) => ageOn(child.birthDate, ctx.asOf) <= ages.max);
    return hasPreschoolChild ? { kind: "right", dueBy: null, values: { min: ages.min } } : undefined;
  },
  "upper-secondary-application": (ctx, d) => {
    const ages = ruleParameters.range("education/upper-secondary-age", ctx.asOf).value;
    // The person themself qualifies when young and done with primary school only.
    const selfQualifies = ctx.profile.education === "primary" && inRange(ctx.age, ages) && notAsylumSeeker(ctx);
    return selfQualifies || d.children.value.some((child) => child.upperSecondaryRight)
      ? { kind: "right", dueBy: null, values: { min: ages.min, max: ages.max } }
      : undefined;
  },
  "recognition-of-qualifications": (ctx) =>
    notAsylumSeeker(ctx) && (ctx.profile.education === "higher" || ctx.profile.education === "upper-secondary") ? advice : undefined,
  "career-guidance": (ctx) => {
    const minAge = ruleParameters.number("guidance/career-guidance-min-age", ctx.asOf).value;
    return ctx.age >= minAge ? { kind: "right", dueBy: null, values: { min: minAge } } : undefined;
  },
  "union-and-work-rights": (ctx) => (notAsylumSeeker(ctx) ? advice : undefined),
};

import type { ReaderPage } from "../content/content-reader.ts";
import { directoryPaths } from "../directory/directory-paths.ts";
import type { DirectoryService } from "../directory/service-model.ts";
import { contentPaths } from "../content/content-paths.ts";
import { Button, Details, Field, Heading, Input, Label, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Plan, PlanRuleCheck, PlanStep, Profile } from "@velkomst/rules";
import type { Language } from "@velkomst/i18n";
import { newcomerPaths } from "../newcomers/newcomer-paths.ts";
import { newcomerTexts } from "../newcomers/newcomer-texts.ts";
import { SavePlanPanel, type SaveState } from "../newcomers/save-plan-panel.tsx";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { usePage } from "../web/page-context.tsx";
import { answersQuery, planPaths } from "./plan-paths.ts";
import { deadlineOf, formatDate } from "./plan-dates.ts";
import { planTexts, type PlanTranslator } from "./plan-texts.ts";
import { navigatorFromPlan } from "../recognition/recognition-paths.ts";
import { recognitionTexts } from "../recognition/recognition-texts.ts";

/**
 * A step's legal basis with a link to each provision. Plans from the rules carry `legalReferences`;
 * one without (an older stored plan, another implementation of the contract) keeps its plain titles.
 */
export function legalReferencesOf(step: Pick<PlanStep, "legalBasis" | "legalReferences">): ReadonlyArray<{ text: string; href?: string }> {
  return step.legalReferences ?? step.legalBasis.map((text) => ({ text }));
}

type Determinations = Plan["determinations"];

/** "You must register by …": by a date, or within months of arriving when only the month of arrival is known. */
function eeaVerdict(deadline: string | null, step: PlanStep | undefined, p: PlanTranslator, lang: Language): string {
  const span = step?.dueAfterArrival;
  if (span && "months" in span) return p("values.eeaRequiredAfterArrival", { count: span.months });
  return deadline ? p("values.eeaRequired", { date: formatDate(deadline, lang) }) : p("values.eeaRequiredNoDeadline");
}

/** One short sentence per determination saying what it means for this person. */
export function verdicts(plan: Plan, p: PlanTranslator, lang: Language): Record<Exclude<keyof Determinations, "children">, string> {
  const d = plan.determinations;
  const training = d.norwegianTraining.value;
  const trainingText = training.right && training.duty ? p("values.trainingRightDuty") : training.right ? p("values.trainingRight") : training.duty ? p("values.trainingDuty") : p("values.trainingNone");
  const intro = d.introductionProgramme.value;
  const eea = d.eeaRegistration.value;
  return {
    idNumberType: d.idNumberType.value === "d-number" ? p("values.dNumber") : p("values.fodselsnummer"),
    eeaRegistration: !eea.required ? p("values.eeaNotRequired") : eeaVerdict(eea.deadline, plan.steps.find((step) => step.id === "eea-registration"), p, lang),
    norwegianTraining: (training.right || training.duty) && training.free ? `${trainingText} ${p("values.trainingFree")}` : trainingText,
    introductionProgramme: intro.right && intro.duty ? p("values.introRightDuty") : intro.right ? p("values.introRight") : p("values.introNone"),
    regularGp: d.regularGp.value.eligible ? p("values.gpYes") : p("values.gpNo"),
    localVote: d.localVote.value.eligibleFrom ? p("values.voteFrom", { date: formatDate(d.localVote.value.eligibleFrom, lang) }) : p("values.voteNo"),
  };
}

export const determinationOrder = ["idNumberType", "eeaRegistration", "norwegianTraining", "introductionProgramme", "regularGp", "localVote"] as const;

/** Whether a determination gives the person something to do or claim; those that do not are folded away. */
export function applies(plan: Plan, id: (typeof determinationOrder)[number]): boolean {
  const d = plan.determinations;
  switch (id) {
    case "idNumberType":
      return true;
    case "eeaRegistration":
      return d.eeaRegistration.value.required;
    case "norwegianTraining":
      return d.norwegianTraining.value.right || d.norwegianTraining.value.duty;
    case "introductionProgramme":
      return d.introductionProgramme.value.right;
    case "regularGp":
      return d.regularGp.value.eligible;
    case "localVote":
      return d.localVote.value.eligibleFrom !== null;
  }
}

function Right({ id, plan, text, p }: { id: (typeof determinationOrder)[number]; plan: Plan; text: string; p: PlanTranslator }) {
  const determination = plan.determinations[id];
  return (
    <li className="plan-right" id={`right-${id}`}>
      <Heading level={3} data-size="xs">
        {determination.title}
      </Heading>
      <Paragraph className="plan-verdict">{text}</Paragraph>
      <Paragraph data-size="sm">{determination.why}</Paragraph>
      <RuleCheckSources checks={determination.ruleChecks} p={p} />
    </li>
  );
}

/** The provisions a rule being checked rests on, as links: the `why` above says it is being checked. */
function RuleCheckSources({ checks, p }: { checks: PlanRuleCheck[] | undefined; p: PlanTranslator }) {
  if (!checks) return null;
  return (
    <Paragraph data-size="sm" className="plan-rule-check">
      {p("result.ruleCheckSource")}{" "}
      {checks.map((check, index) => (
        <span key={check.source.href}>
          {index > 0 && ", "}
          <Link href={check.source.href} lang="nb" dir="auto">
            {check.source.text}
          </Link>
        </span>
      ))}
    </Paragraph>
  );
}

function RightsSummary({ plan, profile, p }: { plan: Plan; profile: Profile; p: PlanTranslator }) {
  const { lang } = usePage();
  const d = plan.determinations;
  const texts = verdicts(plan, p, lang);
  const notApplying = determinationOrder.filter((id) => !applies(plan, id));
  return (
    <section aria-labelledby="plan-rights-heading" className="stack">
      <Heading level={2} data-size="md" id="plan-rights-heading">
        {p("result.rightsHeading")}
      </Heading>
      <ul className="plan-rights">
        {determinationOrder
          .filter((id) => applies(plan, id))
          .map((id) => (
            <Right key={id} id={id} plan={plan} text={texts[id]} p={p} />
          ))}
        {profile.children && profile.children.length > 0 && (
          <li className="plan-right" id="right-children">
            <Heading level={3} data-size="xs">
              {d.children.title}
            </Heading>
            <ul className="plan-children-rights">
              {d.children.value.map((child, index) => (
                <li key={index}>
                  <strong>{p("values.child", { number: index + 1, year: profile.children![index]!.birthDate.slice(0, 4) })}: </strong>
                  {[child.schoolRight && p("values.childSchool"), child.upperSecondaryRight && p("values.childUpperSecondary")].filter(Boolean).join(" ") ||
                    p("values.childNone")}
                </li>
              ))}
            </ul>
            <Paragraph data-size="sm">{d.children.why}</Paragraph>
          </li>
        )}
      </ul>
      {notApplying.length > 0 && (
        <Details className="plan-not-applying">
          <Details.Summary>{p("result.notApplying", { count: notApplying.length })}</Details.Summary>
          <Details.Content>
            <ul className="plan-rights">
              {notApplying.map((id) => (
                <Right key={id} id={id} plan={plan} text={texts[id]} p={p} />
              ))}
            </ul>
          </Details.Content>
        </Details>
      )}
    </section>
  );
}

/** What the chosen municipality offers for each step: its information pages (local or national) and its services. */
export interface LocalHelp {
  municipality: string;
  pages: ReadonlyMap<string, readonly ReaderPage[]>;
  services: ReadonlyMap<string, readonly DirectoryService[]>;
}

function Step({ step, p, local, done, navigator }: { step: PlanStep; p: PlanTranslator; local: LocalHelp | undefined; done: boolean; navigator?: string }) {
  const { lang } = usePage();
  const headingId = `step-${step.id}`;
  const explainers = local?.pages.get(step.id) ?? [];
  const services = local?.services.get(step.id) ?? [];
  return (
    <li className="plan-step" aria-labelledby={headingId}>
      <Heading level={3} data-size="sm" id={headingId}>
        {step.title}
      </Heading>
      <Paragraph data-size="sm" className="plan-step-meta">
        <span className={`plan-kind plan-kind-${step.kind}`}>{p(`result.kind.${step.kind}`)}</span>{" "}
        {step.dueAfterArrival ? (
          <span>
            {p("result.deadline")} {deadlineOf(step, lang)}
          </span>
        ) : step.dueBy ? (
          <span>
            {p("result.deadline")} <time dateTime={step.dueBy}>{formatDate(step.dueBy, lang)}</time>
          </span>
        ) : (
          <span>{p("result.noDeadline")}</span>
        )}
      </Paragraph>
      <Field className="plan-step-done">
        <Input type="checkbox" id={`done-${step.id}`} name="ferdig" value={step.id} aria-describedby={headingId} defaultChecked={done} />
        <Label htmlFor={`done-${step.id}`} weight="regular">
          {p("result.done")}
        </Label>
      </Field>
      <Details>
        <Details.Summary>{p("result.more")}</Details.Summary>
        <Details.Content className="plan-step-details">
          <Heading level={4} data-size="2xs">
            {p("result.why")}
          </Heading>
          <Paragraph>{step.why}</Paragraph>
          {step.documents.length > 0 && (
            <>
              <Heading level={4} data-size="2xs">
                {p("result.documents")}
              </Heading>
              <ul>
                {step.documents.map((document) => (
                  <li key={document}>{document}</li>
                ))}
              </ul>
            </>
          )}
          {services.length > 0 && local && (
            <>
              <Heading level={4} data-size="2xs">
                {p("result.whereToGo")}
              </Heading>
              <ul>
                {services.map((service) => (
                  <li key={service.id}>
                    <Link href={directoryPaths.service(lang, local.municipality, service.id)}>{service.name}</Link>
                    {service.streetAddress && <span className="plan-service-address">{`, ${service.streetAddress}`}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {explainers.length > 0 && local && (
            <>
              <Heading level={4} data-size="2xs">
                {p("result.readMore")}
              </Heading>
              <ul>
                {explainers.map((page) => (
                  <li key={page.slug}>
                    <Link href={contentPaths.page(lang, local.municipality, page.slug)}>{page.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {step.links.length > 0 && (
            <>
              <Heading level={4} data-size="2xs">
                {p("result.links")}
              </Heading>
              <ul>
                {navigator && (
                  <li>
                    <Link href={navigator}>{recognitionTexts(lang)("planLink")}</Link>
                  </li>
                )}
                {step.links.map((link) => (
                  <li key={link.url}>
                    <Link href={link.url}>{link.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          <Heading level={4} data-size="2xs">
            {p("result.legalBasis")}
          </Heading>
          <ul>
            {legalReferencesOf(step).map((reference) => (
              <li key={reference.text}>
                {/* Norwegian law titles in every language; "auto" keeps one whole inside an Arabic page. */}
                {reference.href ? (
                  <Link href={reference.href} lang="nb" dir="auto">
                    {reference.text}
                  </Link>
                ) : (
                  <span lang="nb" dir="auto">
                    {reference.text}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </Details.Content>
      </Details>
    </li>
  );
}

/**
 * The personal plan. The steps come first (on a phone they are what the reader came for), then the
 * rights and duties with those that do not apply folded away, then the links and the offer to save.
 */
export function PlanResultPage({ plan, profile, answers, saveState, local }: { plan: Plan; profile: Profile; answers: Record<string, string>; saveState: SaveState; local?: LocalHelp }) {
  const { lang } = usePage();
  const p = planTexts(lang);
  const n = newcomerTexts(lang);
  const query = answersQuery(answers);
  const saved = saveState.kind === "this-saved";
  const done = saved ? saveState.done : new Set<string>();
  const doneCount = plan.steps.filter((step) => done.has(step.id)).length;
  const steps = (
    <ol className="plan-steps">
      {plan.steps.map((step) => (
        <Step key={step.id} step={step} p={p} local={local} done={done.has(step.id)} {...(step.id === "recognition-of-qualifications" ? { navigator: navigatorFromPlan(lang, profile) } : {})} />
      ))}
    </ol>
  );
  return (
    <div className="stack plan-result">
      <Heading level={1} data-size="lg">
        {p("result.title")}
      </Heading>
      {saved && <SavePlanPanel state={saveState} answers={answers} />}
      <Paragraph>{p("result.lead", { date: formatDate(plan.asOf, lang) })}</Paragraph>

      <section aria-labelledby="plan-steps-heading" className="stack">
        <Heading level={2} data-size="md" id="plan-steps-heading">
          {p("result.stepsHeading")}
        </Heading>
        {plan.steps.length === 0 ? (
          <Paragraph>{p("result.noSteps")}</Paragraph>
        ) : (
          <>
            <Paragraph>{p("result.stepsLead")}</Paragraph>
            <Paragraph className="plan-progress-count plan-no-print" id="plan-progress-count" aria-live="polite" data-template={p("result.progressCount", { done: "{done}", total: plan.steps.length })}>
              {p("result.progressCount", { done: doneCount, total: plan.steps.length })}
            </Paragraph>
            {saved ? (
              // Saved plans keep their ticks on the server: a plain form without script, sent at once with it.
              <form method="post" action={newcomerPaths.progress(lang)} id="plan-progress-form" className="stack">
                <CsrfField />
                {steps}
                <div className="plan-no-print">
                  <Button type="submit" variant="secondary">
                    {n("save.saveProgress")}
                  </Button>
                </div>
              </form>
            ) : (
              <>
                {steps}
                <Paragraph data-size="sm" className="field-hint plan-no-print">
                  {p("result.ticksOnDevice")}
                </Paragraph>
              </>
            )}
          </>
        )}
      </section>

      <RightsSummary plan={plan} profile={profile} p={p} />

      <ul className="plan-actions plan-no-print">
        <li>
          <Link href={`${planPaths.allQuestions(lang)}${query}`}>{p("result.changeAnswers")}</Link>
        </li>
        {plan.steps.some((step) => step.dueBy) && (
          <li>
            <Link href={`${planPaths.calendar(lang)}${query}`} download="min-plan.ics" type="text/calendar">
              {p("result.calendar")}
            </Link>
          </li>
        )}
        <li>
          <Link href={`${planPaths.pdf(lang)}${query}`} download="min-plan.pdf" type="application/pdf">
            {p("pdf.download")}
          </Link>
        </li>
        <li>
          <Link href={`${planPaths.result(lang)}${query}`} aria-describedby="plan-share-hint">
            {p("result.shareLink")}
          </Link>
          <Paragraph data-size="sm" id="plan-share-hint" className="field-hint">
            {p("result.shareHint")}
          </Paragraph>
        </li>
        <li>
          <Paragraph data-size="sm">{p("result.print")}</Paragraph>
        </li>
      </ul>

      {!saved && <SavePlanPanel state={saveState} answers={answers} />}
    </div>
  );
}

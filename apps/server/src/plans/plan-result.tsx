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
import { planTexts, type PlanTranslator } from "./plan-texts.ts";

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** A date `YYYY-MM-DD` as the reader writes dates ("1. juni 2025", "1 червня 2025 р."). */
/**
 * A step's legal basis with a link to each provision. Plans from the rules carry `legalReferences`;
 * one without (an older stored plan, another implementation of the contract) keeps its plain titles.
 */
export function legalReferencesOf(step: Pick<PlanStep, "legalBasis" | "legalReferences">): ReadonlyArray<{ text: string; href?: string }> {
  return step.legalReferences ?? step.legalBasis.map((text) => ({ text }));
}

export function formatDate(isoDate: string, lang: Language): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === "nb" || lang === "nn" ? `${lang}-NO` : lang, { dateStyle: "long", timeZone: "UTC" });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

type Determinations = Plan["determinations"];

/** One short sentence per determination saying what it means for this person. */
export function verdicts(d: Determinations, p: PlanTranslator, lang: Language): Record<Exclude<keyof Determinations, "children">, string> {
  const training = d.norwegianTraining.value;
  const trainingText = training.right && training.duty ? p("values.trainingRightDuty") : training.right ? p("values.trainingRight") : training.duty ? p("values.trainingDuty") : p("values.trainingNone");
  const intro = d.introductionProgramme.value;
  const eea = d.eeaRegistration.value;
  return {
    idNumberType: d.idNumberType.value === "d-number" ? p("values.dNumber") : p("values.fodselsnummer"),
    eeaRegistration: !eea.required ? p("values.eeaNotRequired") : eea.deadline ? p("values.eeaRequired", { date: formatDate(eea.deadline, lang) }) : p("values.eeaRequiredNoDeadline"),
    norwegianTraining: (training.right || training.duty) && training.free ? `${trainingText} ${p("values.trainingFree")}` : trainingText,
    introductionProgramme: intro.right && intro.duty ? p("values.introRightDuty") : intro.right ? p("values.introRight") : p("values.introNone"),
    regularGp: d.regularGp.value.eligible ? p("values.gpYes") : p("values.gpNo"),
    localVote: d.localVote.value.eligibleFrom ? p("values.voteFrom", { date: formatDate(d.localVote.value.eligibleFrom, lang) }) : p("values.voteNo"),
  };
}

export const determinationOrder = ["idNumberType", "eeaRegistration", "norwegianTraining", "introductionProgramme", "regularGp", "localVote"] as const;

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
  const texts = verdicts(d, p, lang);
  return (
    <section aria-labelledby="plan-rights-heading" className="stack">
      <Heading level={2} data-size="md" id="plan-rights-heading">
        {p("result.rightsHeading")}
      </Heading>
      <ul className="plan-rights">
        {determinationOrder.map((id) => (
          <li key={id} className="plan-right" id={`right-${id}`}>
            <Heading level={3} data-size="xs">
              {d[id].title}
            </Heading>
            <Paragraph className="plan-verdict">{texts[id]}</Paragraph>
            <Paragraph data-size="sm">{d[id].why}</Paragraph>
            <RuleCheckSources checks={d[id].ruleChecks} p={p} />
          </li>
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
    </section>
  );
}

/** What the chosen municipality offers for each step: its information pages (local or national) and its services. */
export interface LocalHelp {
  municipality: string;
  pages: ReadonlyMap<string, readonly ReaderPage[]>;
  services: ReadonlyMap<string, readonly DirectoryService[]>;
}

function Step({ step, p, local, done }: { step: PlanStep; p: PlanTranslator; local: LocalHelp | undefined; done: boolean }) {
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
        {step.dueBy ? (
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

/** The personal plan: rights and duties first, then the steps in order with deadlines and details. */
export function PlanResultPage({ plan, profile, answers, saveState, local }: { plan: Plan; profile: Profile; answers: Record<string, string>; saveState: SaveState; local?: LocalHelp }) {
  const { lang } = usePage();
  const p = planTexts(lang);
  const n = newcomerTexts(lang);
  const query = answersQuery(answers);
  const done = saveState.kind === "this-saved" ? saveState.done : new Set<string>();
  const steps = (
    <ol className="plan-steps">
      {plan.steps.map((step) => (
        <Step key={step.id} step={step} p={p} local={local} done={done.has(step.id)} />
      ))}
    </ol>
  );
  return (
    <div className="stack plan-result">
      <Heading level={1} data-size="lg">
        {p("result.title")}
      </Heading>
      <Paragraph>{p("result.lead", { date: formatDate(plan.asOf, lang) })}</Paragraph>
      <ul className="plan-actions plan-no-print">
        <li>
          <Link href={`${planPaths.allQuestions(lang)}${query}`}>{p("result.changeAnswers")}</Link>
        </li>
        <li>
          <Link href={`${planPaths.calendar(lang)}${query}`} download="min-plan.ics" type="text/calendar">
            {p("result.calendar")}
          </Link>
        </li>
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

      <SavePlanPanel state={saveState} answers={answers} />

      <RightsSummary plan={plan} profile={profile} p={p} />

      <section aria-labelledby="plan-steps-heading" className="stack">
        <Heading level={2} data-size="md" id="plan-steps-heading">
          {p("result.stepsHeading")}
        </Heading>
        {plan.steps.length === 0 ? (
          <Paragraph>{p("result.noSteps")}</Paragraph>
        ) : (
          <>
            <Paragraph>{p("result.stepsLead")}</Paragraph>
            {saveState.kind === "this-saved" ? (
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
              steps
            )}
          </>
        )}
      </section>
    </div>
  );
}

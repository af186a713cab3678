import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { usePage } from "../web/page-context.tsx";
import type { Municipality } from "../municipalities/municipality-repository.ts";
import { planSteps } from "./plan-form.ts";
import { answersQuery, givenAnswers, planPaths } from "./plan-paths.ts";
import { fieldLabels, stepQuestions } from "./plan-questionnaire.tsx";
import { planTexts } from "./plan-texts.ts";

/** The hidden field that tells the result page the answers came from the last step, so a problem is shown on its step. */
export const fromStepField = "steg";

/** The start of "Min plan": what it is, then one question at a time, or every question on one page. */
export function PlanIntroPage({ answers }: { answers: Record<string, string> }) {
  const { lang } = usePage();
  const p = planTexts(lang);
  const query = answersQuery(answers);
  return (
    <div className="stack narrow plan-questionnaire">
      <Heading level={1} data-size="lg">
        {p("questionnaire.title")}
      </Heading>
      <Paragraph>{p("questionnaire.lead")}</Paragraph>
      <Paragraph>{p("steps.intro", { total: planSteps.length })}</Paragraph>
      <Paragraph data-size="sm">{p("questionnaire.privacy")}</Paragraph>
      <div>
        <Button asChild>
          <a href={`${planPaths.step(lang, 1)}${query}`}>{p("steps.start")}</a>
        </Button>
      </div>
      <Paragraph data-size="sm">
        <Link href={`${planPaths.allQuestions(lang)}${query}`}>{p("steps.allOnOnePage")}</Link>
      </Paragraph>
    </div>
  );
}

/**
 * One screen of the step-by-step questionnaire: a GET form with this step's questions, every other
 * answer carried along in hidden fields, so back/forward, bookmarks and the "Back" link keep them.
 */
export function PlanStepPage({
  number,
  answers,
  errors,
  municipalities,
}: {
  /** 1 … planSteps.length */
  number: number;
  answers: Record<string, string>;
  errors: FormErrors;
  municipalities: Municipality[];
}) {
  const { lang, t } = usePage();
  const p = planTexts(lang);
  const total = planSteps.length;
  const step = planSteps[number - 1]!;
  const last = number === total;
  const own = new Set<string>(step.fields);
  const carried = givenAnswers(answers).filter(([name]) => !own.has(name));
  const query = answersQuery(answers);
  const Question = stepQuestions[step.id];
  return (
    <div className="stack narrow plan-questionnaire plan-step-screen">
      <div>
        <Link href={number === 1 ? `${planPaths.questionnaire(lang)}${query}` : `${planPaths.step(lang, number - 1)}${query}`}>{p("steps.back")}</Link>
      </div>
      <Heading level={1} data-size="md">
        {p("questionnaire.title")}
      </Heading>
      <div className="plan-progress">
        <Paragraph data-size="sm" id="plan-progress-label">
          {p("steps.progress", { number, total })}
        </Paragraph>
        <progress max={total} value={number} aria-labelledby="plan-progress-label" />
      </div>
      <FormErrorSummary errors={errors} labels={fieldLabels(p, t("landing.municipalityLabel"))} />
      <form method="get" action={last ? planPaths.result(lang) : planPaths.step(lang, number + 1)} className="stack" noValidate>
        {carried.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {last && <input type="hidden" name={fromStepField} value={number} />}
        <Question answers={answers} errors={errors.fields} municipalities={municipalities} />
        <div>
          <Button type="submit">{last ? p("questionnaire.submit") : p("steps.next")}</Button>
        </div>
      </form>
      <Paragraph data-size="sm">
        <Link href={`${planPaths.allQuestions(lang)}${query}`}>{p("steps.allOnOnePage")}</Link>
      </Paragraph>
    </div>
  );
}

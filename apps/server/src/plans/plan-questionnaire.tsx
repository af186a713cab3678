import type { ReactNode } from "react";
import { Button, Details, Field, Fieldset, Heading, Input, Label, Link, Paragraph, Select, ValidationMessage } from "@digdir/designsystemet-react";
import { educationLevels, residenceBases } from "@velkomst/rules";
import type { Language } from "@velkomst/i18n";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField } from "../web/components/form-field.tsx";
import { usePage } from "../web/page-context.tsx";
import { MunicipalitySelect } from "../municipalities/municipality-select.tsx";
import type { Municipality } from "../municipalities/municipality-repository.ts";
import { childField, commonCitizenships, maxChildren, otherCitizenship, otherEeaCitizenships, planFields, stayBands, type PlanStepId } from "./plan-form.ts";
import { answersQuery, planPaths } from "./plan-paths.ts";
import { planTexts, type PlanTranslator } from "./plan-texts.ts";

function countryNames(lang: Language, codes: readonly string[]): Array<[string, string]> {
  const names = new Intl.DisplayNames([lang === "nn" ? "nn-NO" : lang === "nb" ? "nb-NO" : lang], { type: "region" });
  return codes.map((code) => [code, names.of(code) ?? code] as [string, string]).sort((a, b) => a[1].localeCompare(b[1], lang));
}

/** A radio group whose legend, hint and error are tied together in the HTML itself (no script needed). */
export function RadioGroup({
  name,
  legend,
  hint,
  error,
  options,
  selected,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: Array<[value: string, label: string]>;
  selected?: string;
}) {
  const hintId = hint ? `field-${name}-hint` : undefined;
  const errorId = error ? `field-${name}-error` : undefined;
  return (
    <Fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined} className="plan-fieldset">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {hint && (
        <Paragraph data-size="sm" id={hintId} className="field-hint">
          {hint}
        </Paragraph>
      )}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
      {options.map(([value, label], index) => {
        const id = index === 0 ? `field-${name}` : `field-${name}-${value}`;
        return (
          <Field key={value}>
            <Input type="radio" id={id} name={name} value={value} defaultChecked={selected === value} aria-invalid={error ? true : undefined} />
            <Label htmlFor={id} weight="regular">
              {label}
            </Label>
          </Field>
        );
      })}
    </Fieldset>
  );
}

/** The labels the error summary names the fields by. */
export function fieldLabels(p: PlanTranslator, municipalityLabel: string): Record<string, string> {
  const labels: Record<string, string> = {
    [planFields.basis]: p("questionnaire.basisLegend"),
    [planFields.birthYear]: p("questionnaire.birthYear"),
    [planFields.arrival]: p("questionnaire.arrival"),
    [planFields.stay]: p("questionnaire.stay"),
    [planFields.citizenship]: p("questionnaire.citizenship"),
    [planFields.municipality]: municipalityLabel,
    [planFields.education]: p("questionnaire.educationLegend"),
  };
  for (let index = 0; index < maxChildren; index++) labels[childField(index)] = p("questionnaire.childYear", { number: index + 1 });
  return labels;
}

/** What every question is drawn from: the answers so far, the messages by field and the municipalities. */
export interface QuestionProps {
  answers: Record<string, string>;
  errors: Record<string, string>;
  municipalities: Municipality[];
}

function BasisQuestion({ answers, errors }: QuestionProps) {
  const p = planTexts(usePage().lang);
  return (
    <RadioGroup
      name={planFields.basis}
      legend={p("questionnaire.basisLegend")}
      hint={p("questionnaire.basisHint")}
      error={errors[planFields.basis]}
      selected={answers[planFields.basis]}
      options={residenceBases.map((basis) => [basis, p(`bases.${basis}`)])}
    />
  );
}

function BirthYearQuestion({ answers, errors }: QuestionProps) {
  const p = planTexts(usePage().lang);
  return (
    <FormField
      name={planFields.birthYear}
      label={p("questionnaire.birthYear")}
      hint={p("questionnaire.birthYearHint")}
      error={errors[planFields.birthYear]}
      defaultValue={answers[planFields.birthYear] ?? ""}
      inputMode="numeric"
      autoComplete="bday-year"
      maxLength={4}
      className="plan-year"
    />
  );
}

function CitizenshipQuestion({ answers, errors }: QuestionProps) {
  const { lang } = usePage();
  const p = planTexts(lang);
  const error = errors[planFields.citizenship];
  const id = `field-${planFields.citizenship}`;
  return (
    <Field>
      <Label htmlFor={id}>{p("questionnaire.citizenship")}</Label>
      <Select
        id={id}
        name={planFields.citizenship}
        defaultValue={answers[planFields.citizenship] ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <Select.Option value="" disabled>
          {p("questionnaire.chooseCountry")}
        </Select.Option>
        <Select.Optgroup label={p("questionnaire.commonCountries")}>
          {countryNames(lang, commonCitizenships).map(([code, name]) => (
            <Select.Option key={code} value={code}>
              {name}
            </Select.Option>
          ))}
          <Select.Option value={otherCitizenship}>{p("questionnaire.otherCountry")}</Select.Option>
        </Select.Optgroup>
        <Select.Optgroup label={p("questionnaire.otherEeaCountries")}>
          {countryNames(lang, otherEeaCitizenships).map(([code, name]) => (
            <Select.Option key={code} value={code}>
              {name}
            </Select.Option>
          ))}
        </Select.Optgroup>
      </Select>
      {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
    </Field>
  );
}

function ArrivalQuestion({ answers, errors }: QuestionProps) {
  const p = planTexts(usePage().lang);
  const stayId = `field-${planFields.stay}`;
  const stayError = errors[planFields.stay];
  return (
    <>
      <FormField
        name={planFields.arrival}
        type="month"
        label={p("questionnaire.arrival")}
        hint={p("questionnaire.arrivalHint")}
        error={errors[planFields.arrival]}
        defaultValue={answers[planFields.arrival] ?? ""}
        placeholder="2025-03"
      />
      <Field>
        <Label htmlFor={stayId}>{p("questionnaire.stay")}</Label>
        <Select
          id={stayId}
          name={planFields.stay}
          defaultValue={answers[planFields.stay] ?? "long"}
          aria-invalid={stayError ? true : undefined}
          aria-describedby={stayError ? `${stayId}-error` : undefined}
        >
          {stayBands.map((band) => (
            <Select.Option key={band} value={band}>
              {p(`stay.${band}`)}
            </Select.Option>
          ))}
        </Select>
        {stayError && <ValidationMessage id={`${stayId}-error`}>{stayError}</ValidationMessage>}
      </Field>
    </>
  );
}

function MunicipalityQuestion({ answers, errors, municipalities }: QuestionProps) {
  const error = errors[planFields.municipality];
  return (
    <div>
      <MunicipalitySelect municipalities={municipalities} selected={answers[planFields.municipality]} />
      {error && <ValidationMessage id={`field-${planFields.municipality}-error`}>{error}</ValidationMessage>}
    </div>
  );
}

function EducationQuestion({ answers, errors }: QuestionProps) {
  const p = planTexts(usePage().lang);
  return (
    <RadioGroup
      name={planFields.education}
      legend={p("questionnaire.educationLegend")}
      hint={p("questionnaire.educationHint")}
      error={errors[planFields.education]}
      selected={answers[planFields.education]}
      options={educationLevels.map((level) => [level, p(`education.${level}`)])}
    />
  );
}

/** Fields for the first children shown at once; the rest behind "More children". */
const shownChildren = 4;

function ChildrenQuestion({ answers, errors }: QuestionProps) {
  const p = planTexts(usePage().lang);
  const childYear = (index: number) => (
    <FormField
      key={index}
      name={childField(index)}
      label={p("questionnaire.childYear", { number: index + 1 })}
      error={errors[childField(index)]}
      defaultValue={answers[childField(index)] ?? ""}
      inputMode="numeric"
      autoComplete="off"
      maxLength={4}
    />
  );
  return (
    <Fieldset className="plan-fieldset" aria-describedby="plan-children-hint">
      <Fieldset.Legend>{p("questionnaire.childrenLegend")}</Fieldset.Legend>
      <Paragraph data-size="sm" id="plan-children-hint" className="field-hint">
        {p("questionnaire.childrenHint")}
      </Paragraph>
      <div className="plan-children">{Array.from({ length: shownChildren }, (_, index) => childYear(index))}</div>
      {/* Larger families open the rest; open already when one of them is answered or wrong. */}
      <Details className="plan-more-children" defaultOpen={Array.from({ length: maxChildren - shownChildren }, (_, k) => k + shownChildren).some((index) => Boolean(answers[childField(index)] || errors[childField(index)]))}>
        <Details.Summary>{p("questionnaire.moreChildren")}</Details.Summary>
        <Details.Content>
          <div className="plan-children">{Array.from({ length: maxChildren - shownChildren }, (_, k) => childYear(k + shownChildren))}</div>
        </Details.Content>
      </Details>
    </Fieldset>
  );
}

/** The questions of each step: the one-page form and the step-by-step screens draw the same ones. */
export const stepQuestions: Record<PlanStepId, (props: QuestionProps) => ReactNode> = {
  basis: BasisQuestion,
  birthYear: BirthYearQuestion,
  citizenship: CitizenshipQuestion,
  arrival: ArrivalQuestion,
  municipality: MunicipalityQuestion,
  education: EducationQuestion,
  children: ChildrenQuestion,
};

/** Every question on one page: one GET form, so it works without script and back/forward keeps the answers. */
export function PlanQuestionnairePage({ answers, errors, municipalities }: { answers: Record<string, string>; errors: FormErrors; municipalities: Municipality[] }) {
  const { lang, t } = usePage();
  const p = planTexts(lang);
  const props: QuestionProps = { answers, errors: errors.fields, municipalities };
  return (
    <div className="stack narrow plan-questionnaire">
      <Heading level={1} data-size="lg">
        {p("questionnaire.title")}
      </Heading>
      <FormErrorSummary errors={errors} labels={fieldLabels(p, t("landing.municipalityLabel"))} />
      <Paragraph>{p("questionnaire.lead")}</Paragraph>
      <Paragraph data-size="sm">{p("questionnaire.privacy")}</Paragraph>
      <Paragraph data-size="sm">
        <Link href={`${planPaths.step(lang, 1)}${answersQuery(answers)}`}>{p("steps.oneAtATime")}</Link>
      </Paragraph>
      <form method="get" action={planPaths.result(lang)} className="stack" noValidate>
        <BasisQuestion {...props} />
        <Fieldset className="plan-fieldset">
          <Fieldset.Legend>{p("questionnaire.aboutLegend")}</Fieldset.Legend>
          <BirthYearQuestion {...props} />
          <CitizenshipQuestion {...props} />
          <ArrivalQuestion {...props} />
          <MunicipalityQuestion {...props} />
        </Fieldset>
        <EducationQuestion {...props} />
        <ChildrenQuestion {...props} />
        <div>
          <Button type="submit">{p("questionnaire.submit")}</Button>
        </div>
      </form>
    </div>
  );
}

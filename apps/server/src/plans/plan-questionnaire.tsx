import { Button, Field, Fieldset, Heading, Input, Label, Paragraph, Select, ValidationMessage } from "@digdir/designsystemet-react";
import { educationLevels, residenceBases } from "@velkomst/rules";
import type { Language } from "@velkomst/i18n";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField } from "../web/components/form-field.tsx";
import { usePage } from "../web/page-context.tsx";
import { MunicipalitySelect } from "../municipalities/municipality-select.tsx";
import type { Municipality } from "../municipalities/municipality-repository.ts";
import { childField, commonCitizenships, maxChildren, otherCitizenship, otherEeaCitizenships, planFields, stayBands } from "./plan-form.ts";
import { planPaths } from "./plan-paths.ts";
import { planTexts, type PlanTranslator } from "./plan-texts.ts";

function countryNames(lang: Language, codes: readonly string[]): Array<[string, string]> {
  const names = new Intl.DisplayNames([lang === "nn" ? "nn-NO" : lang === "nb" ? "nb-NO" : lang], { type: "region" });
  return codes.map((code) => [code, names.of(code) ?? code] as [string, string]).sort((a, b) => a[1].localeCompare(b[1], lang));
}

/** A radio group whose legend, hint and error are tied together in the HTML itself (no script needed). */
function RadioGroup({
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

function fieldLabels(p: PlanTranslator): Record<string, string> {
  const labels: Record<string, string> = {
    [planFields.basis]: p("questionnaire.basisLegend"),
    [planFields.birthYear]: p("questionnaire.birthYear"),
    [planFields.arrival]: p("questionnaire.arrival"),
    [planFields.stay]: p("questionnaire.stay"),
    [planFields.citizenship]: p("questionnaire.citizenship"),
    [planFields.education]: p("questionnaire.educationLegend"),
  };
  for (let index = 0; index < maxChildren; index++) labels[childField(index)] = p("questionnaire.childYear", { number: index + 1 });
  return labels;
}

/** The questionnaire: one GET form, so it works without script and back/forward keeps the answers. */
export function PlanQuestionnairePage({
  answers,
  errors,
  municipalities,
  municipalityLabel,
}: {
  answers: Record<string, string>;
  errors: FormErrors;
  municipalities: Municipality[];
  municipalityLabel: string;
}) {
  const { lang } = usePage();
  const p = planTexts(lang);
  const e = errors.fields;
  const citizenshipError = e[planFields.citizenship];
  const stayId = `field-${planFields.stay}`;
  const citizenshipId = `field-${planFields.citizenship}`;
  return (
    <div className="stack narrow plan-questionnaire">
      <Heading level={1} data-size="lg">
        {p("questionnaire.title")}
      </Heading>
      <Paragraph>{p("questionnaire.lead")}</Paragraph>
      <Paragraph data-size="sm">{p("questionnaire.privacy")}</Paragraph>
      <FormErrorSummary errors={errors} labels={{ ...fieldLabels(p), [planFields.municipality]: municipalityLabel }} />
      <form method="get" action={planPaths.result(lang)} className="stack" noValidate>
        <RadioGroup
          name={planFields.basis}
          legend={p("questionnaire.basisLegend")}
          hint={p("questionnaire.basisHint")}
          error={e[planFields.basis]}
          selected={answers[planFields.basis]}
          options={residenceBases.map((basis) => [basis, p(`bases.${basis}`)])}
        />

        <Fieldset className="plan-fieldset">
          <Fieldset.Legend>{p("questionnaire.aboutLegend")}</Fieldset.Legend>
          <FormField
            name={planFields.birthYear}
            label={p("questionnaire.birthYear")}
            hint={p("questionnaire.birthYearHint")}
            error={e[planFields.birthYear]}
            defaultValue={answers[planFields.birthYear] ?? ""}
            inputMode="numeric"
            autoComplete="bday-year"
            maxLength={4}
            className="plan-year"
          />
          <Field>
            <Label htmlFor={citizenshipId}>{p("questionnaire.citizenship")}</Label>
            <Select
              id={citizenshipId}
              name={planFields.citizenship}
              defaultValue={answers[planFields.citizenship] ?? ""}
              aria-invalid={citizenshipError ? true : undefined}
              aria-describedby={citizenshipError ? `${citizenshipId}-error` : undefined}
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
            {citizenshipError && <ValidationMessage id={`${citizenshipId}-error`}>{citizenshipError}</ValidationMessage>}
          </Field>
          <FormField
            name={planFields.arrival}
            type="month"
            label={p("questionnaire.arrival")}
            hint={p("questionnaire.arrivalHint")}
            error={e[planFields.arrival]}
            defaultValue={answers[planFields.arrival] ?? ""}
            placeholder="2025-03"
          />
          <Field>
            <Label htmlFor={stayId}>{p("questionnaire.stay")}</Label>
            <Select
              id={stayId}
              name={planFields.stay}
              defaultValue={answers[planFields.stay] ?? "long"}
              aria-invalid={e[planFields.stay] ? true : undefined}
              aria-describedby={e[planFields.stay] ? `${stayId}-error` : undefined}
            >
              {stayBands.map((band) => (
                <Select.Option key={band} value={band}>
                  {p(`stay.${band}`)}
                </Select.Option>
              ))}
            </Select>
            {e[planFields.stay] && <ValidationMessage id={`${stayId}-error`}>{e[planFields.stay]}</ValidationMessage>}
          </Field>
          <div>
            <MunicipalitySelect municipalities={municipalities} selected={answers[planFields.municipality]} />
            {e[planFields.municipality] && <ValidationMessage id={`field-${planFields.municipality}-error`}>{e[planFields.municipality]}</ValidationMessage>}
          </div>
        </Fieldset>

        <RadioGroup
          name={planFields.education}
          legend={p("questionnaire.educationLegend")}
          hint={p("questionnaire.educationHint")}
          error={e[planFields.education]}
          selected={answers[planFields.education]}
          options={educationLevels.map((level) => [level, p(`education.${level}`)])}
        />

        <Fieldset className="plan-fieldset" aria-describedby="plan-children-hint">
          <Fieldset.Legend>{p("questionnaire.childrenLegend")}</Fieldset.Legend>
          <Paragraph data-size="sm" id="plan-children-hint" className="field-hint">
            {p("questionnaire.childrenHint")}
          </Paragraph>
          <div className="plan-children">
            {Array.from({ length: maxChildren }, (_, index) => (
              <FormField
                key={index}
                name={childField(index)}
                label={p("questionnaire.childYear", { number: index + 1 })}
                error={e[childField(index)]}
                defaultValue={answers[childField(index)] ?? ""}
                inputMode="numeric"
                autoComplete="off"
                maxLength={4}
              />
            ))}
          </div>
        </Fieldset>

        <div>
          <Button type="submit">{p("questionnaire.submit")}</Button>
        </div>
      </form>
    </div>
  );
}

import type { Language } from "@velkomst/i18n";
import { formatNumber } from "../cases/cases-format.ts";
import { isoWeek } from "../employers/outreach-days.ts";
import { formatDate } from "../plans/plan-dates.ts";
import { DateField } from "../web/components/date-time-fields.tsx";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { FormField, SelectField, TextareaField } from "../web/components/form-field.tsx";
import { usePage } from "../web/page-context.tsx";
import type { HoursRecord } from "./training-corrections.ts";
import { exemptionSubjects, trainingLevels, trainingSkills, trainingSubjects } from "./training-tables.ts";
import { trainingTexts } from "./training-texts.ts";

/** The fields of a test result, an exemption and a row of hours: the same when added and when corrected. */
type FieldsProps = { values: Record<string, string>; errors: FormErrors };

/** Minutes as hours in the reader's language ("12,5"). */
export const hours = (minutes: number, lang: Language) => formatNumber(minutes / 60, lang);

/** A row of hours' week, session day, or the day a total typed before 0051 was recorded. */
export function hoursWhen(row: Pick<HoursRecord, "period" | "onDate">, lang: Language): string {
  const t = trainingTexts(lang);
  if (row.period === "week") return t("attendance.week", { week: isoWeek(row.onDate).week, date: formatDate(row.onDate, lang) });
  return row.period === "session" ? formatDate(row.onDate, lang) : t("attendance.earlier", { date: formatDate(row.onDate, lang) });
}

export function resultLabels(lang: Language) {
  const t = trainingTexts(lang);
  return { ferdighet: t("learner.skill"), niva: t("learner.level"), prove: t("learner.test"), dato: t("learner.testedOn") };
}

export function exemptionLabels(lang: Language) {
  const t = trainingTexts(lang);
  return { fag: t("learner.subject"), begrunnelse: t("learner.reason"), vedtaksdato: t("learner.decidedOn") };
}

export function hoursLabels(lang: Language) {
  const t = trainingTexts(lang);
  return { emne: t("attendance.subjectField"), periode: t("attendance.period"), timedato: t("attendance.date"), antall: t("attendance.hours") };
}

export function ResultFields({ values, errors }: FieldsProps) {
  const { lang } = usePage();
  const t = trainingTexts(lang);
  const labels = resultLabels(lang);
  return (
    <>
      <SelectField name="ferdighet" label={labels.ferdighet} defaultValue={values.ferdighet} error={errors.fields.ferdighet} options={trainingSkills.map((s) => ({ value: s, label: t(`skill.${s}`) }))} />
      <SelectField name="niva" label={labels.niva} defaultValue={values.niva} error={errors.fields.niva} options={trainingLevels.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
      <FormField name="prove" label={labels.prove} defaultValue={values.prove} />
      <DateField name="dato" label={labels.dato} defaultValue={values.dato} error={errors.fields.dato} />
    </>
  );
}

export function ExemptionFields({ values, errors }: FieldsProps) {
  const { lang } = usePage();
  const t = trainingTexts(lang);
  const labels = exemptionLabels(lang);
  return (
    <>
      <SelectField name="fag" label={labels.fag} defaultValue={values.fag} error={errors.fields.fag} options={exemptionSubjects.map((s) => ({ value: s, label: t(`subject.${s}`) }))} />
      <TextareaField name="begrunnelse" label={labels.begrunnelse} rows={2} defaultValue={values.begrunnelse} error={errors.fields.begrunnelse} />
      <DateField name="vedtaksdato" label={labels.vedtaksdato} defaultValue={values.vedtaksdato} error={errors.fields.vedtaksdato} />
    </>
  );
}

export function HoursFields({ values, errors }: FieldsProps) {
  const { lang } = usePage();
  const t = trainingTexts(lang);
  const labels = hoursLabels(lang);
  return (
    <>
      <SelectField name="emne" label={labels.emne} defaultValue={values.emne} error={errors.fields.emne} options={trainingSubjects.map((s) => ({ value: s, label: t(`subject.${s}`) }))} />
      <SelectField
        name="periode"
        label={labels.periode}
        defaultValue={values.periode ?? "week"}
        error={errors.fields.periode}
        options={[
          { value: "week", label: t("attendance.perWeek") },
          { value: "session", label: t("attendance.perSession") },
        ]}
      />
      <DateField name="timedato" label={labels.timedato} hint={t("attendance.dateHint")} defaultValue={values.timedato} error={errors.fields.timedato} />
      <FormField name="antall" inputMode="decimal" label={labels.antall} hint={t("attendance.hoursHint")} defaultValue={values.antall} error={errors.fields.antall} />
    </>
  );
}

import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { Language } from "@velkomst/i18n";
import { formatDateTime } from "../cases/cases-format.ts";
import { formatDate } from "../plans/plan-dates.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { TextareaField } from "../web/components/form-field.tsx";
import { usePage } from "../web/page-context.tsx";
import type { CorrectableRecord, CorrectionEntry } from "./training-corrections.ts";
import { exemptionLabels, ExemptionFields, hours, hoursLabels, HoursFields, hoursWhen, resultLabels, ResultFields } from "./training-fields.tsx";
import { trainingPaths } from "./training-paths.ts";
import type { CorrectionKind } from "./training-tables.ts";
import { trainingTexts } from "./training-texts.ts";

type Values = Record<string, string>;
type LearnerName = { id: string; name: string };

/** A record in one line, as the learner's page and the history show it. */
export function describeRecord(record: CorrectableRecord, lang: Language): string {
  const t = trainingTexts(lang);
  switch (record.kind) {
    case "result": {
      const r = record.value;
      const values = { skill: t(`skill.${r.skill}`), level: t(`level.${r.level}`), test: r.testName, date: formatDate(r.testedOn, lang) };
      return r.testName ? t("correction.resultRecordWithTest", values) : t("correction.resultRecord", values);
    }
    case "exemption":
      return t("correction.exemptionRecord", { subject: t(`subject.${record.value.subject}`), date: formatDate(record.value.decidedOn, lang), reason: record.value.reason });
    case "hours":
      return t("correction.hoursRecord", { subject: t(`subject.${record.value.subject}`), when: hoursWhen(record.value, lang), hours: hours(record.value.minutes, lang) });
  }
}

/** The form's fields filled with the record as it is now (a stored date shows as 17.05.2026). */
export function formValuesOf(record: CorrectableRecord, lang: Language): Values {
  switch (record.kind) {
    case "result":
      return { ferdighet: record.value.skill, niva: record.value.level, prove: record.value.testName, dato: record.value.testedOn };
    case "exemption":
      return { fag: record.value.subject, begrunnelse: record.value.reason, vedtaksdato: record.value.decidedOn };
    case "hours":
      // Hours typed as a total before 0051 are corrected as a week or a session.
      return { emne: record.value.subject, periode: record.value.period === "session" ? "session" : "week", timedato: record.value.onDate, antall: hours(record.value.minutes, lang) };
  }
}

/** The link from a record on the learner's page to its correction. */
export function CorrectionLink({ learnerId, kind, recordId }: { learnerId: string; kind: CorrectionKind; recordId: string }) {
  const { lang } = usePage();
  return <Link href={trainingPaths.correction(lang, learnerId, kind, recordId)}>{trainingTexts(lang)("correction.link")}</Link>;
}

/** What was changed or removed, when and why, newest first: the caseworker's answer to "why does this differ from what I typed?". */
export function CorrectionHistory({ corrections }: { corrections: readonly CorrectionEntry[] }) {
  const { lang } = usePage();
  const t = trainingTexts(lang);
  if (corrections.length === 0) return null;
  return (
    <>
      <Heading level={2} data-size="md">
        {t("correction.historyTitle")}
      </Heading>
      <DataTable
        stacked
        caption={t("correction.historyTitle")}
        columns={[{ label: t("correction.when") }, { label: t("correction.what") }, { label: t("correction.reasonColumn") }]}
        rows={corrections.map((c) => ({
          key: c.id,
          cells: [
            formatDateTime(c.correctedAt, lang),
            c.after ? t("correction.changed", { before: describeRecord(c.record, lang), after: describeRecord(c.after, lang) }) : t("correction.removed", { record: describeRecord(c.record, lang) }),
            c.reason,
          ],
        }))}
      />
    </>
  );
}

const fieldsOf = { result: ResultFields, exemption: ExemptionFields, hours: HoursFields };
const labelsOf = { result: resultLabels, exemption: exemptionLabels, hours: hoursLabels };

function ReasonField({ values, errors, label }: { values: Values; errors: FormErrors; label: string }) {
  const t = trainingTexts(usePage().lang);
  return <TextareaField name="endringsgrunn" label={label} hint={t("correction.reasonHint")} rows={2} defaultValue={values.endringsgrunn} error={errors.fields.endringsgrunn} />;
}

/** A record's correction: the fields it was added with, filled as it is now, and why it changes; removal is one step away. */
export function CorrectionPage({ learner, record, recordId, values, errors }: { learner: LearnerName; record: CorrectableRecord; recordId: string; values: Values; errors: FormErrors }) {
  const { lang } = usePage();
  const t = trainingTexts(lang);
  const Fields = fieldsOf[record.kind];
  const reasonLabel = t("correction.reason");
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t(`correction.editTitle.${record.kind}`, { name: learner.name })}
      </Heading>
      <Paragraph>{t("correction.current", { record: describeRecord(record, lang) })}</Paragraph>
      <FormErrorSummary errors={errors} labels={{ ...labelsOf[record.kind](lang), endringsgrunn: reasonLabel }} />
      <form method="post" action={trainingPaths.correction(lang, learner.id, record.kind, recordId)} className="stack" noValidate>
        <CsrfField />
        <Fields values={values} errors={errors} />
        <ReasonField values={values} errors={errors} label={reasonLabel} />
        <div>
          <Button type="submit">{t("correction.save")}</Button>
        </div>
      </form>
      <Paragraph>
        <Link href={trainingPaths.removal(lang, learner.id, record.kind, recordId)}>{t(`correction.toRemove.${record.kind}`)}</Link>
      </Paragraph>
      <Paragraph>
        <Link href={trainingPaths.learner(lang, learner.id)}>{t("correction.back")}</Link>
      </Paragraph>
    </div>
  );
}

/** The confirm step of a removal: what goes, that it stays in the history, and why it goes. */
export function RemovalPage({ learner, record, recordId, values, errors }: { learner: LearnerName; record: CorrectableRecord; recordId: string; values: Values; errors: FormErrors }) {
  const { lang } = usePage();
  const t = trainingTexts(lang);
  const reasonLabel = t("correction.removeReason");
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t(`correction.removeTitle.${record.kind}`, { name: learner.name })}
      </Heading>
      <Paragraph>{t("correction.current", { record: describeRecord(record, lang) })}</Paragraph>
      <Paragraph>{t("correction.removeLead")}</Paragraph>
      <FormErrorSummary errors={errors} labels={{ endringsgrunn: reasonLabel }} />
      <form method="post" action={trainingPaths.removal(lang, learner.id, record.kind, recordId)} className="stack" noValidate>
        <CsrfField />
        <ReasonField values={values} errors={errors} label={reasonLabel} />
        <div>
          <Button type="submit" data-color="danger">
            {t("correction.remove")}
          </Button>
        </div>
      </form>
      <Paragraph>
        <Link href={trainingPaths.learner(lang, learner.id)}>{t("correction.cancel")}</Link>
      </Paragraph>
    </div>
  );
}

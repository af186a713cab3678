import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { educationLevels, residenceBases } from "@velkomst/rules";
import type { Language } from "@velkomst/i18n";
import { toOslo } from "../events/oslo-time.ts";
import { formatDate } from "../plans/plan-dates.ts";
import { planTexts } from "../plans/plan-texts.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import { DateField } from "../web/components/date-time-fields.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField, SelectField } from "../web/components/form-field.tsx";
import { Notice } from "../web/components/notice.tsx";
import { usePage } from "../web/page-context.tsx";
import { CorrectionHistory, CorrectionLink, describeRecord } from "./training-correction-views.tsx";
import type { CorrectionEntry } from "./training-corrections.ts";
import { exemptionLabels, ExemptionFields, hours, hoursLabels, HoursFields, hoursWhen, resultLabels, ResultFields } from "./training-fields.tsx";
import type { Learner, LearnerSummary } from "./training-repository.ts";
import type { TrainingRules } from "./training-rules.ts";
import { trainingSkills } from "./training-tables.ts";
import { trainingPaths } from "./training-paths.ts";
import { trainingTexts } from "./training-texts.ts";

type Values = Record<string, string>;
type Determinations = TrainingRules;

export function LearnerListPage({ learners }: { learners: readonly LearnerSummary[] }) {
  const { lang } = usePage();
  const t = trainingTexts(lang);
  const p = planTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("list.title")}
      </Heading>
      <Paragraph>{t("list.lead")}</Paragraph>
      <div>
        <Button asChild>
          <a href={trainingPaths.new(lang)}>{t("list.add")}</a>
        </Button>
      </div>
      {learners.length === 0 ? (
        <Paragraph>{t("list.none")}</Paragraph>
      ) : (
        <DataTable
          stacked
          caption={t("list.title")}
          columns={[{ label: t("list.name") }, { label: t("form.basis") }, { label: t("list.norwegianHours"), numeric: true }, { label: t("list.socialStudiesHours"), numeric: true }]}
          rows={learners.map((l) => ({
            key: l.id,
            cells: [
              <Link href={trainingPaths.learner(lang, l.id)}>{l.name}</Link>,
              (residenceBases as readonly string[]).includes(l.residenceBasis) ? p(`bases.${l.residenceBasis as (typeof residenceBases)[number]}`) : l.residenceBasis,
              hours(l.attended.norwegian, lang),
              hours(l.attended["social-studies"], lang),
            ],
          }))}
        />
      )}
    </div>
  );
}

function basisOptions(lang: Language) {
  const p = planTexts(lang);
  return residenceBases.map((b) => ({ value: b, label: p(`bases.${b}`) }));
}

export function NewLearnerPage({ municipalities, participants, values, errors }: { municipalities: ReadonlyArray<{ number: string; name: string }>; participants: ReadonlyArray<{ id: string; name: string }>; values: Values; errors: FormErrors }) {
  const { lang } = usePage();
  const t = trainingTexts(lang);
  const p = planTexts(lang);
  const labels = { deltaker: t("form.participant"), kommune: t("form.municipality"), navn: t("form.name"), fodselsdato: t("form.birthDate"), grunnlag: t("form.basis"), ankomst: t("form.arrivalDate"), utdanning: t("form.education") };
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("form.title")}
      </Heading>
      <FormErrorSummary errors={errors} labels={labels} />
      <form method="post" action={trainingPaths.list(lang)} className="stack" noValidate>
        <CsrfField />
        <SelectField name="deltaker" label={labels.deltaker} hint={t("form.participantHint")} defaultValue={values.deltaker ?? ""} options={[{ value: "", label: t("form.participantNone") }, ...participants.map((x) => ({ value: x.id, label: x.name }))]} />
        <SelectField name="kommune" label={labels.kommune} defaultValue={values.kommune} error={errors.fields.kommune} options={municipalities.map((m) => ({ value: m.number, label: m.name }))} />
        <FormField name="navn" label={labels.navn} defaultValue={values.navn} error={errors.fields.navn} />
        <DateField name="fodselsdato" autoComplete="bday" label={labels.fodselsdato} defaultValue={values.fodselsdato} error={errors.fields.fodselsdato} />
        <SelectField name="grunnlag" label={labels.grunnlag} defaultValue={values.grunnlag} error={errors.fields.grunnlag} options={basisOptions(lang)} />
        <DateField name="ankomst" label={labels.ankomst} defaultValue={values.ankomst} error={errors.fields.ankomst} />
        <SelectField name="utdanning" label={labels.utdanning} defaultValue={values.utdanning} error={errors.fields.utdanning} options={educationLevels.map((e) => ({ value: e, label: p(`education.${e}`) }))} />
        <div>
          <Button type="submit">{t("form.save")}</Button>
        </div>
      </form>
    </div>
  );
}

/** The social-studies hours attended against the hours and deadline from the rules. */
function SocialStudiesHours({ required, deadline, attendedMinutes, today }: { required: number; deadline: string | null; attendedMinutes: number; today: string }) {
  const { lang } = usePage();
  const t = trainingTexts(lang);
  const values = { done: hours(attendedMinutes, lang), hours: required, deadline: deadline ? formatDate(deadline, lang) : "" };
  if (attendedMinutes >= required * 60) return <>{t("learner.hoursComplete", values)}</>;
  if (deadline && deadline < today) return <Alert data-color="warning">{t("learner.hoursLate", values)}</Alert>;
  return <>{deadline ? t("learner.hours", values) : t("learner.hoursNoDeadline", values)}</>;
}

function Rights({ rules, learner, today }: { rules: Determinations | undefined; learner: Learner; today: string }) {
  const { lang } = usePage();
  const t = trainingTexts(lang);
  if (!rules) return <Paragraph>{t("learner.notCovered")}</Paragraph>;
  const n = rules.norwegianTraining.value;
  const s = rules.socialStudies.value;
  return (
    <dl>
      <dt>
        <strong>{t("learner.norwegian")}</strong>
      </dt>
      <dd>
        {[n.right ? t("learner.right") : t("learner.noRight"), n.duty ? t("learner.duty") : t("learner.noDuty"), n.free ? t("learner.free") : t("learner.selfPaid")].join(" · ")}
        {n.rightEnds && ` ${t("learner.rightEnds", { date: formatDate(n.rightEnds, lang) })}`}
        <br />
        {t("learner.norwegianHours", { done: hours(learner.attended.norwegian, lang) })}
        <br />
        {rules.norwegianTraining.why}
      </dd>
      <dt>
        <strong>{t("learner.socialStudies")}</strong>
      </dt>
      <dd>
        {s.hours === null ? t("learner.notCovered") : <SocialStudiesHours required={s.hours} deadline={s.deadline} attendedMinutes={learner.attended["social-studies"]} today={today} />}
        <br />
        {rules.socialStudies.why}
      </dd>
    </dl>
  );
}

/** Hours attended, newest first, each to correct, and the form for a week's or a session's hours. */
function Attendance({ learner, values, errors }: { learner: Learner; values: Values; errors: FormErrors }) {
  const { lang } = usePage();
  const t = trainingTexts(lang);
  return (
    <>
      <Heading level={2} data-size="md">
        {t("attendance.title")}
      </Heading>
      {learner.attendance.length === 0 ? (
        <Paragraph>{t("attendance.none")}</Paragraph>
      ) : (
        <DataTable
          stacked
          caption={t("attendance.title")}
          columns={[{ label: t("attendance.when") }, { label: t("attendance.subject") }, { label: t("attendance.hours"), numeric: true }, { label: t("correction.column") }]}
          rows={learner.attendance.map((row) => ({ key: row.id, cells: [hoursWhen(row, lang), t(`subject.${row.subject}`), hours(row.minutes, lang), <CorrectionLink learnerId={learner.id} kind="hours" recordId={row.id} />] }))}
        />
      )}
      <form method="post" action={trainingPaths.attendance(lang, learner.id)} className="stack" noValidate>
        <CsrfField />
        <HoursFields values={values} errors={errors} />
        <div>
          <Button type="submit" variant="secondary">
            {t("attendance.add")}
          </Button>
        </div>
      </form>
    </>
  );
}

export function LearnerPage({ learner, corrections, rules, values, errors, notice }: { learner: Learner; corrections: readonly CorrectionEntry[]; rules: Determinations | undefined; values: Values; errors: FormErrors; notice?: string }) {
  const { lang, now } = usePage();
  const t = trainingTexts(lang);
  const latest = (skill: (typeof trainingSkills)[number]) => learner.results.find((r) => r.skill === skill);
  const labels = { pameldt: t("learner.enrolledOn"), sted: t("learner.provider"), ...hoursLabels(lang), ...resultLabels(lang), ...exemptionLabels(lang) };
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("learner.title", { name: learner.name })}
      </Heading>
      <Notice text={notice} />
      <FormErrorSummary errors={errors} labels={labels} />
      {learner.participantId && <Paragraph>{t("learner.linked")}</Paragraph>}
      <Heading level={2} data-size="md">
        {t("learner.rightsTitle")}
      </Heading>
      <Rights rules={rules} learner={learner} today={toOslo(now).date} />
      <Attendance learner={learner} values={values} errors={errors} />

      <Heading level={2} data-size="md">
        {t("learner.levelsTitle")}
      </Heading>
      <DataTable
        stacked
        caption={t("learner.levelsTitle")}
        columns={[{ label: t("learner.skill") }, { label: t("learner.level") }, { label: t("learner.test") }, { label: t("learner.testedOn") }]}
        rows={trainingSkills.map((skill) => {
          const result = latest(skill);
          return { key: skill, cells: [t(`skill.${skill}`), result ? t(`level.${result.level}`) : t("learner.noResult"), result?.testName || "—", result ? formatDate(result.testedOn, lang) : "—"] };
        })}
      />
      {learner.results.length > 0 && (
        <DataTable
          stacked
          caption={t("correction.resultsTitle")}
          showCaption
          columns={[{ label: t("learner.skill") }, { label: t("learner.level") }, { label: t("learner.test") }, { label: t("learner.testedOn") }, { label: t("correction.column") }]}
          rows={learner.results.map((r) => ({ key: r.id, cells: [t(`skill.${r.skill}`), t(`level.${r.level}`), r.testName || "—", formatDate(r.testedOn, lang), <CorrectionLink learnerId={learner.id} kind="result" recordId={r.id} />] }))}
        />
      )}
      <form method="post" action={trainingPaths.result(lang, learner.id)} className="stack" noValidate>
        <CsrfField />
        <ResultFields values={values} errors={errors} />
        <div>
          <Button type="submit" variant="secondary">
            {t("learner.addResult")}
          </Button>
        </div>
      </form>

      <Heading level={2} data-size="md">
        {t("learner.enrolmentTitle")}
      </Heading>
      <form method="post" action={trainingPaths.enrolment(lang, learner.id)} className="stack" noValidate>
        <CsrfField />
        <DateField name="pameldt" label={labels.pameldt} defaultValue={values.pameldt ?? learner.enrolledOn ?? ""} error={errors.fields.pameldt} />
        <FormField name="sted" label={labels.sted} defaultValue={values.sted ?? learner.provider} />
        <div>
          <Button type="submit" variant="secondary">
            {t("learner.saveEnrolment")}
          </Button>
        </div>
      </form>

      <Heading level={2} data-size="md">
        {t("learner.exemptionsTitle")}
      </Heading>
      {learner.exemptions.length === 0 ? (
        <Paragraph>{t("learner.exemptionsNone")}</Paragraph>
      ) : (
        <ul>
          {learner.exemptions.map((e) => (
            <li key={e.id}>
              {describeRecord({ kind: "exemption", value: e }, lang)} <CorrectionLink learnerId={learner.id} kind="exemption" recordId={e.id} />
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={trainingPaths.exemption(lang, learner.id)} className="stack" noValidate>
        <CsrfField />
        <ExemptionFields values={values} errors={errors} />
        <div>
          <Button type="submit" variant="secondary">
            {t("learner.addExemption")}
          </Button>
        </div>
      </form>
      <CorrectionHistory corrections={corrections} />
      <Paragraph>
        <Link href={trainingPaths.list(lang)}>{t("list.title")}</Link>
      </Paragraph>
    </div>
  );
}

/** The card on the staff start page. */
export function trainingTaskCard(lang: Language) {
  const t = trainingTexts(lang);
  return { href: trainingPaths.list(lang), title: t("staffCard.title"), text: t("staffCard.text") };
}

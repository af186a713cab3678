import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { educationLevels, residenceBases } from "@velkomst/rules";
import type { Language } from "@velkomst/i18n";
import { formatNumber } from "../cases/cases-format.ts";
import { isoWeek } from "../employers/outreach-days.ts";
import { toOslo } from "../events/oslo-time.ts";
import { formatDate } from "../plans/plan-dates.ts";
import { planTexts } from "../plans/plan-texts.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField, SelectField, TextareaField } from "../web/components/form-field.tsx";
import { Notice } from "../web/components/notice.tsx";
import { usePage } from "../web/page-context.tsx";
import type { Learner, LearnerSummary } from "./training-repository.ts";
import type { TrainingRules } from "./training-rules.ts";
import { exemptionSubjects, trainingLevels, trainingSkills, trainingSubjects } from "./training-tables.ts";
import { trainingPaths } from "./training-paths.ts";
import { trainingTexts } from "./training-texts.ts";

type Values = Record<string, string>;
type Determinations = TrainingRules;

/** Minutes as hours in the reader's language ("12,5"). */
const hours = (minutes: number, lang: Language) => formatNumber(minutes / 60, lang);

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
        <FormField name="fodselsdato" type="date" label={labels.fodselsdato} defaultValue={values.fodselsdato} error={errors.fields.fodselsdato} />
        <SelectField name="grunnlag" label={labels.grunnlag} defaultValue={values.grunnlag} error={errors.fields.grunnlag} options={basisOptions(lang)} />
        <FormField name="ankomst" type="date" label={labels.ankomst} defaultValue={values.ankomst} error={errors.fields.ankomst} />
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

/** Hours attended, newest first, and the form for a week's or a session's hours. */
function Attendance({ learner, values, errors }: { learner: Learner; values: Values; errors: FormErrors }) {
  const { lang } = usePage();
  const t = trainingTexts(lang);
  const when = (row: Learner["attendance"][number]) =>
    row.period === "week" ? t("attendance.week", { week: isoWeek(row.onDate).week, date: formatDate(row.onDate, lang) }) : row.period === "session" ? formatDate(row.onDate, lang) : t("attendance.earlier", { date: formatDate(row.onDate, lang) });
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
          columns={[{ label: t("attendance.when") }, { label: t("attendance.subject") }, { label: t("attendance.hours"), numeric: true }]}
          rows={learner.attendance.map((row) => ({ key: row.id, cells: [when(row), t(`subject.${row.subject}`), hours(row.minutes, lang)] }))}
        />
      )}
      <form method="post" action={trainingPaths.attendance(lang, learner.id)} className="stack" noValidate>
        <CsrfField />
        <SelectField name="emne" label={t("attendance.subjectField")} defaultValue={values.emne} error={errors.fields.emne} options={trainingSubjects.map((s) => ({ value: s, label: t(`subject.${s}`) }))} />
        <SelectField
          name="periode"
          label={t("attendance.period")}
          defaultValue={values.periode ?? "week"}
          error={errors.fields.periode}
          options={[
            { value: "week", label: t("attendance.perWeek") },
            { value: "session", label: t("attendance.perSession") },
          ]}
        />
        <FormField name="timedato" type="date" label={t("attendance.date")} hint={t("attendance.dateHint")} defaultValue={values.timedato} error={errors.fields.timedato} />
        <FormField name="antall" inputMode="decimal" label={t("attendance.hours")} hint={t("attendance.hoursHint")} defaultValue={values.antall} error={errors.fields.antall} />
        <div>
          <Button type="submit" variant="secondary">
            {t("attendance.add")}
          </Button>
        </div>
      </form>
    </>
  );
}

export function LearnerPage({ learner, rules, values, errors, notice }: { learner: Learner; rules: Determinations | undefined; values: Values; errors: FormErrors; notice?: string }) {
  const { lang, now } = usePage();
  const t = trainingTexts(lang);
  const latest = (skill: (typeof trainingSkills)[number]) => learner.results.find((r) => r.skill === skill);
  const labels = { pameldt: t("learner.enrolledOn"), sted: t("learner.provider"), emne: t("attendance.subjectField"), periode: t("attendance.period"), timedato: t("attendance.date"), antall: t("attendance.hours"), ferdighet: t("learner.skill"), niva: t("learner.level"), prove: t("learner.test"), dato: t("learner.testedOn"), fag: t("learner.subject"), begrunnelse: t("learner.reason"), vedtaksdato: t("learner.decidedOn") };
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
      <form method="post" action={trainingPaths.result(lang, learner.id)} className="stack" noValidate>
        <CsrfField />
        <SelectField name="ferdighet" label={labels.ferdighet} defaultValue={values.ferdighet} error={errors.fields.ferdighet} options={trainingSkills.map((s) => ({ value: s, label: t(`skill.${s}`) }))} />
        <SelectField name="niva" label={labels.niva} defaultValue={values.niva} error={errors.fields.niva} options={trainingLevels.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
        <FormField name="prove" label={labels.prove} defaultValue={values.prove} />
        <FormField name="dato" type="date" label={labels.dato} defaultValue={values.dato} error={errors.fields.dato} />
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
        <FormField name="pameldt" type="date" label={labels.pameldt} defaultValue={values.pameldt ?? learner.enrolledOn ?? ""} error={errors.fields.pameldt} />
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
            <li key={e.id}>{`${t(`subject.${e.subject}`)}, ${formatDate(e.decidedOn, lang)}: ${e.reason}`}</li>
          ))}
        </ul>
      )}
      <form method="post" action={trainingPaths.exemption(lang, learner.id)} className="stack" noValidate>
        <CsrfField />
        <SelectField name="fag" label={labels.fag} defaultValue={values.fag} error={errors.fields.fag} options={exemptionSubjects.map((s) => ({ value: s, label: t(`subject.${s}`) }))} />
        <TextareaField name="begrunnelse" label={labels.begrunnelse} rows={2} defaultValue={values.begrunnelse} error={errors.fields.begrunnelse} />
        <FormField name="vedtaksdato" type="date" label={labels.vedtaksdato} defaultValue={values.vedtaksdato} error={errors.fields.vedtaksdato} />
        <div>
          <Button type="submit" variant="secondary">
            {t("learner.addExemption")}
          </Button>
        </div>
      </form>
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

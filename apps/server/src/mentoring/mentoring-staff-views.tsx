import { Button, Card, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { intlLocale } from "@velkomst/i18n";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField, SelectField, type SelectOption } from "../web/components/form-field.tsx";
import { DateField } from "../web/components/date-time-fields.tsx";
import { Notice } from "../web/components/notice.tsx";
import { usePage } from "../web/page-context.tsx";
import { eventsPaths } from "../events/events-paths.ts";
import { criteria, criterionMaximum, type Criterion } from "./match-score.ts";
import type { FormValues } from "./mentoring-forms.ts";
import { formatDate, formatHours, formatNumber, formatPeriod } from "./mentoring-format.ts";
import { mentoringPaths } from "./mentoring-paths.ts";
import type { Cohort, CohortOverview, ProposalView } from "./mentoring-repository.ts";
import type { FeedbackSummary } from "./mentor-meetings.ts";
import type { SeminarStage } from "./mentoring-tables.ts";
import { mentoringTexts } from "./mentoring-texts.ts";
import { CheckboxGroup, ProfileFields, profileLabels } from "./profile-fields.tsx";

export function CohortListPage({ cohorts, municipalities, values, errors, notice }: { cohorts: readonly Cohort[]; municipalities: readonly SelectOption[]; values: FormValues; errors: FormErrors; notice?: string }) {
  const { lang } = usePage();
  const t = mentoringTexts(lang);
  const f = values.fields;
  const labels = { name: t("field.name"), municipality: t("field.municipality"), startsOn: t("field.startsOn"), endsOn: t("field.endsOn") };
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("staff.title")}
      </Heading>
      <Notice text={notice} />
      <Paragraph>{t("staff.lead")}</Paragraph>
      <section className="stack" aria-labelledby="cohorts">
        <Heading level={2} data-size="sm" id="cohorts">
          {t("staff.cohorts")}
        </Heading>
        {cohorts.length === 0 ? (
          <Paragraph>{t("staff.noCohorts")}</Paragraph>
        ) : (
          <ul className="plain-list">
            {cohorts.map((cohort) => (
              <li key={cohort.id}>
                <Link href={mentoringPaths.cohort(lang, cohort.id)}>{cohort.name}</Link>
                <br />
                {t("staff.cohortLine", { municipality: cohort.municipalityName, period: formatPeriod(lang, cohort.startsOn, cohort.endsOn) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="stack narrow" aria-labelledby="new-cohort">
        <Heading level={2} data-size="sm" id="new-cohort">
          {t("staff.newCohort")}
        </Heading>
        <FormErrorSummary errors={errors} labels={labels} />
        <form method="post" action={mentoringPaths.staffHome(lang)} className="stack" noValidate>
          <CsrfField />
          <FormField name="name" label={labels.name} defaultValue={f.name ?? ""} error={errors.fields.name} maxLength={200} required />
          <SelectField name="municipality" label={labels.municipality} options={municipalities} defaultValue={f.municipality} error={errors.fields.municipality} />
          <DateField name="startsOn" label={labels.startsOn} defaultValue={f.startsOn ?? ""} error={errors.fields.startsOn} required />
          <DateField name="endsOn" label={labels.endsOn} hint={t("field.endsOnHint")} defaultValue={f.endsOn ?? ""} error={errors.fields.endsOn} required />
          <CheckboxGroup name="policeCertificateRequired" legend={t("signup.termsTitle")} checked={f.policeCertificateRequired === "yes" ? ["yes"] : []} choices={[{ value: "yes", label: t("field.policeCertificateRequired") }]} />
          <div>
            <Button type="submit">{t("staff.createCohort")}</Button>
          </div>
        </form>
      </section>
    </div>
  );
}

function PointsList({ points }: { points: Partial<Record<Criterion, number>> }) {
  const { lang } = usePage();
  const t = mentoringTexts(lang);
  return (
    <ul className="plain-list">
      {criteria.map((criterion) => (
        <li key={criterion}>{t("proposal.pointsLine", { criterion: t(`criterion.${criterion}`), points: `${formatNumber(lang, points[criterion] ?? 0)}/${formatNumber(lang, criterionMaximum[criterion])}` })}</li>
      ))}
    </ul>
  );
}

const stages: readonly SeminarStage[] = ["start", "midway", "closing"];

export function CohortPage({ overview, seminars, feedback, today, notice }: { overview: CohortOverview; today: string; seminars: ReadonlyArray<{ stage: SeminarStage; eventId: string }>; feedback: readonly FeedbackSummary[]; notice?: string }) {
  const { lang } = usePage();
  const t = mentoringTexts(lang);
  const { cohort, mentors, mentees, pairs } = overview;
  const mentorName = new Map(mentors.map((m) => [m.id, m.firstName]));
  const menteeName = new Map(mentees.map((m) => [m.id, m.firstName]));
  const quiet = pairs.filter((p) => p.quiet).length;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {cohort.name}
      </Heading>
      <Paragraph>{t("staff.cohortLine", { municipality: cohort.municipalityName, period: formatPeriod(lang, cohort.startsOn, cohort.endsOn) })}</Paragraph>
      <Notice text={notice} />
      <div className="card-grid">
        <Button asChild>
          <a href={mentoringPaths.proposal(lang, cohort.id)}>{t("staff.proposePairs")}</a>
        </Button>
        <Button asChild variant="secondary">
          <a href={mentoringPaths.newMentee(lang, cohort.id)}>{t("staff.addMentee")}</a>
        </Button>
      </div>
      <section className="stack" aria-labelledby="pairs">
        <Heading level={2} data-size="sm" id="pairs">
          {t("staff.pairs")}
        </Heading>
        {quiet > 0 && <Paragraph>{t("staff.quietPairs", { count: quiet })}</Paragraph>}
        {pairs.length === 0 ? (
          <Paragraph>{t("staff.noPairs")}</Paragraph>
        ) : (
          <DataTable
            caption={t("staff.pairs")}
            stacked
            rowHeaders
            columns={[{ label: t("staff.mentor") }, { label: t("staff.mentee") }, { label: t("staff.score"), numeric: true }, { label: t("staff.meetings") }, { label: t("staff.lastMet") }, { label: t("staff.status") }]}
            rows={pairs.map((pair) => ({
              key: pair.id,
              cells: [
                mentorName.get(pair.mentorId) ?? "",
                menteeName.get(pair.menteeId) ?? "",
                formatNumber(lang, pair.score),
                t("staff.meetingsAndHours", { meetings: pair.meetings, hours: formatHours(lang, pair.minutes) }),
                pair.lastMetOn ? formatDate(lang, pair.lastMetOn) : t("staff.never"),
                <>
                  <Tag data-color={pair.quiet ? "warning" : "success"}>{pair.quiet ? t("staff.quiet") : t("staff.active")}</Tag>
                  {cohort.endsOn <= today && (
                    <>
                      {" "}
                      <Link href={mentoringPaths.menteeFeedback(lang, cohort.id, pair.id)}>{t("staff.recordMenteeAnswers", { name: menteeName.get(pair.menteeId) ?? "" })}</Link>
                    </>
                  )}
                </>,
              ],
            }))}
          />
        )}
      </section>
      <section className="stack" aria-labelledby="mentors">
        <Heading level={2} data-size="sm" id="mentors">
          {t("staff.mentors")}
        </Heading>
        {mentors.length === 0 ? (
          <Paragraph>{t("staff.noMentors")}</Paragraph>
        ) : (
          <ul className="plain-list">
            {mentors.map((mentor) => (
              <li key={mentor.id}>
                {mentor.firstName}
                {cohort.policeCertificateRequired && (
                  <>
                    {" · "}
                    {t("staff.policeCertificate")}: {mentor.policeCertificateSeenOn ? t("staff.policeCertificateSeen", { date: formatDate(lang, mentor.policeCertificateSeenOn) }) : t("staff.policeCertificateMissing")}
                    {!mentor.policeCertificateSeenOn && (
                      <form method="post" action={mentoringPaths.policeCertificate(lang, cohort.id, mentor.id)} className="inline-form">
                        <CsrfField />
                        <Button type="submit" variant="secondary" data-size="sm">
                          {t("staff.recordPoliceCertificate")}
                        </Button>
                      </form>
                    )}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="stack" aria-labelledby="mentees">
        <Heading level={2} data-size="sm" id="mentees">
          {t("staff.mentees")}
        </Heading>
        {mentees.length === 0 ? (
          <Paragraph>{t("staff.noMentees")}</Paragraph>
        ) : (
          <ul className="plain-list">
            {mentees.map((mentee) => (
              <li key={mentee.id}>
                {mentee.firstName}
                {mentee.phone && (
                  <>
                    {" · "}
                    <span dir="ltr">{mentee.phone}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="stack" aria-labelledby="seminars">
        <Heading level={2} data-size="sm" id="seminars">
          {t("staff.seminars")}
        </Heading>
        <Paragraph>{t("staff.seminarsLead")}</Paragraph>
        {seminars.length === 0 ? (
          <form method="post" action={mentoringPaths.seminars(lang, cohort.id)}>
            <CsrfField />
            <Button type="submit" variant="secondary">
              {t("staff.createSeminars")}
            </Button>
          </form>
        ) : (
          <ul className="plain-list">
            {stages.map((stage) => {
              const seminar = seminars.find((s) => s.stage === stage);
              return seminar ? (
                <li key={stage}>
                  <Link href={eventsPaths.staffEvent(lang, seminar.eventId)}>{t(`seminar.${stage}`, { cohort: cohort.name })}</Link>
                </li>
              ) : null;
            })}
          </ul>
        )}
      </section>
      <section className="stack" aria-labelledby="feedback">
        <Heading level={2} data-size="sm" id="feedback">
          {t("staff.feedback")}
        </Heading>
        <Paragraph>{t("staff.feedbackLead")}</Paragraph>
        <div className="card-grid">
          {feedback.map((summary) => (
            <Card key={summary.side} className="stack">
              <Heading level={3} data-size="xs">
                {t("staff.feedbackSide", { side: summary.side })}
              </Heading>
              <ul className="plain-list">
                <li>{t("staff.feedbackAnswers", { count: summary.answers })}</li>
                {summary.averageUsefulness !== null && <li>{t("staff.averageUsefulness", { average: formatNumber(lang, summary.averageUsefulness) })}</li>}
                <li>{t("staff.metOftenEnoughCount", { count: summary.metOftenEnough })}</li>
                <li>{t("staff.wouldRecommendCount", { count: summary.wouldRecommend })}</li>
              </ul>
            </Card>
          ))}
        </div>
      </section>
    </div>
  );
}

export function NewMenteePage({ cohort, values, errors, municipalities }: { cohort: Cohort; values: FormValues; errors: FormErrors; municipalities: readonly SelectOption[] }) {
  const { lang } = usePage();
  const t = mentoringTexts(lang);
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("staff.addMentee")}
      </Heading>
      <Paragraph>{cohort.name}</Paragraph>
      <FormErrorSummary errors={errors} labels={profileLabels(lang, false)} />
      <form method="post" action={mentoringPaths.newMentee(lang, cohort.id)} className="stack" noValidate>
        <CsrfField />
        <ProfileFields values={values} errors={errors.fields} municipalities={municipalities} forMentor={false} />
        <FormField name="email" label={t("field.email")} type="email" autoComplete="off" defaultValue={values.fields.email ?? ""} error={errors.fields.email} maxLength={254} />
        <DateField name="consentGivenOn" label={t("field.consentGivenOn")} hint={t("field.consentHint")} defaultValue={values.fields.consentGivenOn ?? ""} error={errors.fields.consentGivenOn} required />
        <div>
          <Button type="submit">{t("staff.addMentee")}</Button>
        </div>
      </form>
    </div>
  );
}

export function ProposalPage({ view, errors }: { view: ProposalView; errors: FormErrors }) {
  const { lang } = usePage();
  const t = mentoringTexts(lang);
  const { cohort, proposal, candidates } = view;
  const proposedFor = new Map(proposal.pairs.map((p) => [p.mentorId, p]));
  const menteeName = new Map(candidates.mentees.map((m) => [m.id, m.firstName]));
  const waiting = cohort.policeCertificateRequired && view.mentors.some((m) => m.policeCertificateSeenOn === null && !view.pairs.some((p) => p.mentorId === m.id));
  const options: SelectOption[] = [{ value: "", label: t("proposal.none") }, ...candidates.mentees.map((m) => ({ value: m.id, label: m.firstName }))];
  const labels = Object.fromEntries(candidates.mentors.map((m) => [`mentor-${m.id}`, t("proposal.choose", { mentor: m.firstName })]));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("proposal.title", { cohort: cohort.name })}
      </Heading>
      <Paragraph>{t("proposal.lead")}</Paragraph>
      <Paragraph data-size="sm">{t("proposal.explanation")}</Paragraph>
      {waiting && <Paragraph>{t("proposal.waitingForCertificate")}</Paragraph>}
      <FormErrorSummary errors={errors} labels={labels} />
      {candidates.mentors.length === 0 || candidates.mentees.length === 0 ? (
        <Paragraph>{t("proposal.nothing")}</Paragraph>
      ) : (
        <form method="post" action={mentoringPaths.proposal(lang, cohort.id)} className="stack" noValidate>
          <CsrfField />
          <div className="card-grid">
            {candidates.mentors.map((mentor) => {
              const proposed = proposedFor.get(mentor.id);
              return (
                <Card key={mentor.id} className="stack">
                  <Heading level={2} data-size="xs">
                    {proposed ? `${mentor.firstName} – ${menteeName.get(proposed.menteeId) ?? ""}` : mentor.firstName}
                  </Heading>
                  {proposed && (
                    <>
                      <Paragraph>
                        <strong>{t("proposal.total", { total: formatNumber(lang, proposed.score.total) })}</strong>
                      </Paragraph>
                      <PointsList points={proposed.score.points} />
                    </>
                  )}
                  <SelectField name={`mentor-${mentor.id}`} label={labels[`mentor-${mentor.id}`]!} options={options} defaultValue={proposed?.menteeId ?? ""} error={errors.fields[`mentor-${mentor.id}`]} />
                </Card>
              );
            })}
          </div>
          {proposal.unpairedMenteeIds.length > 0 && <Paragraph>{t("proposal.unpairedMentees", { names: new Intl.ListFormat(intlLocale(lang), { type: "conjunction" }).format(proposal.unpairedMenteeIds.map((id) => menteeName.get(id) ?? "")) })}</Paragraph>}
          <div>
            <Button type="submit">{t("proposal.confirm")}</Button>
          </div>
        </form>
      )}
    </div>
  );
}

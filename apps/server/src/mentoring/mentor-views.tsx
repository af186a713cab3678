import { Button, Card, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField } from "../web/components/form-field.tsx";
import { DateField } from "../web/components/date-time-fields.tsx";
import type { SelectOption } from "../web/components/form-field.tsx";
import { Notice } from "../web/components/notice.tsx";
import { usePage } from "../web/page-context.tsx";
import type { FormValues } from "./mentoring-forms.ts";
import { formatDate, formatHours, formatPeriod } from "./mentoring-format.ts";
import { mentoringPaths } from "./mentoring-paths.ts";
import type { Cohort } from "./mentoring-repository.ts";
import { mentoringTexts } from "./mentoring-texts.ts";
import type { Mentorship } from "./mentor-meetings.ts";
import { CheckboxGroup, ProfileFields, RadioGroup, profileLabels } from "./profile-fields.tsx";

function MentorshipCard({ mentorship, today }: { mentorship: Mentorship; today: string }) {
  const { lang } = usePage();
  const t = mentoringTexts(lang);
  const { cohort, pair } = mentorship;
  const minutes = pair?.meetings.reduce((sum, m) => sum + m.minutes, 0) ?? 0;
  return (
    <Card className="stack">
      <Heading level={2} data-size="sm">
        {cohort.name}
      </Heading>
      <Paragraph data-size="sm">{t("staff.cohortLine", { municipality: cohort.municipalityName, period: formatPeriod(lang, cohort.startsOn, cohort.endsOn) })}</Paragraph>
      {pair ? (
        <>
          <Heading level={3} data-size="xs">
            {t("mentor.yourPartner")}
          </Heading>
          <ul className="plain-list">
            <li>
              <strong>{pair.mentee.firstName}</strong>
            </li>
            {pair.mentee.phone && (
              <li>
                <Link href={`tel:${pair.mentee.phone.replace(/\s/g, "")}`} dir="ltr">
                  {pair.mentee.phone}
                </Link>
              </li>
            )}
            {pair.mentee.email && (
              <li>
                <Link href={`mailto:${pair.mentee.email}`} dir="ltr">
                  {pair.mentee.email}
                </Link>
              </li>
            )}
          </ul>
          <Button asChild>
            <a href={mentoringPaths.logMeeting(lang, pair.id)}>{t("mentor.logMeeting")}</a>
          </Button>
          <Heading level={3} data-size="xs">
            {t("mentor.meetings")}
          </Heading>
          {pair.meetings.length === 0 ? (
            <Paragraph>{t("mentor.noMeetings")}</Paragraph>
          ) : (
            <>
              <Paragraph>{t("mentor.total", { meetings: pair.meetings.length, hours: formatHours(lang, minutes) })}</Paragraph>
              <ul className="plain-list">
                {pair.meetings.map((m, index) => (
                  <li key={index}>{t("mentor.meetingLine", { date: formatDate(lang, m.metOn), hours: formatHours(lang, m.minutes), topic: m.topic })}</li>
                ))}
              </ul>
            </>
          )}
          {cohort.endsOn <= today && !pair.feedbackGiven && (
            <Paragraph>
              <Link href={mentoringPaths.mentorFeedback(lang, pair.id)}>{t("mentor.giveFeedback")}</Link>
            </Paragraph>
          )}
        </>
      ) : (
        <Paragraph>{t("mentor.waitingForPair")}</Paragraph>
      )}
    </Card>
  );
}

export function MentorHomePage({ mentorships, openCohorts, today, notice }: { mentorships: readonly Mentorship[]; openCohorts: readonly Cohort[]; today: string; notice?: string }) {
  const { lang } = usePage();
  const t = mentoringTexts(lang);
  const joined = new Set(mentorships.map((m) => m.cohort.id));
  const joinable = openCohorts.filter((c) => !joined.has(c.id));
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("mentor.title")}
      </Heading>
      <Notice text={notice} />
      <Paragraph>{t("mentor.lead")}</Paragraph>
      {mentorships.map((mentorship) => (
        <MentorshipCard key={mentorship.mentorId} mentorship={mentorship} today={today} />
      ))}
      <section className="stack" aria-labelledby="open-cohorts">
        <Heading level={2} data-size="sm" id="open-cohorts">
          {t("mentor.openCohorts")}
        </Heading>
        {joinable.length === 0 ? (
          <Paragraph>{t("mentor.noOpenCohorts")}</Paragraph>
        ) : (
          <ul className="plain-list">
            {joinable.map((cohort) => (
              <li key={cohort.id}>
                <Link href={mentoringPaths.mentorSignup(lang, cohort.id)}>
                  {t("signup.title", { cohort: cohort.name })}
                </Link>{" "}
                ({t("staff.cohortLine", { municipality: cohort.municipalityName, period: formatPeriod(lang, cohort.startsOn, cohort.endsOn) })})
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export function MentorSignupPage({ cohort, values, errors, municipalities }: { cohort: Cohort; values: FormValues; errors: FormErrors; municipalities: readonly SelectOption[] }) {
  const { lang } = usePage();
  const t = mentoringTexts(lang);
  const labels = { ...profileLabels(lang, true), acceptTerms: t("signup.acceptConfidentiality"), acceptPolice: t("signup.acceptPolice") };
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("signup.title", { cohort: cohort.name })}
      </Heading>
      <FormErrorSummary errors={errors} labels={labels} />
      <form method="post" action={mentoringPaths.mentorSignup(lang, cohort.id)} className="stack" noValidate>
        <CsrfField />
        <ProfileFields values={values} errors={errors.fields} municipalities={municipalities} forMentor />
        <section className="stack" aria-labelledby="terms">
          <Heading level={2} data-size="sm" id="terms">
            {t("signup.termsTitle")}
          </Heading>
          <Paragraph>{t("signup.termsConfidentiality")}</Paragraph>
          <Paragraph>{t("signup.termsContact")}</Paragraph>
          {cohort.policeCertificateRequired && <Paragraph>{t("signup.termsPolice")}</Paragraph>}
          <CheckboxGroup name="acceptTerms" legend={t("signup.termsTitle")} checked={values.fields.acceptTerms === "yes" ? ["yes"] : []} error={errors.fields.acceptTerms} choices={[{ value: "yes", label: t("signup.acceptConfidentiality") }]} />
          {cohort.policeCertificateRequired && (
            <CheckboxGroup name="acceptPolice" legend={t("field.policeCertificateRequired")} checked={values.fields.acceptPolice === "yes" ? ["yes"] : []} error={errors.fields.acceptPolice} choices={[{ value: "yes", label: t("signup.acceptPolice") }]} />
          )}
        </section>
        <div>
          <Button type="submit">{t("signup.submit")}</Button>
        </div>
      </form>
    </div>
  );
}

export function LogMeetingPage({ pairId, menteeFirstName, values, errors }: { pairId: string; menteeFirstName: string; values: FormValues; errors: FormErrors }) {
  const { lang } = usePage();
  const t = mentoringTexts(lang);
  const f = values.fields;
  const labels = { metOn: t("meeting.date"), hours: t("meeting.hours"), topic: t("meeting.topic") };
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("meeting.title", { name: menteeFirstName })}
      </Heading>
      <FormErrorSummary errors={errors} labels={labels} />
      <form method="post" action={mentoringPaths.logMeeting(lang, pairId)} className="stack" noValidate>
        <CsrfField />
        <DateField name="metOn" label={labels.metOn} defaultValue={f.metOn ?? ""} error={errors.fields.metOn} required />
        <FormField name="hours" label={labels.hours} hint={t("meeting.hoursHint")} inputMode="decimal" defaultValue={f.hours ?? ""} error={errors.fields.hours} required size={6} />
        <FormField name="topic" label={labels.topic} hint={t("meeting.topicHint")} defaultValue={f.topic ?? ""} error={errors.fields.topic} maxLength={200} required />
        <div className="stack">
          <Button type="submit">{t("meeting.submit")}</Button>
          <Link href={mentoringPaths.mentorHome(lang)}>{t("meeting.back")}</Link>
        </div>
      </form>
    </div>
  );
}

/** The closing questionnaire, for the mentor themselves or for the coordinator entering a mentee's answers. */
export function FeedbackPage({ title, action, values, errors }: { title: string; action: string; values: FormValues; errors: FormErrors }) {
  const { lang } = usePage();
  const t = mentoringTexts(lang);
  const f = values.fields;
  const yesNo = [
    { value: "yes", label: t("feedbackForm.yes") },
    { value: "no", label: t("feedbackForm.no") },
  ];
  const labels = { usefulness: t("feedbackForm.usefulness"), metOftenEnough: t("feedbackForm.metOftenEnough"), wouldRecommend: t("feedbackForm.wouldRecommend") };
  const scale = ["1", "2", "3", "4", "5"].map((value) => ({ value, label: value === "1" ? t("feedbackForm.usefulnessLow") : value === "5" ? t("feedbackForm.usefulnessHigh") : value }));
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <FormErrorSummary errors={errors} labels={labels} />
      <form method="post" action={action} className="stack" noValidate>
        <CsrfField />
        <RadioGroup name="usefulness" legend={labels.usefulness} choices={scale} value={f.usefulness ?? ""} error={errors.fields.usefulness} />
        <RadioGroup name="metOftenEnough" legend={labels.metOftenEnough} choices={yesNo} value={f.metOftenEnough ?? ""} error={errors.fields.metOftenEnough} />
        <RadioGroup name="wouldRecommend" legend={labels.wouldRecommend} choices={yesNo} value={f.wouldRecommend ?? ""} error={errors.fields.wouldRecommend} />
        <div>
          <Button type="submit">{t("feedbackForm.submit")}</Button>
        </div>
      </form>
    </div>
  );
}

import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { formatDate } from "../cases/cases-format.ts";
import { casesTexts } from "../cases/cases-texts.ts";
import { CheckboxGroup } from "../mentoring/profile-fields.tsx";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { SelectField, TextareaField } from "../web/components/form-field.tsx";
import { DateField } from "../web/components/date-time-fields.tsx";
import { Notice } from "../web/components/notice.tsx";
import { isolated } from "../web/bidi.ts";
import { usePage } from "../web/page-context.tsx";
import { newcomerTeamPaths } from "./newcomer-team-paths.ts";
import { newcomerTeamTexts } from "./newcomer-team-texts.ts";
import type { ReferralContext, ReferralSubject } from "./referral-repository.ts";
import type { FormValues } from "./team-forms.ts";

/** The link from a guidance case or a participant's record to the referral form (the one line those modules carry). */
export function ReferToTeamLink({ subject }: { subject: ReferralSubject }) {
  const { lang } = usePage();
  return (
    <Paragraph>
      <Link href={newcomerTeamPaths.refer(lang, subject)}>{newcomerTeamTexts(lang)("referral.link")}</Link>
    </Paragraph>
  );
}

/** The referral form: a member of a team around the person, the purpose, and the person's consent to share with that member. */
export function ReferralPage({ context, values, errors, notice }: { context: ReferralContext; values: FormValues; errors: FormErrors; notice?: string }) {
  const { lang } = usePage();
  const t = newcomerTeamTexts(lang);
  const c = casesTexts(lang);
  const labels = { member: t("referral.member"), purpose: t("referral.purpose"), consent: t("referral.consent"), consentGivenOn: t("referral.consentGivenOn") };
  const { subject, person, members, consents } = context;
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("referral.title", { name: isolated(person.name, lang) })}
      </Heading>
      <Notice text={notice} />
      <Paragraph>{t("referral.lead")}</Paragraph>
      {members.length === 0 ? (
        <Paragraph>{t("referral.noMembers")}</Paragraph>
      ) : (
        <>
          <FormErrorSummary errors={errors} labels={labels} />
          <form method="post" action={newcomerTeamPaths.refer(lang, subject)} className="stack" noValidate>
            <CsrfField />
            <SelectField
              name="member"
              label={labels.member}
              options={members.map((m) => ({ value: m.id, label: `${m.name} (${t(`agency.${m.agency}.name`)})` }))}
              defaultValue={values.member}
              error={errors.fields.member}
            />
            <TextareaField name="purpose" label={labels.purpose} hint={t("referral.purposeHint")} defaultValue={values.purpose ?? ""} error={errors.fields.purpose} rows={3} maxLength={500} required />
            {subject.kind === "participant" ? (
              <SelectField
                name="consent"
                label={labels.consent}
                hint={t("referral.consentParticipantHint")}
                options={
                  consents.length === 0
                    ? [{ value: "", label: t("referral.noConsents") }]
                    : consents.map((consent) => ({ value: consent.id, label: t("referral.consentChoice", { recipient: c(`recipients.${consent.recipient}`), purpose: consent.purpose, date: formatDate(consent.givenOn, lang) }) }))
                }
                defaultValue={values.consent}
                error={errors.fields.consent}
              />
            ) : (
              <>
                <CheckboxGroup name="consent" legend={labels.consent} checked={values.consent === "yes" ? ["yes"] : []} error={errors.fields.consent} choices={[{ value: "yes", label: t("referral.consentGuidance") }]} />
                <DateField name="consentGivenOn" label={labels.consentGivenOn} defaultValue={values.consentGivenOn ?? ""} error={errors.fields.consentGivenOn} />
              </>
            )}
            <div>
              <Button type="submit">{t("referral.submit")}</Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}

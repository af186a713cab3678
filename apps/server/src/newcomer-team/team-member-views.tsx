import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField, SelectField, TextareaField } from "../web/components/form-field.tsx";
import { isolated } from "../web/bidi.ts";
import { usePage } from "../web/page-context.tsx";
import { agencies } from "./agencies.ts";
import { newcomerTeamPaths } from "./newcomer-team-paths.ts";
import { newcomerTeamTexts } from "./newcomer-team-texts.ts";
import type { FormValues } from "./team-forms.ts";
import type { Member, Team } from "./team-repository.ts";

function useMemberLabels() {
  const t = newcomerTeamTexts(usePage().lang);
  return { agency: t("team.agency"), name: t("team.memberName"), contactName: t("team.contactName"), contactEmail: t("team.contactEmail"), contactPhone: t("team.contactPhone"), helpsWith: t("team.helpsWith") };
}

/** A member agency's form, to add one or to change one: its summary of errors, its fields and its button. */
export function MemberForm({ action, values, errors, submit, labelledBy }: { action: string; values: FormValues; errors: FormErrors; submit: string; labelledBy: string }) {
  const t = newcomerTeamTexts(usePage().lang);
  const labels = useMemberLabels();
  return (
    <>
      <FormErrorSummary errors={errors} labels={labels} />
      <form method="post" action={action} className="stack narrow" noValidate aria-labelledby={labelledBy}>
        <CsrfField />
        <SelectField name="agency" label={labels.agency} options={agencies.map((a) => ({ value: a, label: t(`agency.${a}.name`) }))} defaultValue={values.agency} error={errors.fields.agency} />
        <FormField name="name" label={labels.name} hint={t("team.memberNameHint")} defaultValue={values.name ?? ""} error={errors.fields.name} maxLength={200} required />
        <FormField name="contactName" label={labels.contactName} defaultValue={values.contactName ?? ""} error={errors.fields.contactName} maxLength={200} required autoComplete="off" />
        <FormField name="contactEmail" label={labels.contactEmail} type="email" dir="ltr" defaultValue={values.contactEmail ?? ""} error={errors.fields.contactEmail} maxLength={254} required autoComplete="off" />
        <FormField name="contactPhone" label={labels.contactPhone} type="tel" dir="ltr" defaultValue={values.contactPhone ?? ""} error={errors.fields.contactPhone} maxLength={40} autoComplete="off" />
        <TextareaField name="helpsWith" label={labels.helpsWith} hint={t("team.helpsWithHint")} defaultValue={values.helpsWith ?? ""} error={errors.fields.helpsWith} rows={3} maxLength={1000} />
        <div>
          <Button type="submit">{submit}</Button>
        </div>
      </form>
    </>
  );
}

/** The form's values for a saved member. */
export const memberValues = (member: Member): FormValues => ({ agency: member.agency, name: member.name, contactName: member.contactName, contactEmail: member.contactEmail, contactPhone: member.contactPhone, helpsWith: member.helpsWith });

/** Change a member agency, or take it off the team. */
export function MemberPage({ team, member, values, errors }: { team: Team; member: Member; values: FormValues; errors: FormErrors }) {
  const { lang } = usePage();
  const t = newcomerTeamTexts(lang);
  const name = isolated(member.name, lang);
  return (
    <div className="stack">
      <Paragraph>
        <Link href={`${newcomerTeamPaths.staffTeam(lang, team.id)}#members`}>{t("team.backToTeam", { team: isolated(team.name, lang) })}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg" id="edit-member">
        {t("team.editMemberTitle", { name })}
      </Heading>
      <MemberForm action={newcomerTeamPaths.member(lang, team.id, member.id)} values={values} errors={errors} submit={t("team.saveMember")} labelledBy="edit-member" />
      <section className="stack narrow" aria-labelledby="remove-member">
        <Heading level={2} data-size="md" id="remove-member">
          {t("team.removeMemberTitle")}
        </Heading>
        <Paragraph>{t("team.removeMemberLead")}</Paragraph>
        <form method="post" action={newcomerTeamPaths.removeMember(lang, team.id, member.id)}>
          <CsrfField />
          <Button type="submit" variant="secondary" data-color="danger">
            {t("team.removeMember", { name })}
          </Button>
        </form>
      </section>
    </div>
  );
}

import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { formatDayTimes } from "../events/event-format.ts";
import { localise, type EventRecord } from "../events/events-repository.ts";
import { formatDateTime } from "../cases/cases-format.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField, SelectField, type SelectOption } from "../web/components/form-field.tsx";
import { Notice } from "../web/components/notice.tsx";
import { isolated } from "../web/bidi.ts";
import { usePage } from "../web/page-context.tsx";
import { newcomerTeamPaths } from "./newcomer-team-paths.ts";
import { newcomerTeamTexts } from "./newcomer-team-texts.ts";
import { referralStatuses, type ReferralRow } from "./referral-repository.ts";
import type { CalendarEntry } from "./team-calendar.ts";
import type { FormValues } from "./team-forms.ts";
import { MemberForm } from "./team-member-views.tsx";
import { CalendarList, MemberCards, TeamLinks, useAreaName } from "./team-public-views.tsx";
import type { Member, Team } from "./team-repository.ts";

export function TeamListPage({ teams, areas, values, errors }: { teams: readonly Team[]; areas: readonly SelectOption[]; values: FormValues; errors: FormErrors }) {
  const { lang } = usePage();
  const t = newcomerTeamTexts(lang);
  const labels = { area: t("team.area"), name: t("team.name") };
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("team.title")}
      </Heading>
      <Paragraph>{t("team.lead")}</Paragraph>
      {teams.length === 0 ? (
        <Paragraph>{t("team.none")}</Paragraph>
      ) : (
        <TeamLinks teams={teams} href={(team) => newcomerTeamPaths.staffTeam(lang, team.id)} />
      )}
      {areas.length > 0 && (
        <section className="stack narrow" aria-labelledby="new-team">
          <Heading level={2} data-size="md" id="new-team">
            {t("team.newTitle")}
          </Heading>
          <FormErrorSummary errors={errors} labels={labels} />
          <form method="post" action={newcomerTeamPaths.staffList(lang)} className="stack" noValidate>
            <CsrfField />
            <SelectField name="area" label={labels.area} options={areas} defaultValue={values.area} error={errors.fields.area} />
            <FormField name="name" label={labels.name} hint={t("team.nameHint")} defaultValue={values.name ?? ""} error={errors.fields.name} maxLength={200} required />
            <div>
              <Button type="submit">{t("team.create")}</Button>
            </div>
          </form>
        </section>
      )}
    </div>
  );
}

export interface TeamPageProps {
  team: Team;
  members: readonly Member[];
  calendar: readonly CalendarEntry[];
  untagged: readonly EventRecord[];
  /** Null when the viewer does no casework (national administrators see no referrals). */
  referrals: readonly ReferralRow[] | null;
  /** The team's referrals in the last 12 months, of everyone and anonymised ones too (no person in it). */
  referralCount: number;
  memberValues: FormValues;
  memberErrors: FormErrors;
  tagErrors: FormErrors;
  notice?: string;
}

export function TeamPage(props: TeamPageProps) {
  const { lang } = usePage();
  const t = newcomerTeamTexts(lang);
  const areaName = useAreaName();
  const { team, members } = props;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" dir="auto">
        {team.name}
      </Heading>
      <Paragraph>{areaName(team.area)}</Paragraph>
      <Notice text={props.notice} />
      <Paragraph>
        <Link href={newcomerTeamPaths.publicTeam(lang, team.id)}>{t("team.publicLink")}</Link>
      </Paragraph>

      <section className="stack" aria-labelledby="members">
        <Heading level={2} data-size="md" id="members">
          {t("team.membersTitle")}
        </Heading>
        {members.length === 0 ? <Paragraph>{t("team.membersNone")}</Paragraph> : (
          <MemberCards
            members={members}
            action={(member) => (
              <Paragraph>
                <Link href={newcomerTeamPaths.member(lang, team.id, member.id)}>{t("team.editMemberLink", { name: isolated(member.name, lang) })}</Link>
              </Paragraph>
            )}
          />
        )}
        <Heading level={3} data-size="sm" id="add-member">
          {t("team.addMemberTitle")}
        </Heading>
        <MemberForm action={newcomerTeamPaths.addMember(lang, team.id)} values={props.memberValues} errors={props.memberErrors} submit={t("team.addMember")} labelledBy="add-member" />
      </section>

      <section className="stack" aria-labelledby="calendar">
        <Heading level={2} data-size="md" id="calendar">
          {t("team.calendarTitle")}
        </Heading>
        <Paragraph>{t("team.calendarLead")}</Paragraph>
        {props.calendar.length > 0 && (
          <CalendarList
            entries={props.calendar}
            action={({ event }) => (
              <form method="post" action={newcomerTeamPaths.untagEvent(lang, team.id, event.id)}>
                <CsrfField />
                <Button type="submit" variant="tertiary" data-size="sm" aria-label={`${t("team.untag")}: ${localise(event, lang).title}`}>
                  {t("team.untag")}
                </Button>
              </form>
            )}
          />
        )}
        {props.untagged.length === 0 || members.length === 0 ? (
          <Paragraph>{t("team.noUntagged")}</Paragraph>
        ) : (
          <>
            <FormErrorSummary errors={props.tagErrors} labels={{ event: t("team.event"), member: t("team.member") }} />
            <form method="post" action={newcomerTeamPaths.tagEvent(lang, team.id)} className="stack narrow" noValidate>
              <CsrfField />
              <SelectField
                name="event"
                label={t("team.event")}
                options={props.untagged.map((e) => ({ value: e.id, label: `${localise(e, lang).title} (${formatDayTimes(lang, e.startsAt, e.endsAt, e.startsAt)})` }))}
                error={props.tagErrors.fields.event}
              />
              <SelectField name="member" label={t("team.member")} options={members.map((m) => ({ value: m.id, label: m.name }))} error={props.tagErrors.fields.member} />
              <div>
                <Button type="submit" variant="secondary">
                  {t("team.tag")}
                </Button>
              </div>
            </form>
          </>
        )}
      </section>

      {props.referrals && (
        <section className="stack" aria-labelledby="referrals">
          <Heading level={2} data-size="md" id="referrals">
            {t("team.referralsTitle")}
          </Heading>
          <Paragraph>{t("team.referralsLead")}</Paragraph>
          <Paragraph>{t("team.referralCount", { count: String(props.referralCount) })}</Paragraph>
          {props.referrals.length === 0 ? (
            <Paragraph>{t("team.referralsNone")}</Paragraph>
          ) : (
            <DataTable
              caption={t("team.referralsTitle")}
              stacked
              rowHeaders
              columns={[{ label: t("team.person") }, { label: t("team.member") }, { label: t("team.purpose") }, { label: t("team.referredAt") }, { label: t("team.status") }]}
              rows={props.referrals.map((r) => ({
                key: r.id,
                cells: [
                  <span dir="auto">{r.personName}</span>,
                  <span dir="auto">{r.memberName}</span>,
                  <span dir="auto">{r.purpose}</span>,
                  formatDateTime(r.referredAt, lang),
                  <form method="post" action={newcomerTeamPaths.referralStatus(lang, team.id, r.id)} className="inline-form">
                    <CsrfField />
                    <SelectField
                      name="status"
                      label={t("team.status")}
                      id={`status-${r.id}`}
                      options={referralStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                      defaultValue={r.status}
                    />
                    <Button type="submit" variant="tertiary" data-size="sm" aria-label={`${t("team.saveStatus")}: ${r.personName}`}>
                      {t("team.saveStatus")}
                    </Button>
                  </form>,
                ],
              }))}
            />
          )}
        </section>
      )}
    </div>
  );
}

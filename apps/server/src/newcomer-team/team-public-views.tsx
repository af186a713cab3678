import { Button, Card, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { Language } from "@velkomst/i18n";
import type { ReactNode } from "react";
import { formatDayTimes } from "../events/event-format.ts";
import { eventsPaths } from "../events/events-paths.ts";
import { localise, placeLine } from "../events/events-repository.ts";
import { isolated } from "../web/bidi.ts";
import { usePage } from "../web/page-context.tsx";
import { newcomerTeamPaths } from "./newcomer-team-paths.ts";
import { newcomerTeamTexts } from "./newcomer-team-texts.ts";
import type { CalendarEntry } from "./team-calendar.ts";
import type { Member, Team, TeamArea } from "./team-repository.ts";

export function useAreaName() {
  const { lang } = usePage();
  const t = newcomerTeamTexts(lang);
  return (area: TeamArea) => t(area.kind === "municipality" ? "team.areaMunicipality" : "team.areaRegion", { name: area.name });
}

/** One card per member agency: what it helps with (the standard text for its kind, then its own words) and how to reach its contact person; `action` adds the staff's link. */
export function MemberCards({ members, action }: { members: readonly Member[]; action?: (member: Member) => ReactNode }) {
  const { lang } = usePage();
  const t = newcomerTeamTexts(lang);
  return (
    <ul className="card-grid plain-list">
      {members.map((member) => (
        <li key={member.id}>
          <Card className="stack">
            <Heading level={3} data-size="xs" dir="auto">
              {member.name}
            </Heading>
            <Paragraph data-size="sm">{t(`agency.${member.agency}.name`)}</Paragraph>
            <Paragraph>{t(`agency.${member.agency}.helps`)}</Paragraph>
            {member.helpsWith && (
              <Paragraph>
                {t("public.theirWords")} <span dir="auto">{member.helpsWith}</span>
              </Paragraph>
            )}
            <dl className="contact-list">
              <dt>{t("team.contactName")}</dt>
              <dd dir="auto">{member.contactName}</dd>
              <dt>{t("public.email")}</dt>
              <dd>
                <Link href={`mailto:${member.contactEmail}`} dir="ltr">
                  {member.contactEmail}
                </Link>
              </dd>
              {member.contactPhone && (
                <>
                  <dt>{t("public.phone")}</dt>
                  <dd>
                    <Link href={`tel:${member.contactPhone.replace(/ /g, "")}`} dir="ltr">
                      {member.contactPhone}
                    </Link>
                  </dd>
                </>
              )}
            </dl>
            {action?.(member)}
          </Card>
        </li>
      ))}
    </ul>
  );
}

/** The public page of a team: who to contact for what. Nothing about any newcomer. */
export function PublicTeamPage({ team, members }: { team: Team; members: readonly Member[] }) {
  const { lang } = usePage();
  const t = newcomerTeamTexts(lang);
  const areaName = useAreaName();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" dir="auto">
        {team.name}
      </Heading>
      <Paragraph>{t("public.lead", { area: areaName(team.area) })}</Paragraph>
      <Paragraph>
        <Link href={newcomerTeamPaths.publicCalendar(lang, team.id)}>{t("public.calendarLink")}</Link>
      </Paragraph>
      <section className="stack" aria-labelledby="members">
        <Heading level={2} data-size="md" id="members">
          {t("team.membersTitle")}
        </Heading>
        {members.length === 0 ? <Paragraph>{t("public.none")}</Paragraph> : <MemberCards members={members} />}
      </section>
    </div>
  );
}

/** Teams by name, each with its area. */
export function TeamLinks({ teams, href }: { teams: readonly Team[]; href: (team: Team) => string }) {
  const areaName = useAreaName();
  return (
    <ul className="plain-list stack">
      {teams.map((team) => (
        <li key={team.id}>
          <Link href={href(team)} dir="auto">
            {team.name}
          </Link>{" "}
          ({areaName(team.area)})
        </li>
      ))}
    </ul>
  );
}

/** Every team, for a newcomer to find theirs. */
export function PublicTeamListPage({ teams }: { teams: readonly Team[] }) {
  const { lang } = usePage();
  const t = newcomerTeamTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("public.listTitle")}
      </Heading>
      <Paragraph>{t("public.listLead")}</Paragraph>
      {teams.length === 0 ? (
        <Paragraph>{t("public.listNone")}</Paragraph>
      ) : (
        <TeamLinks teams={teams} href={(team) => newcomerTeamPaths.publicTeam(lang, team.id)} />
      )}
    </div>
  );
}

/** The dates of the members' events, in Norway's time and the reader's language, with the member that holds each; `action` adds the staff's button. */
export function CalendarList({ entries, action }: { entries: readonly CalendarEntry[]; action?: (entry: CalendarEntry) => ReactNode }) {
  const { lang, now } = usePage();
  const t = newcomerTeamTexts(lang);
  return (
    <ul className="plain-list stack">
      {entries.map((entry) => {
        const { occurrence, event, member, municipalityNumber } = entry;
        const text = localise(event, lang);
        const place = placeLine(event);
        return (
          <li key={`${event.id}/${occurrence.date}`}>
            <Card className="stack">
              <Paragraph data-size="sm">{formatDayTimes(lang, occurrence.startsAt, occurrence.endsAt, now)}</Paragraph>
              <Heading level={3} data-size="xs">
                <Link href={eventsPaths.event(lang, municipalityNumber, event.id)} lang={text.language} dir="auto">
                  {text.title}
                </Link>
              </Heading>
              <Paragraph data-size="sm">
                {t("public.heldBy", { member: isolated(member.name, lang) })}
                {(place.name || place.address) && (
                  <>
                    {" · "}
                    <bdi>{[place.name, place.address].filter(Boolean).join(", ")}</bdi>
                  </>
                )}
              </Paragraph>
              {occurrence.cancelled && (
                <div>
                  <Tag data-color="danger">{t("public.cancelled")}</Tag>
                </div>
              )}
              {action?.(entry)}
            </Card>
          </li>
        );
      })}
    </ul>
  );
}

export function PublicCalendarPage({ team, entries }: { team: Team; entries: readonly CalendarEntry[] }) {
  const { lang } = usePage();
  const t = newcomerTeamTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" dir="auto">
        {t("public.calendarTitle", { team: team.name })}
      </Heading>
      <Paragraph>{t("public.calendarLead")}</Paragraph>
      {entries.length === 0 ? <Paragraph>{t("public.calendarNone")}</Paragraph> : <CalendarList entries={entries} />}
      <div>
        <Button asChild variant="secondary">
          <a href={newcomerTeamPaths.feed(team.id, lang)}>{t("public.subscribe")}</a>
        </Button>
      </div>
      <Paragraph>
        <Link href={newcomerTeamPaths.publicTeam(lang, team.id)}>{t("public.back", { team: team.name })}</Link>
      </Paragraph>
    </div>
  );
}

/** The card on a municipality's public page for a team that works there (the municipalities module's one line). */
export function newcomerTeamMunicipalityCard(lang: Language, team: Pick<Team, "id" | "name">) {
  return { href: newcomerTeamPaths.publicTeam(lang, team.id), title: isolated(team.name, lang), text: newcomerTeamTexts(lang)("public.municipalityLink") };
}

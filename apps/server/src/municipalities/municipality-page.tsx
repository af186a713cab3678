import { Alert, Card, Heading, Link, List, Paragraph } from "@digdir/designsystemet-react";
import { answersQuery, planPaths } from "../plans/plan-paths.ts";
import { planFields } from "../plans/plan-form.ts";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import type { MunicipalityOverview, WelcomeService } from "./municipality-repository.ts";
import { LinkCard } from "../web/components/link-card.tsx";
import { directoryPaths } from "../directory/directory-paths.ts";
import { directoryTexts } from "../directory/directory-texts.ts";
import { SearchForm } from "../search/search-views.tsx";
import { eventsPaths } from "../events/events-paths.ts";
import { guidanceMunicipalityCard } from "../guidance/guidance-views.tsx";
import { newcomerTeamMunicipalityCard } from "../newcomer-team/team-public-views.tsx";
import { eventsTexts } from "../events/events-texts.ts";

/** Official national sources named in the national guide (seed 000 §4.2–4.3). */
const nationalSources = [
  { title: "Work in Norway", url: "https://www.workinnorway.no" },
  { title: "UDI", url: "https://www.udi.no" },
  { title: "Skatteetaten", url: "https://www.skatteetaten.no" },
  { title: "NAV", url: "https://www.nav.no" },
];

function WelcomeServiceCard({ service, headingLevel }: { service: WelcomeService; headingLevel: 2 | 3 }) {
  const { t } = usePage();
  return (
    <Card className="stack">
      <Heading level={headingLevel} data-size="xs">
        {service.name}
      </Heading>
      {service.kind === "regional" && (
        <Paragraph data-size="sm">{t("municipality.regionalService", { municipalities: service.municipalities.map((m) => m.name).join(", ") })}</Paragraph>
      )}
      <dl className="contact-list">
        {service.address && (
          <>
            <dt>{t("municipality.address")}</dt>
            <dd>{service.address}</dd>
          </>
        )}
        {service.phone && (
          <>
            <dt>{t("municipality.phone")}</dt>
            <dd>
              <Link href={`tel:${service.phone.replace(/\s/g, "")}`} dir="ltr">
                {service.phone}
              </Link>
            </dd>
          </>
        )}
        {service.email && (
          <>
            <dt>{t("municipality.email")}</dt>
            <dd>
              <Link href={`mailto:${service.email}`} dir="ltr">
                {service.email}
              </Link>
            </dd>
          </>
        )}
        {service.website && (
          <>
            <dt>{t("municipality.website")}</dt>
            <dd>
              <Link href={service.website} dir="ltr">
                {service.website.replace(/^https?:\/\//, "")}
              </Link>
            </dd>
          </>
        )}
      </dl>
    </Card>
  );
}

/** How much the municipality has listed itself: no card promises a list that would be empty. */
export interface LocalListings {
  services: number;
  upcomingEvents: number;
  newcomerTeams: ReadonlyArray<{ id: string; name: string }>;
}

export function MunicipalityPage({ overview, listings }: { overview: MunicipalityOverview; listings: LocalListings }) {
  const { t, lang } = usePage();
  return (
    <div className="stack">
      <header className="stack">
        <Heading level={1} data-size="lg">
          {overview.name}
        </Heading>
        <Paragraph>
          {t("municipality.inCounty", { municipality: overview.name, county: overview.countyName })} ·{" "}
          {t("municipality.population", { population: overview.population })}
        </Paragraph>
      </header>
      <SearchForm municipalityNumber={overview.number} />
      <div className="card-grid">
        <LinkCard href={paths.municipalityInfo(lang, overview.number)} title={t("municipality.readInfo")} text={t("municipality.readInfoText")} />
        {listings.services > 0 && (
          <LinkCard href={directoryPaths.list(lang, overview.number)} title={directoryTexts(lang)("municipalityLink.title")} text={directoryTexts(lang)("municipalityLink.text")} />
        )}
        {listings.upcomingEvents > 0 && (
          <LinkCard href={eventsPaths.list(lang, overview.number)} title={eventsTexts(lang)("municipalityLink.title")} text={eventsTexts(lang)("municipalityLink.text")} />
        )}
        {listings.newcomerTeams.map((team) => <LinkCard key={team.id} {...newcomerTeamMunicipalityCard(lang, team)} />)}
        <LinkCard {...guidanceMunicipalityCard(lang, overview.number)} />
        {/* The plan starts with this municipality already answered. */}
        <LinkCard href={`${planPaths.questionnaire(lang)}${answersQuery({ [planFields.municipality]: overview.number })}`} title={t("landing.makePlan")} text={t("landing.makePlanText")} />
      </div>
      {listings.services === 0 && listings.upcomingEvents === 0 && (
        <Paragraph>
          <Link href="#national-help">{t("municipality.noLocalListings", { municipality: overview.name })}</Link>
        </Paragraph>
      )}
      {overview.welcomeServices.length > 0 ? (
        <section className="stack" aria-labelledby="welcome-service">
          <Heading level={2} data-size="md" id="welcome-service">
            {t("municipality.welcomeServiceTitle")}
          </Heading>
          <Paragraph>{t("municipality.hasService", { municipality: overview.name })}</Paragraph>
          {overview.welcomeServices.map((service) => (
            <WelcomeServiceCard key={service.id} service={service} headingLevel={3} />
          ))}
        </section>
      ) : (
        <section className="stack" aria-labelledby="no-welcome-service">
          <Alert data-color="warning">
            <Heading level={2} data-size="xs" id="no-welcome-service">
              {t("municipality.noServiceTitle", { municipality: overview.name })}
            </Heading>
            <Paragraph>{overview.nearestWelcomeServices.length > 0 ? t("municipality.noServiceTextInCounty") : t("municipality.noServiceTextNational")}</Paragraph>
          </Alert>
          {overview.nearestWelcomeServices.length > 0 && (
            <>
              <Heading level={2} data-size="sm">
                {t("municipality.nearestInCounty", { county: overview.countyName })}
              </Heading>
              {overview.nearestWelcomeServices.map((service) => (
                <WelcomeServiceCard key={service.id} service={service} headingLevel={3} />
              ))}
            </>
          )}
        </section>
      )}
      <section className="stack" aria-labelledby="national-help">
        <Heading level={2} data-size="sm" id="national-help">
          {t("municipality.nationalHelp")}
        </Heading>
        <Paragraph>{t("municipality.nationalHelpText")}</Paragraph>
        <List.Unordered>
          {nationalSources.map((source) => (
            <List.Item key={source.url}>
              <Link href={source.url}>{source.title}</Link>
            </List.Item>
          ))}
        </List.Unordered>
      </section>
      <Link href={paths.municipalities(lang)}>{t("municipality.chooseAnother")}</Link>
    </div>
  );
}

export function MunicipalityNotFoundPage({ number }: { number: string }) {
  const { t, lang } = usePage();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("municipality.notFoundTitle")}
      </Heading>
      <Paragraph>{t("municipality.notFoundText", { number })}</Paragraph>
      <Link href={paths.municipalities(lang)}>{t("municipality.chooseAnother")}</Link>
    </div>
  );
}

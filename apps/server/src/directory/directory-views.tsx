import { Alert, Button, Card, Field, Fieldset, Heading, Input, Label, Link, List, Paragraph, Select, Table, Tag } from "@digdir/designsystemet-react";
import type { MapTiles } from "../config.ts";
import { renderMarkdown } from "../content/render-markdown.ts";
import type { Municipality } from "../municipalities/municipality-repository.ts";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import { directoryPaths } from "./directory-paths.ts";
import { directoryTexts, type DirectoryTranslator } from "./directory-texts.ts";
import { daysFrom, openingStatus, osloLocal, specialDays, type DayHours } from "./opening-hours.ts";
import { jsonLdText, serviceJsonLd } from "./service-json-ld.ts";
import { ServiceMap } from "./service-map.tsx";
import { serviceCategories, type DirectoryService, type ServiceCategory } from "./service-model.ts";
import {
  addressLine,
  dayAndMonth,
  intervalsText,
  languageName,
  longDate,
  mapLink,
  markdownToPlainText,
  pickText,
  serviceHours,
  statusView,
  telHref,
  weekdayName,
} from "./service-presentation.ts";

/** How many days ahead the detail page lists holidays and changed hours. */
export const specialDaysAhead = 60;

function StatusLine({ service, now }: { service: DirectoryService; now: Date }) {
  const { lang } = usePage();
  const t = directoryTexts(lang);
  const view = statusView(t, lang, openingStatus(serviceHours(service), now), osloLocal(now).date);
  return (
    <p className="service-status">
      <Tag data-color={view.open ? "success" : "neutral"} data-size="sm">
        {view.badge}
      </Tag>
      {view.detail && <span>{view.detail}</span>}
    </p>
  );
}

function ContactList({ service, withMapLink }: { service: DirectoryService; withMapLink: boolean }) {
  const { lang } = usePage();
  const t = directoryTexts(lang);
  const address = addressLine(service);
  const map = withMapLink ? mapLink(service) : null;
  return (
    <dl className="contact-list service-contacts">
      {address && (
        <>
          <dt>{t("contact.address")}</dt>
          <dd>
            {address}
            {map && (
              <>
                <br />
                <Link href={map} rel="noopener">
                  {t("contact.showOnMapShort")}
                </Link>
              </>
            )}
          </dd>
        </>
      )}
      {service.phone && (
        <>
          <dt>{t("contact.phone")}</dt>
          <dd>
            <Link href={telHref(service.phone)} dir="ltr">
              {service.phone}
            </Link>
          </dd>
        </>
      )}
      {service.email && (
        <>
          <dt>{t("contact.email")}</dt>
          <dd>
            <Link href={`mailto:${service.email}`} dir="ltr">
              {service.email}
            </Link>
          </dd>
        </>
      )}
      {service.website && (
        <>
          <dt>{t("contact.website")}</dt>
          <dd>
            <Link href={service.website} dir="ltr" rel="noopener">
              {service.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
            </Link>
          </dd>
        </>
      )}
    </dl>
  );
}

function RegionalNote({ service, regionNames }: { service: DirectoryService; regionNames: ReadonlyMap<string, string> }) {
  const t = directoryTexts(usePage().lang);
  if (service.scope.kind !== "region") return null;
  return <Paragraph data-size="sm">{t("list.regional", { region: regionNames.get(service.scope.id) ?? service.scope.id })}</Paragraph>;
}

export interface ServiceFilter {
  category: ServiceCategory | undefined;
  openNow: boolean;
}

export interface ListPageProps {
  municipality: Municipality;
  services: readonly DirectoryService[];
  regionNames: ReadonlyMap<string, string>;
  now: Date;
  filter: ServiceFilter;
}

/** A GET form: works without JavaScript, and the address keeps the choice (a link, a language switch). */
function FilterForm({ municipality, categories, filter }: { municipality: Municipality; categories: readonly ServiceCategory[]; filter: ServiceFilter }) {
  const { lang } = usePage();
  const t = directoryTexts(lang);
  return (
    <form method="get" action={directoryPaths.list(lang, municipality.number)} className="service-filter">
      <Fieldset>
        <Fieldset.Legend>{t("filter.legend")}</Fieldset.Legend>
        <Field>
          <Label htmlFor="service-category">{t("filter.category")}</Label>
          <Select id="service-category" name="kategori" defaultValue={filter.category ?? ""}>
            <Select.Option value="">{t("filter.allCategories")}</Select.Option>
            {categories.map((category) => (
              <Select.Option key={category} value={category}>
                {t(`categories.${category}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Input type="checkbox" id="service-open-now" name="apen" value="ja" defaultChecked={filter.openNow} />
          <Label htmlFor="service-open-now" weight="regular">
            {t("filter.openNow")}
          </Label>
        </Field>
        <div>
          <Button type="submit" variant="secondary">
            {t("filter.submit")}
          </Button>
        </div>
      </Fieldset>
    </form>
  );
}

export function ServiceListPage({ municipality, services, regionNames, now, filter }: ListPageProps) {
  const { lang } = usePage();
  const t = directoryTexts(lang);
  const categories = serviceCategories.filter((category) => services.some((s) => s.category === category));
  const shown = services.filter((s) => (!filter.category || s.category === filter.category) && (!filter.openNow || openingStatus(serviceHours(s), now).open));
  const groups = serviceCategories.map((category) => ({ category, services: shown.filter((s) => s.category === category) })).filter((g) => g.services.length > 0);
  return (
    <div className="stack">
      <header className="stack">
        <Heading level={1} data-size="lg">
          {t("list.title")}
        </Heading>
        <Paragraph>{t("list.lead", { municipality: municipality.name })}</Paragraph>
        {services.length > 0 && <Paragraph data-size="sm">{t("list.statusAsOf", { time: osloLocal(now).time })}</Paragraph>}
      </header>
      {services.length > 0 && <FilterForm municipality={municipality} categories={categories} filter={filter} />}
      {services.length === 0 && <Paragraph>{t("list.empty", { municipality: municipality.name })}</Paragraph>}
      {services.length > 0 && groups.length === 0 && (
        <Paragraph>
          {t("filter.noMatch")} <Link href={directoryPaths.list(lang, municipality.number)}>{t("filter.showAll")}</Link>
        </Paragraph>
      )}
      {groups.map((group) => (
        <section key={group.category} className="stack" aria-labelledby={`category-${group.category}`}>
          <Heading level={2} data-size="sm" id={`category-${group.category}`}>
            {t(`categories.${group.category}`)}
          </Heading>
          <ul className="service-list">
            {group.services.map((service) => (
              <li key={service.id}>
                <Card className="stack service-card">
                  <Heading level={3} data-size="xs">
                    <Link href={directoryPaths.service(lang, municipality.number, service.id)}>{service.name}</Link>
                  </Heading>
                  <RegionalNote service={service} regionNames={regionNames} />
                  <StatusLine service={service} now={now} />
                  <ContactList service={service} withMapLink />
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Link href={paths.municipality(lang, municipality.number)}>{t("list.back", { municipality: municipality.name })}</Link>
    </div>
  );
}

function dayNote(t: DirectoryTranslator, day: DayHours): string {
  if (day.reason === "exception") return t("detail.changedHours");
  if (day.holiday) return t("detail.holiday", { holiday: t(`holidays.${day.holiday.id}`) });
  return "";
}

function WeekTable({ service, today }: { service: DirectoryService; today: string }) {
  const { lang } = usePage();
  const t = directoryTexts(lang);
  const days = daysFrom(serviceHours(service), today, 7);
  return (
    <Table className="service-hours" aria-labelledby="service-hours">
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t("detail.day")}</Table.HeaderCell>
          <Table.HeaderCell>{t("detail.hours")}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {days.map((day) => {
          const note = dayNote(t, day);
          return (
            <Table.Row key={day.date} aria-current={day.date === today ? "date" : undefined}>
              <Table.HeaderCell scope="row">
                {day.date === today ? `${weekdayName(lang, day.date)} (${t("detail.today")})` : weekdayName(lang, day.date)}
                <span className="service-hours-date">{dayAndMonth(lang, day.date)}</span>
              </Table.HeaderCell>
              <Table.Cell>
                {day.intervals.length > 0 ? <span dir="ltr">{intervalsText(day.intervals)}</span> : <span>{t("detail.closedDay")}</span>}
                {note && <span className="service-hours-note">{note}</span>}
              </Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table>
  );
}

function SpecialDays({ service, today }: { service: DirectoryService; today: string }) {
  const { lang } = usePage();
  const t = directoryTexts(lang);
  const days = specialDays(serviceHours(service), today, specialDaysAhead);
  return (
    <section className="stack" aria-labelledby="service-special">
      <Heading level={3} data-size="xs" id="service-special">
        {t("detail.specialTitle")}
      </Heading>
      {days.length === 0 ? (
        <Paragraph>{t("detail.specialNone", { days: specialDaysAhead })}</Paragraph>
      ) : (
        <>
          <Paragraph>{t("detail.specialLead", { days: specialDaysAhead })}</Paragraph>
          <List.Unordered>
            {days.map((day) => (
              <List.Item key={day.date}>
                <strong>{longDate(lang, day.date)}</strong>
                {day.holiday ? ` (${t(`holidays.${day.holiday.id}`)}): ` : ": "}
                {day.intervals.length > 0 ? <span dir="ltr">{intervalsText(day.intervals)}</span> : <span>{t("detail.closedDay")}</span>}
              </List.Item>
            ))}
          </List.Unordered>
        </>
      )}
    </section>
  );
}

export interface DetailPageProps {
  municipality: Municipality;
  service: DirectoryService;
  regionNames: ReadonlyMap<string, string>;
  now: Date;
  mapTiles: MapTiles | undefined;
  /** The page's absolute address, for the structured data. */
  url: string;
}

export function ServicePage({ municipality, service, regionNames, now, mapTiles, url }: DetailPageProps) {
  const { lang } = usePage();
  const t = directoryTexts(lang);
  const today = osloLocal(now).date;
  const picked = pickText(service, lang);
  const foreign = picked?.fallback ? { lang: picked.language, dir: picked.language === "ar" ? ("rtl" as const) : ("ltr" as const) } : {};
  const text = picked?.text;
  const description = text?.description ?? "";
  const plainDescription = markdownToPlainText(description).slice(0, 300);
  return (
    <div className="stack">
      <Link href={directoryPaths.list(lang, municipality.number)}>{t("detail.allServices", { municipality: municipality.name })}</Link>
      <article className="stack" aria-labelledby="service-title">
        <header className="stack">
          <Heading level={1} data-size="lg" id="service-title">
            {service.name}
          </Heading>
          <div className="service-tags">
            <Tag data-color="info" data-size="sm">
              {t(`categories.${service.category}`)}
            </Tag>
          </div>
          {service.provider && <Paragraph data-size="sm">{t("contact.provider", { provider: service.provider })}</Paragraph>}
          <RegionalNote service={service} regionNames={regionNames} />
          <StatusLine service={service} now={now} />
          {picked?.fallback && (
            <Alert data-color="info">
              <Heading level={2} data-size="xs">
                {t("detail.notTranslatedTitle")}
              </Heading>
              <Paragraph>{t("detail.notTranslatedText", { language: languageName(lang, picked.language) })}</Paragraph>
            </Alert>
          )}
        </header>
        {/* Markdown written by staff, sanitised by render-markdown.ts: only h2, h3, p, lists, emphasis and http(s)/mailto links survive. */}
        {description && <div className="content-body" {...foreign} dangerouslySetInnerHTML={{ __html: renderMarkdown(description) }} />}
        {service.bookingUrl && (
          <div>
            <Button asChild variant="primary">
              <a href={service.bookingUrl} rel="noopener">
                {t("contact.booking")}
              </a>
            </Button>
          </div>
        )}
        <section className="stack" aria-labelledby="service-contact">
          <Heading level={2} data-size="sm" id="service-contact">
            {t("contact.title")}
          </Heading>
          <ContactList service={service} withMapLink={false} />
        </section>
        {(addressLine(service) || service.latitude !== null || text?.directions) && (
          <section className="stack" aria-labelledby="service-directions">
            <Heading level={2} data-size="sm" id="service-directions">
              {t("contact.directions")}
            </Heading>
            {text?.directions && (
              <Paragraph className="preserve-lines" {...foreign}>
                {text.directions}
              </Paragraph>
            )}
            <ServiceMap service={service} tiles={mapTiles} />
          </section>
        )}
        <section className="stack" aria-labelledby="service-hours">
          <Heading level={2} data-size="sm" id="service-hours">
            {t("detail.hoursTitle")}
          </Heading>
          <WeekTable service={service} today={today} />
          <Paragraph data-size="sm">{service.closedOnPublicHolidays ? t("detail.closedOnHolidays") : t("detail.openOnHolidays")}</Paragraph>
          <SpecialDays service={service} today={today} />
        </section>
        <section className="stack" aria-labelledby="service-languages">
          <Heading level={2} data-size="sm" id="service-languages">
            {t("detail.languagesTitle")}
          </Heading>
          {service.languages.length > 0 ? (
            <>
              <Paragraph>{t("detail.languagesLead")}</Paragraph>
              <List.Unordered className="service-languages">
                {service.languages.map((code) => (
                  <List.Item key={code}>{languageName(lang, code)}</List.Item>
                ))}
              </List.Unordered>
            </>
          ) : (
            <Paragraph>{t("detail.languagesUnknown")}</Paragraph>
          )}
        </section>
        <section className="stack" aria-labelledby="service-accessibility">
          <Heading level={2} data-size="sm" id="service-accessibility">
            {t("detail.accessibilityTitle")}
          </Heading>
          <List.Unordered>
            <List.Item>{t(`detail.wheelchair.${service.wheelchairAccess}`)}</List.Item>
            <List.Item>{t(`detail.hearingLoop.${service.hearingLoop === null ? "unknown" : service.hearingLoop ? "yes" : "no"}`)}</List.Item>
          </List.Unordered>
          {text?.accessibilityNote && (
            <Paragraph className="preserve-lines" {...foreign}>
              {text.accessibilityNote}
            </Paragraph>
          )}
        </section>
      </article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(serviceJsonLd(service, { url, description: plainDescription, today })) }} />
      <Link href={directoryPaths.list(lang, municipality.number)}>{t("detail.allServices", { municipality: municipality.name })}</Link>
    </div>
  );
}

export function DirectoryNotFoundPage({ municipality, number }: { municipality?: Municipality; number: string }) {
  const { lang } = usePage();
  const t = directoryTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("notFound.title")}
      </Heading>
      {municipality ? (
        <>
          <Paragraph>{t("notFound.text")}</Paragraph>
          <Link href={directoryPaths.list(lang, municipality.number)}>{t("detail.allServices", { municipality: municipality.name })}</Link>
        </>
      ) : (
        <>
          <Paragraph>{t("notFound.municipalityText", { number })}</Paragraph>
          <Link href={paths.municipalities(lang)}>{t("notFound.chooseMunicipality")}</Link>
        </>
      )}
    </div>
  );
}

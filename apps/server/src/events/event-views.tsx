import { Alert, Button, Card, Field, Fieldset, Heading, Input, Label, Link, Paragraph, Tag, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import type { Language } from "@velkomst/i18n";
import type { Municipality } from "../municipalities/municipality-repository.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField } from "../web/components/form-field.tsx";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import { availability, seatsLeft, type Availability } from "./capacity.ts";
import { formatDay, formatDayTimes, formatLanguageList, formatWhen, repeatText } from "./event-format.ts";
import { scriptJson } from "./event-json-ld.ts";
import { descriptionHtml, localise, placeLine, type EventRecord, type MeetingPlace, type OccurrenceView } from "./events-repository.ts";
import { eventsPaths } from "./events-paths.ts";
import { eventsTexts, type EventsTranslator } from "./events-texts.ts";

/** Text in bokmål on a page in another language is marked as such, so screen readers switch voice. */
function textLanguage(language: Language, lang: Language) {
  return language !== lang ? { lang: language, dir: language === "ar" ? ("rtl" as const) : ("ltr" as const) } : {};
}

export function occurrenceAvailability(event: EventRecord, occurrence: OccurrenceView, now: Date): Availability {
  return availability({
    signupEnabled: event.signupEnabled,
    cancelled: occurrence.cancelled,
    past: occurrence.startsAt <= now,
    capacity: event.capacity,
    confirmedPeople: occurrence.confirmedPeople,
    waitingCount: occurrence.waitingCount,
  });
}

const availabilityColor: Record<Availability, "success" | "warning" | "danger" | "neutral" | "info"> = {
  "no-signup": "info",
  open: "success",
  "few-left": "warning",
  "waiting-list": "warning",
  cancelled: "danger",
  past: "neutral",
};

export function AvailabilityTag({ event, occurrence, now }: { event: EventRecord; occurrence: OccurrenceView; now: Date }) {
  const { lang } = usePage();
  const t = eventsTexts(lang);
  const state = occurrenceAvailability(event, occurrence, now);
  const seats = seatsLeft({ capacity: event.capacity, confirmedPeople: occurrence.confirmedPeople });
  const label = state === "open" && seats === null ? t("availability.openUnlimited") : t(`availability.${state}`, { seats: seats ?? 0 });
  return (
    <Tag data-color={availabilityColor[state]} data-size="sm">
      {label}
    </Tag>
  );
}

function PlaceText({ event }: { event: EventRecord }) {
  const place = placeLine(event);
  return (
    <>
      {place.name && (
        <>
          {place.name}
          <br />
        </>
      )}
      {place.address}
    </>
  );
}

export interface ListEntry {
  event: EventRecord;
  next: OccurrenceView;
}

export function EventListPage({ municipality, entries, places, now }: { municipality: Municipality; entries: readonly ListEntry[]; places: readonly MeetingPlace[]; now: Date }) {
  const { lang } = usePage();
  const t = eventsTexts(lang);
  return (
    <div className="stack">
      <header className="stack">
        <Heading level={1} data-size="lg">
          {t("list.title", { municipality: municipality.name })}
        </Heading>
        <Paragraph>{t("list.lead", { municipality: municipality.name })}</Paragraph>
      </header>
      <section className="stack" aria-labelledby="upcoming">
        <Heading level={2} data-size="md" id="upcoming">
          {t("list.upcoming")}
        </Heading>
        {entries.length === 0 ? (
          <Paragraph>{t("list.none")}</Paragraph>
        ) : (
          <ul className="event-list">
            {entries.map(({ event, next }) => {
              const text = localise(event, lang);
              const repeat = repeatText(t, lang, event);
              return (
                <li key={event.id}>
                  <Card className="stack event-card">
                    <Paragraph data-size="sm" className="event-card-kind">
                      {t(`kind.${event.kind}`)}
                    </Paragraph>
                    <Heading level={3} data-size="xs" {...textLanguage(text.language, lang)}>
                      <Link href={eventsPaths.event(lang, municipality.number, event.id)}>{text.title}</Link>
                    </Heading>
                    <Paragraph data-size="sm">
                      <time dateTime={next.startsAt.toISOString()}>
                        {formatDayTimes(lang, next.startsAt, next.endsAt, now)}
                      </time>
                      {repeat && (
                        <>
                          <br />
                          {repeat}
                        </>
                      )}
                    </Paragraph>
                    <Paragraph data-size="sm">
                      <PlaceText event={event} />
                    </Paragraph>
                    <div>
                      <AvailabilityTag event={event} occurrence={next} now={now} />
                    </div>
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {places.length > 0 && (
        <section className="stack" aria-labelledby="places">
          <Heading level={2} data-size="md" id="places">
            {t("list.places")}
          </Heading>
          <Paragraph>{t("list.placesLead")}</Paragraph>
          <ul className="event-list">
            {places.map((place) => (
              <li key={place.id}>
                <Card className="stack">
                  <Heading level={3} data-size="xs">
                    {place.name}
                  </Heading>
                  <Paragraph data-size="sm">{place.address}</Paragraph>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="stack" aria-labelledby="subscribe">
        <Heading level={2} data-size="sm" id="subscribe">
          {t("list.subscribeTitle")}
        </Heading>
        <Paragraph>{t("list.subscribeText", { municipality: municipality.name })}</Paragraph>
        <Link href={eventsPaths.municipalityFeed(municipality.number, lang)}>{t("list.subscribe")}</Link>
      </section>
      <Link href={paths.municipality(lang, municipality.number)}>{t("list.back", { municipality: municipality.name })}</Link>
    </div>
  );
}

export function EventPage({
  municipality,
  event,
  occurrences,
  jsonLd,
  signedOff,
  now,
  children,
}: {
  municipality: Municipality;
  event: EventRecord;
  occurrences: readonly OccurrenceView[];
  jsonLd: object[];
  signedOff: boolean;
  now: Date;
  /** What another module adds about this kind of event (a job fair's stands). */
  children?: ReactNode;
}) {
  const { lang } = usePage();
  const t = eventsTexts(lang);
  const text = localise(event, lang);
  const repeat = repeatText(t, lang, event);
  const next = occurrences.find((o) => !o.cancelled) ?? occurrences[0];
  const html = descriptionHtml(text.description);
  return (
    <div className="stack">
      <Link href={eventsPaths.list(lang, municipality.number)}>{t("event.allEvents", { municipality: municipality.name })}</Link>
      {signedOff && (
        <Alert data-color="success" role="status">
          <Heading level={2} data-size="xs">
            {t("event.signedOffTitle")}
          </Heading>
          <Paragraph>{t("event.signedOffText")}</Paragraph>
        </Alert>
      )}
      <article className="stack" aria-labelledby="event-title">
        <header className="stack">
          <Paragraph data-size="sm" className="event-card-kind">
            {t(`kind.${event.kind}`)}
          </Paragraph>
          <Heading level={1} data-size="lg" id="event-title" {...textLanguage(text.language, lang)}>
            {text.title}
          </Heading>
          {event.status === "cancelled" && (
            <Alert data-color="danger">
              <Heading level={2} data-size="xs">
                {t("event.cancelledTitle")}
              </Heading>
              <Paragraph>{t("event.cancelledText")}</Paragraph>
            </Alert>
          )}
          {text.descriptionLanguage !== lang && html && (
            <Alert data-color="info">
              <Heading level={2} data-size="xs">
                {t("event.notTranslatedTitle")}
              </Heading>
              <Paragraph>{t("event.notTranslatedText")}</Paragraph>
            </Alert>
          )}
        </header>
        <dl className="contact-list event-facts">
          {next && (
            <>
              <dt>{t("event.when")}</dt>
              <dd>
                <time dateTime={next.startsAt.toISOString()}>{formatWhen(lang, next.startsAt, next.endsAt)}</time>
                {repeat && (
                  <>
                    <br />
                    {repeat}
                  </>
                )}
              </dd>
            </>
          )}
          <dt>{t("event.where")}</dt>
          <dd>
            <PlaceText event={event} />
          </dd>
          {event.languages.length > 0 && (
            <>
              <dt>{t("event.languages")}</dt>
              <dd>{formatLanguageList(lang, event.languages)}</dd>
            </>
          )}
          <dt>{t("event.forWhom")}</dt>
          <dd>{t(`targetGroup.${event.targetGroup}`)}</dd>
          <dt>{t("event.organiser")}</dt>
          <dd>{t("event.organiserLine", { name: event.organiserName, kind: t(`organiserKind.${event.organiserKind}`) })}</dd>
        </dl>
        {/* Rendered from Markdown and sanitised (content/render-markdown.ts). */}
        {html && <div className="content-body" {...textLanguage(text.descriptionLanguage, lang)} dangerouslySetInnerHTML={{ __html: html }} />}
        {children}
        <section className="stack" aria-labelledby="event-dates">
          <Heading level={2} data-size="sm" id="event-dates">
            {t("event.dates")}
          </Heading>
          {occurrences.length === 0 ? (
            <Paragraph>{t("event.noDates")}</Paragraph>
          ) : (
            <ul className="event-dates">
              {occurrences.map((occurrence) => {
                const state = occurrenceAvailability(event, occurrence, now);
                const canSignUp = state === "open" || state === "few-left" || state === "waiting-list";
                const action = state === "waiting-list" ? t("event.joinWaitingList") : t("event.signUp");
                const day = formatDay(lang, occurrence.startsAt, now);
                const dayTimes = formatDayTimes(lang, occurrence.startsAt, occurrence.endsAt, now);
                return (
                  <li key={occurrence.date} className="event-date">
                    <div>
                      <time dateTime={occurrence.startsAt.toISOString()}>
                        {dayTimes}
                      </time>
                      <div>
                        <AvailabilityTag event={event} occurrence={occurrence} now={now} />
                      </div>
                    </div>
                    {canSignUp && (
                      <Button asChild variant={state === "waiting-list" ? "secondary" : "primary"} data-size="sm">
                        <a href={eventsPaths.signup(lang, municipality.number, event.id, occurrence.date)} aria-label={t("event.signUpFor", { action, date: day })}>
                          {action}
                        </a>
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <section className="stack" aria-labelledby="event-calendar">
          <Heading level={2} data-size="sm" id="event-calendar">
            {t("event.calendarTitle")}
          </Heading>
          <Paragraph>{t("event.calendarText")}</Paragraph>
          <Link href={eventsPaths.eventFeed(event.id, lang)} download>
            {t("event.calendarLink")}
          </Link>
        </section>
      </article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(jsonLd.length === 1 ? jsonLd[0] : jsonLd) }} />
    </div>
  );
}

export function EventNotFoundPage({ municipality }: { municipality?: Municipality }) {
  const { lang } = usePage();
  const t = eventsTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("event.notFoundTitle")}
      </Heading>
      <Paragraph>{t("event.notFoundText")}</Paragraph>
      {municipality ? (
        <Link href={eventsPaths.list(lang, municipality.number)}>{t("event.allEvents", { municipality: municipality.name })}</Link>
      ) : (
        <Link href={paths.municipalities(lang)}>{usePage().t("municipality.chooseAnother")}</Link>
      )}
    </div>
  );
}

export type ClosedReason = "eventCancelled" | "occurrenceCancelled" | "past" | "noSignup";

export interface SignupPageProps {
  municipality: Municipality;
  event: EventRecord;
  occurrence: OccurrenceView;
  full: boolean;
  errors: FormErrors;
  values: Record<string, string>;
  closed?: ClosedReason;
}

export function SignupPage({ municipality, event, occurrence, full, errors, values, closed }: SignupPageProps) {
  const { lang } = usePage();
  const t = eventsTexts(lang);
  const text = localise(event, lang);
  const place = placeLine(event);
  const consentError = errors.fields.consent;
  const closedText = closed && t(`signup.closed${closed.charAt(0).toUpperCase()}${closed.slice(1)}` as Parameters<EventsTranslator>[0]);
  return (
    <div className="stack narrow">
      <Link href={eventsPaths.event(lang, municipality.number, event.id)}>{t("signup.backToEvent")}</Link>
      <Heading level={1} data-size="lg">
        <span {...textLanguage(text.language, lang)}>{t("signup.title", { title: text.title })}</span>
      </Heading>
      <Paragraph>
        <time dateTime={occurrence.startsAt.toISOString()}>{formatWhen(lang, occurrence.startsAt, occurrence.endsAt)}</time>
        <br />
        {[place.name, place.address].filter(Boolean).join(", ")}
      </Paragraph>
      {closed ? (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t("signup.closedTitle")}
          </Heading>
          <Paragraph>{closedText}</Paragraph>
        </Alert>
      ) : (
        <>
          {full && (
            <Alert data-color="info">
              <Heading level={2} data-size="xs">
                {t("signup.fullTitle")}
              </Heading>
              <Paragraph>{t("signup.fullText")}</Paragraph>
            </Alert>
          )}
          <FormErrorSummary
            errors={errors}
            labels={{ name: t("signup.name"), email: t("signup.email"), partySize: t("signup.partySize"), preferredLanguage: t("signup.preferredLanguage"), consent: t("signup.consentLegend") }}
          />
          <form method="post" action={eventsPaths.signup(lang, municipality.number, event.id, occurrence.date)} className="stack" noValidate>
            <CsrfField />
            <FormField name="name" label={t("signup.name")} defaultValue={values.name} error={errors.fields.name} autoComplete="name" required />
            <FormField name="email" type="email" label={t("signup.email")} hint={t("signup.emailHint")} defaultValue={values.email} error={errors.fields.email} autoComplete="email" required dir="ltr" />
            <FormField
              name="partySize"
              type="number"
              inputMode="numeric"
              min={1}
              max={10}
              label={t("signup.partySize")}
              hint={t("signup.partySizeHint")}
              defaultValue={values.partySize ?? "1"}
              error={errors.fields.partySize}
              className="event-number-input"
            />
            <FormField name="preferredLanguage" label={t("signup.preferredLanguage")} hint={t("signup.preferredLanguageHint")} defaultValue={values.preferredLanguage} error={errors.fields.preferredLanguage} />
            <Fieldset aria-describedby={["field-consent-hint", consentError ? "field-consent-error" : ""].filter(Boolean).join(" ")}>
              <Fieldset.Legend>{t("signup.consentLegend")}</Fieldset.Legend>
              <Paragraph data-size="sm" id="field-consent-hint" className="field-hint">
                {t("signup.consentHint")}
              </Paragraph>
              {consentError && <ValidationMessage id="field-consent-error">{consentError}</ValidationMessage>}
              <Field>
                <Input type="checkbox" id="field-consent" name="consent" value="yes" defaultChecked={values.consent === "yes"} aria-invalid={consentError ? true : undefined} required />
                <Label htmlFor="field-consent" weight="regular">
                  {t("signup.consent", { organiser: event.organiserName })}
                </Label>
              </Field>
            </Fieldset>
            <div>
              <Button type="submit">{full ? t("signup.submitWaiting") : t("signup.submit")}</Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}

/** After signing up: a confirmed seat can go in the calendar; a place on the waiting list says which place, and has no calendar file yet. */
export function SignupDonePage({ municipality, event, outcome, position }: { municipality: Municipality; event: EventRecord; outcome: "confirmed" | "waiting"; position: number | undefined }) {
  const { lang } = usePage();
  const t = eventsTexts(lang);
  return (
    <div className="stack narrow">
      <Alert data-color={outcome === "confirmed" ? "success" : "info"} role="status">
        <Heading level={1} data-size="md">
          {t(`signup.${outcome}Title`)}
        </Heading>
        {outcome === "waiting" && position !== undefined && <Paragraph>{t("signup.waitingPosition", { position })}</Paragraph>}
        <Paragraph>{t(`signup.${outcome}Text`)}</Paragraph>
      </Alert>
      {outcome === "confirmed" && (
        <Link href={eventsPaths.eventFeed(event.id, lang)} download>
          {t("event.calendarLink")}
        </Link>
      )}
      <Link href={eventsPaths.event(lang, municipality.number, event.id)}>{t("signup.backToEvent")}</Link>
    </div>
  );
}

export function CancelPage({ token, event, occurrence, waiting }: { token: string; event: EventRecord; occurrence: { startsAt: Date; endsAt: Date }; waiting: boolean }) {
  const { lang } = usePage();
  const t = eventsTexts(lang);
  const text = localise(event, lang);
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("cancel.title")}
      </Heading>
      <Paragraph>{t("cancel.question", { title: text.title, when: formatWhen(lang, occurrence.startsAt, occurrence.endsAt) })}</Paragraph>
      {waiting && <Paragraph>{t("cancel.waitingNote")}</Paragraph>}
      <form method="post" action={eventsPaths.cancel(lang, token)}>
        <CsrfField />
        <Button type="submit" data-color="danger">
          {t("cancel.submit")}
        </Button>
      </form>
    </div>
  );
}

export function CancelInvalidPage() {
  const { lang } = usePage();
  const t = eventsTexts(lang);
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("cancel.invalidTitle")}
      </Heading>
      <Paragraph>{t("cancel.invalidText")}</Paragraph>
      <Link href={paths.landing(lang)}>{usePage().t("errors.toFrontPage")}</Link>
    </div>
  );
}

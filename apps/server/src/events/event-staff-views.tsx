import type { ReactNode } from "react";
import { Alert, Button, Card, Field, Fieldset, Heading, Input, Label, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { directionOf, intlLocale, languages } from "@velkomst/i18n";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { DateField, TimeField } from "../web/components/date-time-fields.tsx";
import { FormField, SelectField, TextareaField } from "../web/components/form-field.tsx";
import { Notice } from "../web/components/notice.tsx";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import type { EventFormValues } from "./event-form.ts";
import { eventKinds, organiserKinds, targetGroups } from "./event-form.ts";
import { eventLanguageCodes, formatDay, formatDayTimes, formatWhen, languageName, repeatText } from "./event-format.ts";
import type { SignupListEntry } from "./event-admin.ts";
import { localise, placeLine, type EventRecord, type MeetingPlace, type OccurrenceView } from "./events-repository.ts";
import { eventsPaths } from "./events-paths.ts";
import { eventsTexts } from "./events-texts.ts";
import { AvailabilityTag } from "./event-views.tsx";
import { repeatChoices } from "./recurrence.ts";

export interface Option {
  value: string;
  label: string;
}

function Checkbox({ id, name, value, label, checked }: { id: string; name: string; value: string; label: ReactNode; checked: boolean }) {
  return (
    <Field>
      <Input type="checkbox" id={id} name={name} value={value} defaultChecked={checked} />
      <Label htmlFor={id} weight="regular">
        {label}
      </Label>
    </Field>
  );
}

export interface StaffListEntry {
  event: EventRecord;
  next: OccurrenceView | undefined;
}

export function StaffEventListPage({ entries, ownerName, notice }: { entries: readonly StaffListEntry[]; ownerName: (event: EventRecord) => string; notice?: string }) {
  const { lang, now } = usePage();
  const t = eventsTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("staff.listTitle")}
      </Heading>
      <Paragraph>{t("staff.listLead")}</Paragraph>
      <Notice text={notice} />
      <div className="action-row">
        <Button asChild>
          <a href={eventsPaths.staffNew(lang)}>{t("staff.newEvent")}</a>
        </Button>
        <Button asChild variant="secondary">
          <a href={eventsPaths.staffPlaces(lang)}>{t("staff.places")}</a>
        </Button>
      </div>
      {entries.length === 0 ? (
        <Paragraph>{t("staff.none")}</Paragraph>
      ) : (
        <ul className="event-list">
          {entries.map(({ event, next }) => {
            const text = localise(event, lang);
            return (
              <li key={event.id}>
                <Card className="stack event-card">
                  <Paragraph data-size="sm" className="event-card-kind">
                    {t(`kind.${event.kind}`)} · {ownerName(event)}
                  </Paragraph>
                  <Heading level={2} data-size="xs">
                    <Link href={eventsPaths.staffEvent(lang, event.id)}>{text.title}</Link>
                  </Heading>
                  <Paragraph data-size="sm">
                    {next ? t("staff.next", { when: formatWhen(lang, next.startsAt, next.endsAt) }) : t("staff.ended")}
                    {event.recurrence && (
                      <>
                        <br />
                        {repeatText(t, lang, event)}
                      </>
                    )}
                  </Paragraph>
                  <div className="event-tags">
                    {event.status === "cancelled" ? (
                      <Tag data-color="danger" data-size="sm">
                        {t("staff.cancelled")}
                      </Tag>
                    ) : next ? (
                      <AvailabilityTag event={event} occurrence={next} now={now} />
                    ) : null}
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
      <Link href={paths.staff(lang)}>{usePage().t("staff.dashboardTitle")}</Link>
    </div>
  );
}

export interface EventFormPageProps {
  eventId?: string;
  values: EventFormValues;
  errors: FormErrors;
  ownerOptions: readonly Option[];
  places: readonly MeetingPlace[];
  existingRule?: string | null;
}

export function EventFormPage({ eventId, values, errors, ownerOptions, places, existingRule }: EventFormPageProps) {
  const { lang } = usePage();
  const t = eventsTexts(lang);
  const v = values.fields;
  const e = errors.fields;
  const others = languages.filter((l) => l.code !== "nb");
  const translationErrors = others.some((l) => e[`title_${l.code}`] || e[`description_${l.code}`]);
  const repeatOptions: Option[] = repeatChoices.map((choice) => ({ value: choice, label: t(`staff.repeatChoice.${choice}`) }));
  if (v.repeat === "custom" && existingRule) repeatOptions.push({ value: "custom", label: t("staff.repeatCustom", { rule: existingRule }) });
  const labels: Record<string, string> = {
    owner: t("staff.owner"),
    kind: t("staff.kind"),
    targetGroup: t("staff.targetGroup"),
    title_nb: t("staff.titleNb"),
    description_nb: t("staff.descriptionNb"),
    date: t("staff.date"),
    startTime: t("staff.startTime"),
    endTime: t("staff.endTime"),
    repeat: t("staff.repeat"),
    repeatUntil: t("staff.repeatUntil"),
    meetingPlace: t("staff.meetingPlace"),
    placeName: t("staff.placeName"),
    address: t("staff.address"),
    organiserName: t("staff.organiserName"),
    organiserKind: t("staff.organiserKind"),
    capacity: t("staff.capacity"),
    ...Object.fromEntries(
      others.flatMap((l) => [
        [`title_${l.code}`, t("staff.titleIn", { language: l.nativeName })],
        [`description_${l.code}`, t("staff.descriptionIn", { language: l.nativeName })],
      ]),
    ),
  };
  return (
    <div className="stack narrow-form">
      <Link href={eventId ? eventsPaths.staffEvent(lang, eventId) : eventsPaths.staffList(lang)}>{eventId ? t("staff.facts") : t("staff.backToList")}</Link>
      <Heading level={1} data-size="lg">
        {eventId ? t("staff.editTitle") : t("staff.newTitle")}
      </Heading>
      <FormErrorSummary errors={errors} labels={labels} />
      <form method="post" action={eventId ? eventsPaths.staffEvent(lang, eventId) : eventsPaths.staffList(lang)} className="stack" noValidate>
        <CsrfField />
        <Fieldset className="event-fieldset">
          <Fieldset.Legend>{t("staff.whatLegend")}</Fieldset.Legend>
          <SelectField name="kind" label={t("staff.kind")} defaultValue={v.kind} error={e.kind} options={eventKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          <SelectField name="targetGroup" label={t("staff.targetGroup")} defaultValue={v.targetGroup} error={e.targetGroup} options={targetGroups.map((g) => ({ value: g, label: t(`targetGroup.${g}`) }))} />
          <FormField name="title_nb" label={t("staff.titleNb")} defaultValue={v.title_nb} error={e.title_nb} required lang="nb" />
          <TextareaField name="description_nb" label={t("staff.descriptionNb")} hint={t("staff.descriptionHint")} defaultValue={v.description_nb} error={e.description_nb} rows={6} lang="nb" dir={directionOf("nb")} />
          {/* A plain <details>: open on its own when a translation has a problem or text, no script needed. */}
          <details className="ds-details" open={translationErrors || others.some((l) => v[`title_${l.code}`])}>
            <summary>{t("staff.translations")}</summary>
            <div className="stack event-translations">
              <Paragraph data-size="sm">{t("staff.translationsHint")}</Paragraph>
              {others.map((l) => (
                <div key={l.code} className="stack">
                  <FormField
                    name={`title_${l.code}`}
                    label={t("staff.titleIn", { language: l.nativeName })}
                    defaultValue={v[`title_${l.code}`]}
                    error={e[`title_${l.code}`]}
                    lang={l.code}
                    dir={l.dir}
                  />
                  <TextareaField name={`description_${l.code}`} label={t("staff.descriptionIn", { language: l.nativeName })} defaultValue={v[`description_${l.code}`]} error={e[`description_${l.code}`]} rows={6} lang={l.code} dir={directionOf(l.code)} />
                </div>
              ))}
            </div>
          </details>
        </Fieldset>
        <Fieldset className="event-fieldset">
          <Fieldset.Legend>{t("staff.whenLegend")}</Fieldset.Legend>
          <DateField name="date" label={t("staff.date")} defaultValue={v.date} error={e.date} required />
          <div className="event-time-row">
            <TimeField name="startTime" label={t("staff.startTime")} defaultValue={v.startTime} error={e.startTime} required />
            <TimeField name="endTime" label={t("staff.endTime")} hint={t("staff.endTimeHint")} defaultValue={v.endTime} error={e.endTime} required />
          </div>
          <SelectField name="repeat" label={t("staff.repeat")} defaultValue={v.repeat} error={e.repeat} options={repeatOptions} />
          <DateField name="repeatUntil" label={t("staff.repeatUntil")} hint={t("staff.repeatUntilHint")} defaultValue={v.repeatUntil} error={e.repeatUntil} />
        </Fieldset>
        <Fieldset className="event-fieldset">
          <Fieldset.Legend>{t("staff.whereLegend")}</Fieldset.Legend>
          <SelectField name="owner" label={t("staff.owner")} hint={t("staff.ownerHint")} defaultValue={v.owner} error={e.owner} options={ownerOptions} />
          <SelectField
            name="meetingPlace"
            label={t("staff.meetingPlace")}
            defaultValue={v.meetingPlace}
            error={e.meetingPlace}
            options={[{ value: "", label: t("staff.otherPlace") }, ...places.map((p) => ({ value: p.id, label: `${p.name} (${p.municipalityName})` }))]}
          />
          <FormField name="placeName" label={t("staff.placeName")} defaultValue={v.placeName} error={e.placeName} />
          <FormField name="address" label={t("staff.address")} hint={t("staff.addressHint")} defaultValue={v.address} error={e.address} />
        </Fieldset>
        <Fieldset className="event-fieldset">
          <Fieldset.Legend>{t("staff.languagesLegend")}</Fieldset.Legend>
          <div className="event-checkboxes">
            {eventLanguageCodes.map((code) => (
              <Checkbox key={code} id={code === eventLanguageCodes[0] ? "field-languages" : `field-languages-${code}`} name="languages" value={code} label={languageName(lang, code)} checked={values.languages.includes(code)} />
            ))}
          </div>
        </Fieldset>
        <Fieldset className="event-fieldset">
          <Fieldset.Legend>{t("staff.organiserLegend")}</Fieldset.Legend>
          <FormField name="organiserName" label={t("staff.organiserName")} defaultValue={v.organiserName} error={e.organiserName} required />
          <SelectField name="organiserKind" label={t("staff.organiserKind")} defaultValue={v.organiserKind} error={e.organiserKind} options={organiserKinds.map((k) => ({ value: k, label: t(`organiserKind.${k}`) }))} />
        </Fieldset>
        <Fieldset className="event-fieldset">
          <Fieldset.Legend>{t("staff.signupLegend")}</Fieldset.Legend>
          <Checkbox id="field-signupEnabled" name="signupEnabled" value="yes" label={t("staff.signupEnabled")} checked={v.signupEnabled === "yes"} />
          <FormField name="capacity" type="number" inputMode="numeric" min={1} max={10000} label={t("staff.capacity")} hint={t("staff.capacityHint")} defaultValue={v.capacity} error={e.capacity} className="event-number-input" />
        </Fieldset>
        <div>
          <Button type="submit">{t("staff.save")}</Button>
        </div>
      </form>
    </div>
  );
}

export function StaffEventPage({
  event,
  occurrences,
  ownerName,
  publicNumber,
  notice,
  now,
}: {
  event: EventRecord;
  occurrences: readonly OccurrenceView[];
  ownerName: string;
  /** The municipality whose public page shows the event (a region's first member for a regional event). */
  publicNumber: string;
  notice?: string;
  now: Date;
}) {
  const { lang } = usePage();
  const t = eventsTexts(lang);
  const text = localise(event, lang);
  const place = placeLine(event);
  return (
    <div className="stack">
      <Link href={eventsPaths.staffList(lang)}>{t("staff.backToList")}</Link>
      <Heading level={1} data-size="lg">
        {text.title}
      </Heading>
      <Notice text={notice} />
      {event.status === "cancelled" && (
        <Alert data-color="danger">
          <Paragraph>{t("event.cancelledTitle")}</Paragraph>
        </Alert>
      )}
      <section className="stack" aria-labelledby="facts">
        <Heading level={2} data-size="sm" id="facts">
          {t("staff.facts")}
        </Heading>
        <dl className="contact-list">
          <dt>{t("staff.area")}</dt>
          <dd>{ownerName}</dd>
          <dt>{t("event.when")}</dt>
          <dd>
            {formatWhen(lang, event.startsAt, event.endsAt)}
            {event.recurrence && (
              <>
                <br />
                {repeatText(t, lang, event)}
              </>
            )}
          </dd>
          <dt>{t("event.where")}</dt>
          <dd>{[place.name, place.address].filter(Boolean).join(", ")}</dd>
          <dt>{t("staff.seats")}</dt>
          <dd>{!event.signupEnabled ? t("staff.noSignup") : event.capacity === null ? t("staff.unlimited") : event.capacity}</dd>
        </dl>
        <div className="action-row">
          {event.status !== "cancelled" && (
            <Button asChild variant="secondary" data-size="sm">
              <a href={eventsPaths.staffEdit(lang, event.id)}>{t("staff.edit")}</a>
            </Button>
          )}
          <Link href={eventsPaths.event(lang, publicNumber, event.id)}>{t("staff.publicPage")}</Link>
          <Link href={eventsPaths.eventFeed(event.id, lang)}>{t("staff.calendarFile")}</Link>
        </div>
      </section>
      <section className="stack" aria-labelledby="dates">
        <Heading level={2} data-size="sm" id="dates">
          {t("staff.dates")}
        </Heading>
        <DataTable
          stacked
          className="event-table"
          caption={t("staff.dates")}
          columns={[{ label: t("staff.dateColumn") }, { label: t("staff.takenColumn") }, { label: t("staff.waitingColumn") }, { label: t("staff.statusColumn") }, { label: t("staff.actionsColumn") }]}
          rows={occurrences.map((o) => {
            const day = formatDay(lang, o.startsAt, now);
            const upcoming = o.endsAt > now;
            return {
              key: o.date,
              cells: [
                formatDayTimes(lang, o.startsAt, o.endsAt, now),
                event.capacity === null ? t("staff.takenUnlimited", { people: o.confirmedPeople }) : t("staff.taken", { people: o.confirmedPeople, capacity: event.capacity }),
                o.waitingCount,
                <AvailabilityTag event={event} occurrence={o} now={now} />,
                <div className="action-row">
                  {event.signupEnabled && (
                    <Link href={eventsPaths.staffSignups(lang, event.id, o.date)} aria-label={t("staff.signupsFor", { date: day })}>
                      {t("staff.signups")}
                    </Link>
                  )}
                  {upcoming && event.status !== "cancelled" && (
                    <form method="post" action={o.cancelled ? eventsPaths.staffOccurrenceRestore(lang, event.id, o.date) : eventsPaths.staffOccurrenceCancel(lang, event.id, o.date)}>
                      <CsrfField />
                      <Button
                        type="submit"
                        variant="tertiary"
                        data-size="sm"
                        aria-label={o.cancelled ? t("staff.restoreOccurrenceFor", { date: day }) : t("staff.cancelOccurrenceFor", { date: day })}
                      >
                        {o.cancelled ? t("staff.restoreOccurrence") : t("staff.cancelOccurrence")}
                      </Button>
                    </form>
                  )}
                </div>,
              ],
            };
          })}
        />
      </section>
      {event.status !== "cancelled" && (
        <section className="stack" aria-labelledby="cancel-event">
          <Heading level={2} data-size="sm" id="cancel-event">
            {t("staff.cancelTitle")}
          </Heading>
          <Paragraph>{t("staff.cancelText")}</Paragraph>
          <form method="post" action={eventsPaths.staffCancel(lang, event.id)}>
            <CsrfField />
            <Button type="submit" data-color="danger" variant="secondary">
              {t("staff.cancelSubmit")}
            </Button>
          </form>
        </section>
      )}
    </div>
  );
}

export function SignupListPage({ event, occurrence, entries }: { event: EventRecord; occurrence: { startsAt: Date; endsAt: Date }; entries: readonly SignupListEntry[] }) {
  const { lang } = usePage();
  const t = eventsTexts(lang);
  const people = entries.filter((e) => e.status === "confirmed").reduce((n, e) => n + e.partySize, 0);
  const waiting = entries.filter((e) => e.status === "waiting").length;
  const dateTime = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Oslo" });
  return (
    <div className="stack">
      <Link href={eventsPaths.staffEvent(lang, event.id)}>{t("staff.facts")}</Link>
      <Heading level={1} data-size="lg">
        {t("staff.signupsTitle", { title: localise(event, lang).title })}
      </Heading>
      <Paragraph>{formatWhen(lang, occurrence.startsAt, occurrence.endsAt)}</Paragraph>
      <Alert data-color="warning">
        <Paragraph>{t("staff.signupsNotice")}</Paragraph>
      </Alert>
      <Paragraph>{event.capacity === null ? t("staff.signupsSummaryUnlimited", { people, waiting }) : t("staff.signupsSummary", { people, capacity: event.capacity, waiting })}</Paragraph>
      {entries.length === 0 ? (
        <Paragraph>{t("staff.signupsNone")}</Paragraph>
      ) : (
        <DataTable
          stacked
          className="event-table"
          caption={t("staff.signups")}
          columns={[
            { label: t("staff.personName") },
            { label: t("staff.personEmail") },
            { label: t("staff.personCount") },
            { label: t("staff.personLanguage") },
            { label: t("staff.personStatus") },
            { label: t("staff.personSignedUp") },
          ]}
          rows={entries.map((entry, index) => ({
            key: index,
            cells: [
              entry.name,
              <span dir="ltr">{entry.email}</span>,
              entry.partySize,
              entry.preferredLanguage ?? "–",
              entry.status === "confirmed" ? t("staff.statusConfirmed") : t("staff.statusWaiting", { position: entry.position }),
              dateTime.format(entry.createdAt),
            ],
          }))}
        />
      )}
    </div>
  );
}

export function MeetingPlacesPage({
  places,
  municipalityOptions,
  errors,
  values,
  notice,
}: {
  places: readonly MeetingPlace[];
  municipalityOptions: readonly Option[];
  errors: FormErrors;
  values: Record<string, string>;
  notice?: string;
}) {
  const { lang } = usePage();
  const t = eventsTexts(lang);
  return (
    <div className="stack">
      <Link href={eventsPaths.staffList(lang)}>{t("staff.backToList")}</Link>
      <Heading level={1} data-size="lg">
        {t("staff.placesTitle")}
      </Heading>
      <Paragraph>{t("staff.placesLead")}</Paragraph>
      <Notice text={notice} />
      {places.length === 0 ? (
        <Paragraph>{t("staff.placesNone")}</Paragraph>
      ) : (
        <ul className="event-list">
          {places.map((place) => (
            <li key={place.id}>
              <Card className="stack">
                <Heading level={2} data-size="xs">
                  {place.name}
                </Heading>
                <Paragraph data-size="sm">
                  {place.address} · {place.municipalityName}
                </Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {municipalityOptions.length > 0 && (
        <Card className="stack">
          <Heading level={2} data-size="sm">
            {t("staff.addPlace")}
          </Heading>
          <FormErrorSummary errors={errors} labels={{ municipality: t("staff.placeMunicipality"), name: t("staff.placeNameField"), address: t("staff.placeAddress") }} />
          <form method="post" action={eventsPaths.staffPlaces(lang)} className="stack" noValidate>
            <CsrfField />
            <SelectField name="municipality" label={t("staff.placeMunicipality")} defaultValue={values.municipality} error={errors.fields.municipality} options={municipalityOptions} />
            <FormField name="name" label={t("staff.placeNameField")} defaultValue={values.name} error={errors.fields.name} required />
            <FormField name="address" label={t("staff.placeAddress")} defaultValue={values.address} error={errors.fields.address} required />
            <div>
              <Button type="submit">{t("staff.addPlace")}</Button>
            </div>
          </form>
        </Card>
      )}
    </div>
  );
}

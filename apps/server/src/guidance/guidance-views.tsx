import type { ReactNode } from "react";
import { Button, Field, Heading, Input, Label, Link, List, Paragraph, Tag, ValidationMessage } from "@digdir/designsystemet-react";
import { isLanguage, type Language } from "@velkomst/i18n";
import { residenceBases, type Plan } from "@velkomst/rules";
import { formatDayTimes, languageName } from "../events/event-format.ts";
import type { Municipality } from "../municipalities/municipality-repository.ts";
import { commonCitizenships, otherCitizenship, otherEeaCitizenships, planFields } from "../plans/plan-form.ts";
import { deadlineOf, formatDate } from "../plans/plan-dates.ts";
import { answersQuery, planPaths } from "../plans/plan-paths.ts";
import { planTexts } from "../plans/plan-texts.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import { DateField, TimeField } from "../web/components/date-time-fields.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField, SelectField, TextareaField } from "../web/components/form-field.tsx";
import { Notice } from "../web/components/notice.tsx";
import { usePage } from "../web/page-context.tsx";
import { neededLanguages } from "./guidance-form.ts";
import { guidancePaths } from "./guidance-paths.ts";
import type { GuidanceCase, QueueEntry } from "./guidance-repository.ts";
import { guidanceOutcomes } from "./guidance-tables.ts";
import { guidanceTexts } from "./guidance-texts.ts";
import { ReferToTeamLink } from "../newcomer-team/referral-views.tsx";

type Values = Record<string, string>;

function languageOptions(lang: Language) {
  return neededLanguages.map((code) => ({ value: code, label: languageName(lang, code) }));
}

function countryOptions(lang: Language) {
  const names = new Intl.DisplayNames([lang === "nn" ? "nn-NO" : lang === "nb" ? "nb-NO" : lang], { type: "region" });
  const p = planTexts(lang);
  return [
    { value: "", label: p("questionnaire.chooseCountry") },
    ...[...commonCitizenships, ...otherEeaCitizenships].map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) => a.label.localeCompare(b.label, lang)),
    { value: otherCitizenship, label: p("questionnaire.otherCountry") },
  ];
}

/** The arrival-plan questions (birth year, arrival month, basis, citizenship), worded as in "Min plan". */
function PlanQuestions({ values, errors }: { values: Values; errors: FormErrors }) {
  const { lang } = usePage();
  const p = planTexts(lang);
  return (
    <>
      <SelectField
        name={planFields.basis}
        label={p("questionnaire.basisLegend")}
        defaultValue={values[planFields.basis] ?? ""}
        error={errors.fields[planFields.basis]}
        options={[{ value: "", label: "—" }, ...residenceBases.map((basis) => ({ value: basis, label: p(`bases.${basis}`) }))]}
      />
      <FormField name={planFields.birthYear} label={p("questionnaire.birthYear")} hint={p("questionnaire.birthYearHint")} inputMode="numeric" defaultValue={values[planFields.birthYear]} error={errors.fields[planFields.birthYear]} />
      <FormField name={planFields.arrival} label={p("questionnaire.arrival")} hint={p("questionnaire.arrivalHint")} defaultValue={values[planFields.arrival]} error={errors.fields[planFields.arrival]} />
      <SelectField name={planFields.citizenship} label={p("questionnaire.citizenship")} defaultValue={values[planFields.citizenship] ?? ""} error={errors.fields[planFields.citizenship]} options={countryOptions(lang)} />
    </>
  );
}

function planLabels(lang: Language): Record<string, string> {
  const p = planTexts(lang);
  return { [planFields.basis]: p("questionnaire.basisLegend"), [planFields.birthYear]: p("questionnaire.birthYear"), [planFields.arrival]: p("questionnaire.arrival"), [planFields.citizenship]: p("questionnaire.citizenship") };
}

function enquiryLabels(lang: Language): Record<string, string> {
  const t = guidanceTexts(lang);
  return { navn: t("contact.name"), kontakt: t("contact.contact"), sprak: t("contact.language"), sporsmal: t("contact.question"), samtykke: t("contact.consent"), ...planLabels(lang) };
}

/** The fields an enquiry has, on the public form and the walk-in form alike. */
function EnquiryFields({ values, errors }: { values: Values; errors: FormErrors }) {
  const { lang } = usePage();
  const t = guidanceTexts(lang);
  return (
    <>
      <FormField name="navn" label={t("contact.name")} autoComplete="name" defaultValue={values.navn} error={errors.fields.navn} />
      <FormField name="kontakt" label={t("contact.contact")} hint={t("contact.contactHint")} autoComplete="tel" defaultValue={values.kontakt} error={errors.fields.kontakt} />
      <SelectField name="sprak" label={t("contact.language")} defaultValue={values.sprak ?? lang} error={errors.fields.sprak} options={languageOptions(lang)} />
      <TextareaField name="sporsmal" label={t("contact.question")} hint={t("contact.questionHint")} rows={4} defaultValue={values.sporsmal} error={errors.fields.sporsmal} />
    </>
  );
}

export function ContactPage({ municipality, values, errors }: { municipality: Municipality; values: Values; errors: FormErrors }) {
  const { lang } = usePage();
  const t = guidanceTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("contact.title", { municipality: municipality.name })}
      </Heading>
      <Paragraph>{t("contact.lead")}</Paragraph>
      <FormErrorSummary errors={errors} labels={enquiryLabels(lang)} />
      <form method="post" action={guidancePaths.contact(lang, municipality.number)} className="stack" noValidate>
        <CsrfField />
        <EnquiryFields values={values} errors={errors} />
        <fieldset className="stack">
          <legend>{t("contact.planTitle")}</legend>
          <Paragraph data-size="sm">{t("contact.planLead")}</Paragraph>
          <PlanQuestions values={values} errors={errors} />
        </fieldset>
        <Field>
          <Input type="checkbox" id="field-samtykke" name="samtykke" value="ja" defaultChecked={values.samtykke === "ja"} aria-invalid={errors.fields.samtykke ? true : undefined} aria-describedby={errors.fields.samtykke ? "field-samtykke-error" : undefined} />
          <Label htmlFor="field-samtykke" weight="regular">
            {t("contact.consent")}
          </Label>
          {errors.fields.samtykke && (
            <ValidationMessage id="field-samtykke-error">{errors.fields.samtykke}</ValidationMessage>
          )}
        </Field>
        <div>
          <Button type="submit">{t("contact.send")}</Button>
        </div>
      </form>
    </div>
  );
}

export function ContactDonePage({ municipality }: { municipality: Municipality }) {
  const { lang } = usePage();
  const t = guidanceTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("contact.doneTitle")}
      </Heading>
      <Paragraph role="status">{t("contact.doneText", { municipality: municipality.name })}</Paragraph>
      <Paragraph>
        <Link href={`/${lang}/kommune/${municipality.number}`}>{t("contact.back", { municipality: municipality.name })}</Link>
      </Paragraph>
    </div>
  );
}

function QueueTable({ caption, entries, municipalityName, closed }: { caption: string; entries: readonly QueueEntry[]; municipalityName: (number: string) => string; closed?: boolean }) {
  const { lang, now } = usePage();
  const t = guidanceTexts(lang);
  return (
    <section className="stack" aria-label={caption}>
      <Heading level={2} data-size="md">
        {caption}
      </Heading>
      {entries.length === 0 ? (
        <Paragraph>{t("queue.none")}</Paragraph>
      ) : (
        <DataTable
          stacked
          caption={caption}
          columns={[{ label: t("queue.name") }, { label: t("queue.language") }, { label: t("queue.municipality") }, { label: t("queue.source") }, { label: t("queue.received") }, { label: closed ? t("queue.outcome") : t("queue.nextMeeting") }]}
          rows={entries.map((entry) => ({
            key: entry.id,
            cells: [
              <Link href={guidancePaths.case(lang, entry.id)}>{entry.name}</Link>,
              <Tag data-color="info">{languageName(lang, entry.language)}</Tag>,
              municipalityName(entry.municipality),
              t(`source.${entry.source}`),
              formatDate(entry.receivedAt.toISOString().slice(0, 10), lang),
              closed ? (entry.outcome ? t(`outcome.${entry.outcome}`) : "") : entry.nextMeetingStartsAt ? formatDayTimes(lang, entry.nextMeetingStartsAt, entry.nextMeetingStartsAt, now) : "—",
            ],
          }))}
        />
      )}
    </section>
  );
}

export function QueuePage({ queue, municipalityName }: { queue: Record<"new" | "open" | "closed", QueueEntry[]>; municipalityName: (number: string) => string }) {
  const { lang } = usePage();
  const t = guidanceTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("queue.title")}
      </Heading>
      <Paragraph>{t("queue.lead")}</Paragraph>
      <div>
        <Button asChild>
          <a href={guidancePaths.walkIn(lang)}>{t("queue.walkIn")}</a>
        </Button>
      </div>
      <QueueTable caption={t("queue.waiting")} entries={queue.new} municipalityName={municipalityName} />
      <QueueTable caption={t("queue.open")} entries={queue.open} municipalityName={municipalityName} />
      <QueueTable caption={t("queue.closed")} entries={queue.closed} municipalityName={municipalityName} closed />
    </div>
  );
}

export function WalkInPage({ municipalities, values, errors }: { municipalities: ReadonlyArray<{ number: string; name: string }>; values: Values; errors: FormErrors }) {
  const { lang } = usePage();
  const t = guidanceTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("walkIn.title")}
      </Heading>
      <Paragraph>{t("walkIn.lead")}</Paragraph>
      <FormErrorSummary errors={errors} labels={{ ...enquiryLabels(lang), kommune: t("walkIn.municipality") }} />
      <form method="post" action={guidancePaths.queue(lang)} className="stack" noValidate>
        <CsrfField />
        <SelectField name="kommune" label={t("walkIn.municipality")} defaultValue={values.kommune} error={errors.fields.kommune} options={municipalities.map((m) => ({ value: m.number, label: m.name }))} />
        <EnquiryFields values={values} errors={errors} />
        <PlanQuestions values={values} errors={errors} />
        <div>
          <Button type="submit">{t("walkIn.save")}</Button>
        </div>
      </form>
    </div>
  );
}

/** What the case page shows beside the case: the plan, the services to refer to, the interpreter bookings. */
export interface CaseSurroundings {
  municipalityName: string;
  plan: Plan | undefined;
  services: ReadonlyArray<{ id: string; name: string }>;
  bookings: ReadonlyArray<{ id: string; interpreterName: string; language: string; startsAt: Date; endsAt: Date; exemptionReason: string | null }>;
  bookingHref: string;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="stack" aria-labelledby={id}>
      <Heading level={2} data-size="md" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

export function CasePage({ guidanceCase: c, around, values, errors, notice }: { guidanceCase: GuidanceCase; around: CaseSurroundings; values: Values; errors: FormErrors; notice?: string }) {
  const { lang, now } = usePage();
  const t = guidanceTexts(lang);
  const open = c.status !== "closed";
  const planValues = { ...c.planAnswers, ...values };
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("case.title", { name: c.name })}
      </Heading>
      <Notice text={notice} />
      <FormErrorSummary errors={errors} labels={{ ...planLabels(lang), notat: t("case.note"), dato: t("case.meetingDate"), fra: t("case.meetingStart"), til: t("case.meetingEnd"), sted: t("case.meetingPlace"), tjeneste: t("case.referralService"), resultat: t("case.outcome"), merknad: t("case.outcomeNote") }} />
      <Section id="summary" title={t("case.summary")}>
        <dl className="guidance-facts">
          <dt>
            <strong>{t("case.status")}</strong>
          </dt>
          <dd>{c.status === "closed" && c.closedAt && c.outcome ? t("case.closedOn", { date: formatDate(c.closedAt.toISOString().slice(0, 10), lang), outcome: t(`outcome.${c.outcome}`) }) : t(`status.${c.status}`)}</dd>
          <dt>
            <strong>{t("queue.municipality")}</strong>
          </dt>
          <dd>{around.municipalityName}</dd>
          <dt>
            <strong>{t("queue.language")}</strong>
          </dt>
          <dd>{languageName(lang, c.language)}</dd>
          <dt>
            <strong>{t("queue.source")}</strong>
          </dt>
          <dd>{t(`source.${c.source}`)}</dd>
          <dt>
            <strong>{t("case.contact")}</strong>
          </dt>
          <dd>{c.contact ? <bdi dir="ltr">{c.contact}</bdi> : "—"}</dd>
          <dt>
            <strong>{t("case.question")}</strong>
          </dt>
          <dd className="guidance-text">{c.question}</dd>
          <dt>
            <strong>{t("case.coordinator")}</strong>
          </dt>
          <dd>{c.coordinatorName ?? "—"}</dd>
        </dl>
        {c.status === "new" && (
          <form method="post" action={guidancePaths.take(lang, c.id)}>
            <CsrfField />
            <Button type="submit">{t("case.take")}</Button>
          </form>
        )}
      </Section>

      <Section id="plan" title={t("case.planTitle")}>
        {around.plan ? (
          <>
            <List.Ordered>
              {around.plan.steps.map((step) => {
                const deadline = deadlineOf(step, lang);
                return <List.Item key={step.id}>{deadline ? `${step.title} (${deadline})` : step.title}</List.Item>;
              })}
            </List.Ordered>
            <Paragraph>
              <Link href={`${planPaths.result(isLanguage(c.language) ? c.language : lang)}${answersQuery(c.planAnswers)}`}>{t("case.planOpen")}</Link>
            </Paragraph>
          </>
        ) : (
          <Paragraph>{t("case.planMissing")}</Paragraph>
        )}
        {open && (
          <form method="post" action={guidancePaths.plan(lang, c.id)} className="stack" noValidate>
            <CsrfField />
            <PlanQuestions values={planValues} errors={errors} />
            <div>
              <Button type="submit" variant="secondary">
                {t("case.planSave")}
              </Button>
            </div>
          </form>
        )}
      </Section>

      <Section id="meeting" title={t("case.meetingTitle")}>
        {c.nextMeetingStartsAt && c.nextMeetingEndsAt ? (
          <>
            <Paragraph>
              {formatDayTimes(lang, c.nextMeetingStartsAt, c.nextMeetingEndsAt, now)}
              {c.nextMeetingPlace && (
                <>
                  {", "}
                  <bdi>{c.nextMeetingPlace}</bdi>
                </>
              )}
            </Paragraph>
            <Paragraph>
              <Link href={guidancePaths.meetingCalendar(lang, c.id)}>{t("case.meetingCalendar")}</Link>
            </Paragraph>
          </>
        ) : (
          <Paragraph>{t("case.meetingNone")}</Paragraph>
        )}
        {open && (
          <form method="post" action={guidancePaths.meeting(lang, c.id)} className="stack" noValidate>
            <CsrfField />
            <DateField name="dato" label={t("case.meetingDate")} defaultValue={values.dato} error={errors.fields.dato} />
            <TimeField name="fra" label={t("case.meetingStart")} defaultValue={values.fra} error={errors.fields.fra} />
            <TimeField name="til" label={t("case.meetingEnd")} defaultValue={values.til} error={errors.fields.til} />
            <FormField name="sted" label={t("case.meetingPlace")} defaultValue={values.sted ?? c.nextMeetingPlace ?? ""} error={errors.fields.sted} />
            <div>
              <Button type="submit" variant="secondary">
                {t("case.meetingSave")}
              </Button>
            </div>
          </form>
        )}
      </Section>

      <Section id="interpreter" title={t("case.interpreterTitle")}>
        {around.bookings.length === 0 ? (
          <Paragraph>{t("case.interpreterNone")}</Paragraph>
        ) : (
          <List.Unordered>
            {around.bookings.map((b) => (
              <List.Item key={b.id}>
                <bdi>{b.interpreterName}</bdi> {`(${languageName(lang, b.language)}): ${formatDayTimes(lang, b.startsAt, b.endsAt, now)}`}
              </List.Item>
            ))}
          </List.Unordered>
        )}
        {open && (
          <Paragraph>
            <Link href={around.bookingHref}>{t("case.interpreterBook")}</Link>
          </Paragraph>
        )}
      </Section>

      <Section id="referrals" title={t("case.referralsTitle")}>
        {c.referrals.length === 0 ? (
          <Paragraph>{t("case.referralsNone")}</Paragraph>
        ) : (
          <List.Unordered>
            {c.referrals.map((r) => (
              <List.Item key={r.id}>{r.note ? `${r.serviceName}: ${r.note}` : r.serviceName}</List.Item>
            ))}
          </List.Unordered>
        )}
        {open && around.services.length > 0 && (
          <form method="post" action={guidancePaths.referral(lang, c.id)} className="stack" noValidate>
            <CsrfField />
            <SelectField name="tjeneste" label={t("case.referralService")} defaultValue={values.tjeneste} error={errors.fields.tjeneste} options={around.services.map((s) => ({ value: s.id, label: s.name }))} />
            <FormField name="henvisningsmerknad" label={t("case.referralNote")} defaultValue={values.henvisningsmerknad} />
            <div>
              <Button type="submit" variant="secondary">
                {t("case.referralSave")}
              </Button>
            </div>
          </form>
        )}
        <ReferToTeamLink subject={{ kind: "guidance-case", id: c.id }} />
      </Section>

      <Section id="notes" title={t("case.notesTitle")}>
        {c.notes.map((note) => (
          <div key={note.id} className="guidance-note">
            <Paragraph data-size="sm">{t("case.noteBy", { name: note.authorName, when: formatDayTimes(lang, note.at, note.at, now) })}</Paragraph>
            <Paragraph className="guidance-text">{note.text}</Paragraph>
          </div>
        ))}
        {open && (
          <form method="post" action={guidancePaths.note(lang, c.id)} className="stack" noValidate>
            <CsrfField />
            <TextareaField name="notat" label={t("case.note")} rows={3} defaultValue={values.notat} error={errors.fields.notat} />
            <div>
              <Button type="submit" variant="secondary">
                {t("case.noteSave")}
              </Button>
            </div>
          </form>
        )}
      </Section>

      {open && (
        <Section id="close" title={t("case.closeTitle")}>
          <form method="post" action={guidancePaths.close(lang, c.id)} className="stack" noValidate>
            <CsrfField />
            <SelectField name="resultat" label={t("case.outcome")} defaultValue={values.resultat ?? ""} error={errors.fields.resultat} options={[{ value: "", label: "—" }, ...guidanceOutcomes.map((o) => ({ value: o, label: t(`outcome.${o}`) }))]} />
            <TextareaField name="merknad" label={t("case.outcomeNote")} rows={2} defaultValue={values.merknad} error={errors.fields.merknad} />
            <div>
              <Button type="submit">{t("case.close")}</Button>
            </div>
          </form>
        </Section>
      )}
      <Section id="export" title={t("case.exportTitle")}>
        <Paragraph>{t("case.exportLead")}</Paragraph>
        <form method="post" action={guidancePaths.export(lang, c.id)}>
          <CsrfField />
          <Button type="submit" variant="secondary">
            {t("case.exportSubmit")}
          </Button>
        </form>
      </Section>
      <Paragraph>
        <Link href={guidancePaths.queue(lang)}>{t("queue.title")}</Link>
      </Paragraph>
    </div>
  );
}

/** The card on the staff start page. */
export function guidanceTaskCard(lang: Language) {
  const t = guidanceTexts(lang);
  return { href: guidancePaths.queue(lang), title: t("staffCard.title"), text: t("staffCard.text") };
}

/** The card on the municipality's page that leads to the contact form. */
export function guidanceMunicipalityCard(lang: Language, number: string) {
  const t = guidanceTexts(lang);
  return { href: guidancePaths.contact(lang, number), title: t("municipalityLink.title"), text: t("municipalityLink.text") };
}

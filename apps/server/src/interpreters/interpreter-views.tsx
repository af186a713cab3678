import { Button, Field, Fieldset, Heading, Input, Label, Link, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import { interpreterQualifications, isQualifiedInterpreter, type QualifiedInterpreterExemption } from "@velkomst/rules";
import { formatDayTimes, formatLanguageList, languageName } from "../events/event-format.ts";
import { formatDate } from "../plans/plan-dates.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import { DateField, TimeField } from "../web/components/date-time-fields.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField, SelectField, TextareaField } from "../web/components/form-field.tsx";
import { Notice } from "../web/components/notice.tsx";
import { usePage } from "../web/page-context.tsx";
import { areaValue, interpreterLanguages } from "./interpreter-form.ts";
import type { Booking, Interpreter, InterpreterArea } from "./interpreter-repository.ts";
import { interpretersPaths } from "./interpreters-paths.ts";
import { interpretersTexts } from "./interpreters-texts.ts";

type Values = Record<string, string>;
export type AreaName = (area: InterpreterArea) => string;

export interface BookingRow {
  id: string;
  name: string;
  language: string;
  starts_at: Date;
  ends_at: Date;
  exemption_reason: string | null;
  guidance_case_id: string | null;
  event_id: string | null;
}

export function InterpreterListPage({ interpreters, bookings, areaName, notice }: { interpreters: readonly Interpreter[]; bookings: readonly BookingRow[]; areaName: AreaName; notice?: string }) {
  const { lang, now } = usePage();
  const t = interpretersTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("list.title")}
      </Heading>
      <Paragraph>{t("list.lead")}</Paragraph>
      <Notice text={notice} />
      <div className="action-row">
        <Button asChild>
          <a href={interpretersPaths.new(lang)}>{t("list.add")}</a>
        </Button>
        <Button asChild variant="secondary">
          <a href={interpretersPaths.book(lang)}>{t("list.book")}</a>
        </Button>
      </div>
      {interpreters.length === 0 ? (
        <Paragraph>{t("list.none")}</Paragraph>
      ) : (
        <DataTable
          stacked
          caption={t("list.title")}
          columns={[{ label: t("list.name") }, { label: t("list.languages") }, { label: t("list.qualification") }, { label: t("list.area") }, { label: t("list.status") }]}
          rows={interpreters.map((i) => ({
            key: i.id,
            cells: [<Link href={interpretersPaths.edit(lang, i.id)}>{i.name}</Link>, formatLanguageList(lang, i.languages), t(`qualification.${i.qualification}`), areaName(i.area), i.active ? t("list.active") : t("list.inactive")],
          }))}
        />
      )}
      <Heading level={2} data-size="md">
        {t("list.bookingsTitle")}
      </Heading>
      {bookings.length === 0 ? (
        <Paragraph>{t("list.none")}</Paragraph>
      ) : (
        <DataTable
          stacked
          caption={t("list.bookingsTitle")}
          columns={[{ label: t("list.when") }, { label: t("list.name") }, { label: t("booking.language") }, { label: t("list.exemption") }, { label: t("list.change") }]}
          rows={bookings.map((b) => ({
            key: b.id,
            cells: [formatDayTimes(lang, b.starts_at, b.ends_at, now), b.name, languageName(lang, b.language), b.exemption_reason ?? "—", <Link href={interpretersPaths.booking(lang, b.id)}>{t("list.changeBooking")}</Link>],
          }))}
        />
      )}
    </div>
  );
}

const formLabels = (t: ReturnType<typeof interpretersTexts>) => ({
  aktiv: t("form.active"),
  navn: t("form.name"),
  fodselsdato: t("form.birthDate"),
  sprak: t("form.languages"),
  kategori: t("form.qualification"),
  omrade: t("form.area"),
  telefon: t("form.phone"),
  epost: t("form.email"),
});

/** The form of a new interpreter, or of one being changed (`editing`: its id and name, with the active checkbox). */
export function InterpreterFormPage({ areas, areaName, values, languages, errors, editing }: { areas: readonly InterpreterArea[]; areaName: AreaName; values: Values; languages: readonly string[]; errors: FormErrors; editing?: { id: string; name: string } }) {
  const { lang } = usePage();
  const t = interpretersTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {editing ? t("form.editTitle", { name: editing.name }) : t("form.title")}
      </Heading>
      <FormErrorSummary errors={errors} labels={formLabels(t)} />
      <form method="post" action={editing ? interpretersPaths.edit(lang, editing.id) : interpretersPaths.list(lang)} className="stack" noValidate>
        <CsrfField />
        <FormField name="navn" label={t("form.name")} defaultValue={values.navn} error={errors.fields.navn} />
        <DateField name="fodselsdato" autoComplete="bday" label={t("form.birthDate")} hint={t("form.birthDateHint")} defaultValue={values.fodselsdato} error={errors.fields.fodselsdato} />
        <Fieldset aria-describedby={errors.fields.sprak ? "field-sprak-error" : undefined}>
          <Fieldset.Legend>{t("form.languages")}</Fieldset.Legend>
          <div className="choice-grid">
            {interpreterLanguages.map((code, index) => {
              const id = index === 0 ? "field-sprak" : `field-sprak-${code}`;
              return (
                <Field key={code}>
                  <Input type="checkbox" id={id} name="sprak" value={code} defaultChecked={languages.includes(code)} />
                  <Label htmlFor={id} weight="regular">
                    {languageName(lang, code)}
                  </Label>
                </Field>
              );
            })}
          </div>
          {errors.fields.sprak && (
            <Paragraph id="field-sprak-error" data-size="sm" data-color="danger">
              {errors.fields.sprak}
            </Paragraph>
          )}
        </Fieldset>
        <SelectField
          name="kategori"
          label={t("form.qualification")}
          defaultValue={values.kategori ?? ""}
          error={errors.fields.kategori}
          options={[{ value: "", label: "—" }, ...interpreterQualifications.map((q) => ({ value: q, label: t(`qualification.${q}`) }))]}
        />
        <SelectField name="omrade" label={t("form.area")} defaultValue={values.omrade} error={errors.fields.omrade} options={areas.map((a) => ({ value: areaValue(a), label: areaName(a) }))} />
        <FormField name="telefon" type="tel" label={t("form.phone")} defaultValue={values.telefon} error={errors.fields.telefon} />
        <FormField name="epost" type="email" label={t("form.email")} defaultValue={values.epost} error={errors.fields.epost} />
        {editing && (
          <Field>
            <Input type="checkbox" id="field-aktiv" name="aktiv" value="ja" defaultChecked={values.aktiv === "ja"} aria-invalid={errors.fields.aktiv ? true : undefined} aria-describedby={errors.fields.aktiv ? "field-aktiv-error" : undefined} />
            <Label htmlFor="field-aktiv" weight="regular">
              {t("form.active")}
            </Label>
            {errors.fields.aktiv && <ValidationMessage id="field-aktiv-error">{errors.fields.aktiv}</ValidationMessage>}
          </Field>
        )}
        <div>
          <Button type="submit">{t("form.save")}</Button>
        </div>
      </form>
    </div>
  );
}

export type BookingTarget = { kind: "case"; id: string; name: string; language: string } | { kind: "event"; choices: ReadonlyArray<{ id: string; label: string }> };

export function BookingPage({ target, interpreters, exemption, values, errors }: { target: BookingTarget; interpreters: readonly Interpreter[]; exemption: QualifiedInterpreterExemption; values: Values; errors: FormErrors }) {
  const { lang } = usePage();
  const t = interpretersTexts(lang);
  const labels = { tolk: t("booking.interpreter"), sprak: t("booking.language"), dato: t("booking.date"), fra: t("booking.start"), til: t("booking.end"), unntak: t("booking.exemptionReason"), arrangement: t("booking.forEvent") };
  const offered = new Set(interpreters.flatMap((i) => i.languages));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("booking.title")}
      </Heading>
      {target.kind === "case" && <Paragraph>{t("booking.forCase", { name: target.name })}</Paragraph>}
      <FormErrorSummary errors={errors} labels={labels} />
      {interpreters.length === 0 ? (
        <Paragraph>
          <Link href={interpretersPaths.new(lang)}>{t("booking.noInterpreters")}</Link>
        </Paragraph>
      ) : (
        <form method="post" action={interpretersPaths.book(lang)} className="stack" noValidate>
          <CsrfField />
          {target.kind === "case" ? (
            <input type="hidden" name="sak" value={target.id} />
          ) : (
            <SelectField name="arrangement" label={t("booking.forEvent")} defaultValue={values.arrangement} error={errors.fields.arrangement} options={target.choices.map((c) => ({ value: c.id, label: c.label }))} />
          )}
          <SelectField
            name="tolk"
            label={t("booking.interpreter")}
            defaultValue={values.tolk}
            error={errors.fields.tolk}
            options={interpreters.map((i) => ({ value: i.id, label: `${i.name}: ${formatLanguageList(lang, i.languages)} (${t(`qualification.${i.qualification}`)})` }))}
          />
          <SelectField
            name="sprak"
            label={t("booking.language")}
            defaultValue={values.sprak ?? (target.kind === "case" ? target.language : undefined)}
            error={errors.fields.sprak}
            options={interpreterLanguages.filter((code) => offered.has(code)).map((code) => ({ value: code, label: languageName(lang, code) }))}
          />
          <DateField name="dato" label={t("booking.date")} defaultValue={values.dato} error={errors.fields.dato} />
          <TimeField name="fra" label={t("booking.start")} defaultValue={values.fra} error={errors.fields.fra} />
          <TimeField name="til" label={t("booking.end")} defaultValue={values.til} error={errors.fields.til} />
          {exemption.offered && exemption.lastDay ? (
            <TextareaField name="unntak" label={t("booking.exemptionReason")} hint={t("booking.exemptionHint", { lastDay: formatDate(exemption.lastDay, lang) })} rows={2} defaultValue={values.unntak} error={errors.fields.unntak} />
          ) : (
            exemption.endedOn && <Paragraph data-size="sm">{t("booking.exemptionGone", { lastDay: formatDate(exemption.endedOn, lang) })}</Paragraph>
          )}
          <div>
            <Button type="submit">{t("booking.save")}</Button>
          </div>
        </form>
      )}
    </div>
  );
}

/** A booking's change form: a new time (checked as a new booking is), and cancelling it with a reason. */
export function BookingChangePage({ booking, interpreter, exemption, values, errors }: { booking: Booking; interpreter: Interpreter; exemption: QualifiedInterpreterExemption; values: Values; errors: FormErrors }) {
  const { lang, now } = usePage();
  const t = interpretersTexts(lang);
  const labels = { tolk: t("booking.interpreter"), sprak: t("booking.language"), dato: t("booking.date"), fra: t("booking.start"), til: t("booking.end"), unntak: t("booking.exemptionReason"), begrunnelse: t("change.cancelReason") };
  const needsReason = !isQualifiedInterpreter(interpreter.qualification);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("change.title")}
      </Heading>
      <Paragraph>
        {t("change.lead", { interpreter: interpreter.name, language: languageName(lang, booking.language), when: formatDayTimes(lang, booking.startsAt, booking.endsAt, now) })}
        {"guidanceCaseId" in booking.target && ` ${t("booking.forCase", { name: booking.target.name })}`}
      </Paragraph>
      <FormErrorSummary errors={errors} labels={labels} />
      {booking.cancelled ? (
        <Paragraph>{t("change.isCancelled")}</Paragraph>
      ) : (
        <>
          <form method="post" action={interpretersPaths.booking(lang, booking.id)} className="stack" noValidate>
            <CsrfField />
            <DateField name="dato" label={labels.dato} defaultValue={values.dato} error={errors.fields.dato} />
            <TimeField name="fra" label={labels.fra} defaultValue={values.fra} error={errors.fields.fra} />
            <TimeField name="til" label={labels.til} defaultValue={values.til} error={errors.fields.til} />
            {needsReason && exemption.offered && exemption.lastDay && (
              <TextareaField name="unntak" label={labels.unntak} hint={t("booking.exemptionHint", { lastDay: formatDate(exemption.lastDay, lang) })} rows={2} defaultValue={values.unntak} error={errors.fields.unntak} />
            )}
            <div>
              <Button type="submit">{t("change.save")}</Button>
            </div>
          </form>
          <Heading level={2} data-size="md">
            {t("change.cancelTitle")}
          </Heading>
          <form method="post" action={interpretersPaths.cancel(lang, booking.id)} className="stack" noValidate>
            <CsrfField />
            <TextareaField name="begrunnelse" label={labels.begrunnelse} rows={2} defaultValue={values.begrunnelse} error={errors.fields.begrunnelse} />
            <div>
              <Button type="submit" variant="secondary" data-color="danger">
                {t("change.cancel")}
              </Button>
            </div>
          </form>
        </>
      )}
      <Paragraph>
        <Link href={interpretersPaths.list(lang)}>{t("list.title")}</Link>
      </Paragraph>
    </div>
  );
}

/** The card on the staff start page. */
export function interpretersTaskCard(lang: Parameters<typeof interpretersTexts>[0]) {
  const t = interpretersTexts(lang);
  return { href: interpretersPaths.list(lang), title: t("staffCard.title"), text: t("staffCard.text") };
}

import type { ReactNode } from "react";
import { Button, Details, Field, Fieldset, Heading, Input, Label, Link, Paragraph } from "@digdir/designsystemet-react";
import { directionOf, languages, type Language } from "@velkomst/i18n";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField, SelectField, TextareaField } from "../web/components/form-field.tsx";
import { DateField } from "../web/components/date-time-fields.tsx";
import { Notice } from "../web/components/notice.tsx";
import { usePage } from "../web/page-context.tsx";
import { directoryPaths } from "./directory-paths.ts";
import { directoryTexts, type DirectoryTranslator } from "./directory-texts.ts";
import { blankExceptionRows, commonLanguages, exceptionField, hoursField, textField, usedExceptionRows, type FormState } from "./service-form.ts";
import { serviceCategories, wheelchairAccessValues, type DirectoryService } from "./service-model.ts";
import { dateWithYear, languageName, weekdayName } from "./service-presentation.ts";

export interface ScopeChoice {
  value: string;
  label: string;
}

function Hint({ id, text }: { id: string; text?: string }) {
  return text ? (
    <Paragraph data-size="sm" id={id} className="field-hint">
      {text}
    </Paragraph>
  ) : null;
}

function ChoiceGroup({ name, legend, type, options, checked, hint }: { name: string; legend: string; type: "radio" | "checkbox"; options: ReadonlyArray<[string, ReactNode]>; checked: (value: string) => boolean; hint?: string }) {
  return (
    <Fieldset className="directory-fieldset" aria-describedby={hint ? `field-${name}-hint` : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Hint id={`field-${name}-hint`} text={hint} />
      <div className={type === "checkbox" ? "choice-grid" : "choice-grid choice-row"}>
        {options.map(([value, label], index) => {
          const id = index === 0 ? `field-${name}` : `field-${name}-${value}`;
          return (
            <Field key={value}>
              <Input type={type} id={id} name={name} value={value} defaultChecked={checked(value)} />
              <Label htmlFor={id} weight="regular">
                {label}
              </Label>
            </Field>
          );
        })}
      </div>
    </Fieldset>
  );
}

export function StaffServiceListPage({ services, areaName, notice }: { services: readonly DirectoryService[]; areaName: (service: DirectoryService) => string; notice?: string }) {
  const { lang } = usePage();
  const t = directoryTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("staff.listTitle")}
      </Heading>
      <Paragraph>{t("staff.listLead")}</Paragraph>
      <Notice text={notice} />
      <div>
        <Button asChild>
          <a href={directoryPaths.staffNew(lang)}>{t("staff.add")}</a>
        </Button>
      </div>
      {services.length === 0 ? (
        <Paragraph>{t("staff.empty")}</Paragraph>
      ) : (
        <DataTable
          stacked
          caption={t("staff.listTitle")}
          columns={[{ label: t("staff.name") }, { label: t("staff.category") }, { label: t("staff.area") }, { label: t("staff.updated") }]}
          rows={services.map((service) => ({
            key: service.id,
            cells: [
              <Link href={directoryPaths.staffEdit(lang, service.id)} aria-label={t("staff.edit", { name: service.name })}>
                {service.name}
              </Link>,
              t(`categories.${service.category}`),
              areaName(service),
              dateWithYear(lang, service.updatedAt.toISOString().slice(0, 10)),
            ],
          }))}
        />
      )}
    </div>
  );
}

/** The labels the error summary names each field by. */
function fieldLabels(t: DirectoryTranslator, lang: Language, rows: number): Record<string, string> {
  const labels: Record<string, string> = {
    scope: t("staff.form.scope"),
    category: t("staff.form.category"),
    name: t("staff.form.name"),
    provider: t("staff.form.provider"),
    streetAddress: t("staff.form.streetAddress"),
    postalCode: t("staff.form.postalCode"),
    postalTown: t("staff.form.postalTown"),
    latitude: t("staff.form.latitude"),
    longitude: t("staff.form.longitude"),
    phone: t("staff.form.phone"),
    email: t("staff.form.email"),
    website: t("staff.form.website"),
    bookingUrl: t("staff.form.bookingUrl"),
    otherLanguages: t("staff.form.otherLanguages"),
    wheelchairAccess: t("staff.form.wheelchair"),
  };
  for (let weekday = 1; weekday <= 7; weekday++) labels[hoursField(weekday)] = weekdayName(lang, mondayPlus(weekday - 1));
  for (let row = 0; row < rows; row++) {
    const prefix = `${t("staff.form.exception", { number: row + 1 })}: `;
    labels[exceptionField(row, "from")] = prefix + t("staff.form.exceptionFrom");
    labels[exceptionField(row, "to")] = prefix + t("staff.form.exceptionTo");
    labels[exceptionField(row, "hours")] = prefix + t("staff.form.exceptionHours");
  }
  for (const language of languages) {
    const prefix = `${t("staff.form.texts", { language: language.nativeName })}: `;
    labels[textField("description", language.code)] = prefix + t("staff.form.description");
    labels[textField("directions", language.code)] = prefix + t("staff.form.directions");
    labels[textField("accessibilityNote", language.code)] = prefix + t("staff.form.accessibilityNote");
  }
  return labels;
}

/** 2024-01-01 was a Monday: weekday names come from Intl in the page's language. */
const mondayPlus = (days: number) => `2024-01-0${1 + days}`;

function LanguageTexts({ code, state, errors }: { code: Language; state: FormState; errors: FormErrors }) {
  const { lang } = usePage();
  const t = directoryTexts(lang);
  const nativeName = languages.find((l) => l.code === code)?.nativeName ?? code;
  return (
    <Fieldset className="directory-fieldset">
      <Fieldset.Legend>{t("staff.form.texts", { language: nativeName })}</Fieldset.Legend>
      <TextareaField
        name={textField("description", code)}
        label={t("staff.form.description")}
        hint={code === "nb" ? t("staff.form.descriptionHint") : undefined}
        defaultValue={state.fields[textField("description", code)]}
        error={errors.fields[textField("description", code)]}
        lang={code}
        dir={directionOf(code)}
        rows={6}
      />
      <TextareaField
        name={textField("directions", code)}
        label={t("staff.form.directions")}
        hint={code === "nb" ? t("staff.form.directionsHint") : undefined}
        defaultValue={state.fields[textField("directions", code)]}
        error={errors.fields[textField("directions", code)]}
        lang={code}
        dir={directionOf(code)}
        rows={2}
      />
      <TextareaField
        name={textField("accessibilityNote", code)}
        label={t("staff.form.accessibilityNote")}
        defaultValue={state.fields[textField("accessibilityNote", code)]}
        error={errors.fields[textField("accessibilityNote", code)]}
        lang={code}
        dir={directionOf(code)}
        rows={2}
      />
    </Fieldset>
  );
}

export interface ServiceFormPageProps {
  /** Undefined for a new service. */
  service?: DirectoryService;
  scopes: readonly ScopeChoice[];
  state: FormState;
  errors: FormErrors;
  notice?: string;
}

export function ServiceFormPage({ service, scopes, state, errors, notice }: ServiceFormPageProps) {
  const { lang } = usePage();
  const t = directoryTexts(lang);
  const f = state.fields;
  const value = (name: string) => f[name] ?? "";
  const field = (name: string, label: string, extra: Partial<Parameters<typeof FormField>[0]> = {}) => (
    <FormField name={name} label={label} defaultValue={value(name)} error={errors.fields[name]} {...extra} />
  );
  const rows = usedExceptionRows(f) + blankExceptionRows;
  const otherTexts = languages.filter((l) => l.code !== "nb");
  const otherTextsOpen = otherTexts.some((l) => ["description", "directions", "accessibilityNote"].some((part) => errors.fields[textField(part as "description", l.code)]));
  const action = service ? directoryPaths.staffEdit(lang, service.id) : directoryPaths.staffList(lang);
  return (
    <div className="stack">
      <Link href={directoryPaths.staffList(lang)}>{t("staff.listTitle")}</Link>
      <Heading level={1} data-size="lg">
        {service ? t("staff.editTitle", { name: service.name }) : t("staff.newTitle")}
      </Heading>
      <Notice text={notice} />
      <FormErrorSummary errors={errors} labels={fieldLabels(t, lang, rows)} />
      <form method="post" action={action} className="stack directory-form" noValidate>
        <CsrfField />
        <Fieldset className="directory-fieldset">
          <Fieldset.Legend>{t("staff.form.basics")}</Fieldset.Legend>
          <SelectField name="scope" label={t("staff.form.scope")} hint={t("staff.form.scopeHint")} defaultValue={value("scope")} error={errors.fields.scope} options={scopes} />
          <SelectField
            name="category"
            label={t("staff.form.category")}
            defaultValue={value("category")}
            error={errors.fields.category}
            options={serviceCategories.map((category) => ({ value: category, label: t(`categories.${category}`) }))}
          />
          {field("name", t("staff.form.name"), { hint: t("staff.form.nameHint"), required: true, autoComplete: "off" })}
          {field("provider", t("staff.form.provider"), { hint: t("staff.form.providerHint"), autoComplete: "off" })}
        </Fieldset>

        <Fieldset className="directory-fieldset">
          <Fieldset.Legend>{t("staff.form.address")}</Fieldset.Legend>
          {field("streetAddress", t("staff.form.streetAddress"), { autoComplete: "off" })}
          <div className="directory-pair">
            {field("postalCode", t("staff.form.postalCode"), { inputMode: "numeric", maxLength: 4, autoComplete: "off" })}
            {field("postalTown", t("staff.form.postalTown"), { autoComplete: "off" })}
          </div>
          <div className="directory-pair">
            {field("latitude", t("staff.form.latitude"), { inputMode: "decimal", hint: t("staff.form.coordinatesHint"), dir: "ltr" })}
            {field("longitude", t("staff.form.longitude"), { inputMode: "decimal", dir: "ltr" })}
          </div>
        </Fieldset>

        <Fieldset className="directory-fieldset">
          <Fieldset.Legend>{t("staff.form.contact")}</Fieldset.Legend>
          {field("phone", t("staff.form.phone"), { type: "tel", hint: t("staff.form.phoneHint"), dir: "ltr", autoComplete: "off" })}
          {field("email", t("staff.form.email"), { type: "email", dir: "ltr", autoComplete: "off" })}
          {field("website", t("staff.form.website"), { type: "url", hint: t("staff.form.urlHint"), dir: "ltr", autoComplete: "off" })}
          {field("bookingUrl", t("staff.form.bookingUrl"), { type: "url", dir: "ltr", autoComplete: "off" })}
        </Fieldset>

        <Fieldset className="directory-fieldset" aria-describedby="hours-hint">
          <Fieldset.Legend>{t("staff.form.hours")}</Fieldset.Legend>
          <Hint id="hours-hint" text={t("staff.form.hoursHint")} />
          {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
            <div key={weekday}>{field(hoursField(weekday), weekdayName(lang, mondayPlus(weekday - 1)), { dir: "ltr", autoComplete: "off", className: "directory-hours" })}</div>
          ))}
          <Field>
            <Input type="checkbox" id="field-closedOnPublicHolidays" name="closedOnPublicHolidays" value="on" defaultChecked={f.closedOnPublicHolidays === "on"} />
            <Label htmlFor="field-closedOnPublicHolidays" weight="regular">
              {t("staff.form.closedOnHolidays")}
            </Label>
          </Field>
        </Fieldset>

        <Fieldset className="directory-fieldset" aria-describedby="exceptions-hint">
          <Fieldset.Legend>{t("staff.form.exceptions")}</Fieldset.Legend>
          <Hint id="exceptions-hint" text={t("staff.form.exceptionsHint")} />
          {Array.from({ length: rows }, (_, row) => (
            <Fieldset key={row} className="directory-exception">
              <Fieldset.Legend>{t("staff.form.exception", { number: row + 1 })}</Fieldset.Legend>
              <div className="directory-pair">
                <DateField name={exceptionField(row, "from")} label={t("staff.form.exceptionFrom")} defaultValue={value(exceptionField(row, "from"))} error={errors.fields[exceptionField(row, "from")]} />
                <DateField name={exceptionField(row, "to")} label={t("staff.form.exceptionTo")} defaultValue={value(exceptionField(row, "to"))} error={errors.fields[exceptionField(row, "to")]} />
              </div>
              {field(exceptionField(row, "hours"), t("staff.form.exceptionHours"), { dir: "ltr", autoComplete: "off", className: "directory-hours" })}
            </Fieldset>
          ))}
        </Fieldset>

        <ChoiceGroup
          name="languages"
          legend={t("staff.form.languages")}
          type="checkbox"
          options={commonLanguages.map((code) => [code, languageName(lang, code)])}
          checked={(code) => state.languages.includes(code)}
        />
        {field("otherLanguages", t("staff.form.otherLanguages"), { hint: t("staff.form.otherLanguagesHint"), dir: "ltr", autoComplete: "off" })}

        <Fieldset className="directory-fieldset">
          <Fieldset.Legend>{t("staff.form.accessibility")}</Fieldset.Legend>
          <ChoiceGroup
            name="wheelchairAccess"
            legend={t("staff.form.wheelchair")}
            type="radio"
            options={wheelchairAccessValues.map((v) => [v, t(`staff.form.${v}`)])}
            checked={(v) => (f.wheelchairAccess ?? "unknown") === v}
          />
          <ChoiceGroup
            name="hearingLoop"
            legend={t("staff.form.hearingLoop")}
            type="radio"
            options={(["yes", "no", "unknown"] as const).map((v) => [v, t(`staff.form.${v}`)])}
            checked={(v) => (f.hearingLoop ?? "unknown") === v}
          />
        </Fieldset>

        <LanguageTexts code="nb" state={state} errors={errors} />
        <Details defaultOpen={otherTextsOpen}>
          <Details.Summary>{t("staff.form.textsOther")}</Details.Summary>
          <Details.Content className="stack">
            {otherTexts.map((l) => (
              <LanguageTexts key={l.code} code={l.code} state={state} errors={errors} />
            ))}
          </Details.Content>
        </Details>

        <div className="directory-actions">
          <Button type="submit">{service ? t("staff.save") : t("staff.create")}</Button>
          <Link href={directoryPaths.staffList(lang)}>{t("staff.cancel")}</Link>
        </div>
      </form>
      {service && (
        <Paragraph>
          <Link href={directoryPaths.staffDelete(lang, service.id)}>{t("staff.delete")}</Link>
        </Paragraph>
      )}
    </div>
  );
}

export function DeleteServicePage({ service }: { service: DirectoryService }) {
  const { lang } = usePage();
  const t = directoryTexts(lang);
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("staff.deleteTitle", { name: service.name })}
      </Heading>
      <Paragraph>{t("staff.deleteText")}</Paragraph>
      <form method="post" action={directoryPaths.staffDelete(lang, service.id)} className="directory-actions">
        <CsrfField />
        <Button type="submit" data-color="danger">
          {t("staff.deleteConfirm")}
        </Button>
        <Link href={directoryPaths.staffEdit(lang, service.id)}>{t("staff.cancel")}</Link>
      </form>
    </div>
  );
}

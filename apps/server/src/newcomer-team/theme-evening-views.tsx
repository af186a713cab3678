import { Button, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { eventLanguageCodes, languageName } from "../events/event-format.ts";
import { CheckboxGroup } from "../mentoring/profile-fields.tsx";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField, SelectField, TextareaField, type SelectOption } from "../web/components/form-field.tsx";
import { DateField, TimeField } from "../web/components/date-time-fields.tsx";
import { usePage } from "../web/page-context.tsx";
import { newcomerTeamTexts } from "./newcomer-team-texts.ts";
import { themeEveningPaths } from "./newcomer-team-paths.ts";
import { themeEvenings, type CopyForm, type ThemeEvening } from "./theme-evenings.ts";

export function ThemeEveningListPage() {
  const { lang } = usePage();
  const t = newcomerTeamTexts(lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("staff.title")}
      </Heading>
      <Paragraph>{t("staff.lead")}</Paragraph>
      <div className="card-grid">
        {themeEvenings.map((template) => (
          <Card key={template} className="stack">
            <Heading level={2} data-size="xs">
              {t(`template.${template}.title`)}
            </Heading>
            <Paragraph>{t(`template.${template}.description`)}</Paragraph>
            <div>
              <Button asChild variant="secondary">
                <a href={themeEveningPaths.copy(lang, template)} aria-label={t("staff.copyTitle", { title: t(`template.${template}.title`) })}>
                  {t("staff.copy")}
                </a>
              </Button>
            </div>
          </Card>
        ))}
      </div>
    </div>
  );
}

export function CopyThemeEveningPage({ template, form, errors, municipalities }: { template: ThemeEvening; form: CopyForm; errors: FormErrors; municipalities: readonly SelectOption[] }) {
  const { lang } = usePage();
  const t = newcomerTeamTexts(lang);
  const f = form.fields;
  const labels = {
    municipality: t("staff.municipality"),
    date: t("staff.date"),
    startTime: t("staff.startTime"),
    endTime: t("staff.endTime"),
    placeName: t("staff.placeName"),
    address: t("staff.address"),
    partners: t("staff.partners"),
    capacity: t("staff.capacity"),
  };
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("staff.copyTitle", { title: t(`template.${template}.title`) })}
      </Heading>
      <Paragraph>{t(`template.${template}.description`)}</Paragraph>
      <FormErrorSummary errors={errors} labels={labels} />
      <form method="post" action={themeEveningPaths.copy(lang, template)} className="stack" noValidate>
        <CsrfField />
        <SelectField name="municipality" label={labels.municipality} options={municipalities} defaultValue={f.municipality} error={errors.fields.municipality} />
        <DateField name="date" label={labels.date} defaultValue={f.date ?? ""} error={errors.fields.date} required />
        <TimeField name="startTime" label={labels.startTime} defaultValue={f.startTime ?? ""} error={errors.fields.startTime} required />
        <TimeField name="endTime" label={labels.endTime} defaultValue={f.endTime ?? ""} error={errors.fields.endTime} required />
        <FormField name="placeName" label={labels.placeName} defaultValue={f.placeName ?? ""} error={errors.fields.placeName} maxLength={200} required />
        <FormField name="address" label={labels.address} defaultValue={f.address ?? ""} error={errors.fields.address} maxLength={300} required />
        <TextareaField name="partners" label={labels.partners} hint={t("staff.partnersHint")} defaultValue={f.partners ?? ""} error={errors.fields.partners} rows={3} />
        <CheckboxGroup
          name="interpreters"
          legend={t("staff.interpreters")}
          checked={form.interpreters}
          choices={eventLanguageCodes.filter((code) => code !== "nb").map((code) => ({ value: code, label: languageName(lang, code) }))}
        />
        <FormField name="capacity" label={labels.capacity} inputMode="numeric" defaultValue={f.capacity ?? ""} error={errors.fields.capacity} size={6} />
        <div>
          <Button type="submit">{t("staff.submit")}</Button>
        </div>
      </form>
    </div>
  );
}

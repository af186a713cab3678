import type { ReactNode } from "react";
import { Alert, Button, Field, Fieldset, Heading, Input, Label, Link, Paragraph } from "@digdir/designsystemet-react";
import { intlLocale, languageCodes, type Language } from "@velkomst/i18n";
import { recognitionData } from "@velkomst/rules";
import { countryOptions } from "../recognition/country-options.ts";
import type { OccupationMatch } from "../recognition/occupation-search.ts";
import { recognitionPaths } from "../recognition/recognition-paths.ts";
import { formatDate } from "../plans/plan-dates.ts";
import { ConsentCheckbox } from "../newcomers/consent-checkbox.tsx";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DateField } from "../web/components/date-time-fields.tsx";
import { FormErrorSummary, type FormErrors } from "../web/components/form-errors.tsx";
import { FormField, SelectField, TextareaField, type SelectOption } from "../web/components/form-field.tsx";
import { usePage } from "../web/page-context.tsx";
import type { CvDocument } from "./cv-content.ts";
import { cefrLevels } from "./skills-profile.ts";
import { maxRows, norwegianSkills, rowFields, wishRows, type DraftRow, type ProfileDraft, type RowList } from "./skills-profile-form.ts";
import type { ProfilePaths } from "./skills-profile-paths.ts";
import { drivingLicenceClasses, educationLevels, recognitionStatuses } from "./skills-profile-schema.ts";
import { skillsProfileTexts, type SkillsProfileTranslator } from "./skills-profile-texts.ts";

/** Languages offered in the profile's language rows: the commonest among newcomers and in Norwegian work life. */
const offeredLanguages = ["ar", "am", "bs", "de", "en", "es", "fa", "fr", "hr", "it", "ku", "lt", "lv", "pl", "ps", "pt", "ro", "ru", "so", "sq", "sr", "sv", "da", "ta", "th", "ti", "tl", "tr", "uk", "ur", "vi", "zh", "prs"];

const recognitionLevel: Partial<Record<string, string>> = { vocational: "vocational", bachelor: "bachelor", master: "master", doctorate: "doctorate" };

export interface ProfilePageProps {
  draft: ProfileDraft;
  errors: FormErrors;
  paths: ProfilePaths;
  /** "own": the newcomer on their account; "adviser": a coordinator on a participant's record. */
  mode: "own" | "adviser";
  consentGivenAt?: Date;
  occupationChoices: ReadonlyMap<number, readonly OccupationMatch[]>;
  municipalities: ReadonlyArray<{ number: string; name: string }>;
  notice?: string;
  prefilled?: boolean;
  subjectName?: string;
}

function rowsShown(list: RowList, rows: readonly object[]): number {
  // The rows in use, and one blank to add another.
  let used = rows.length;
  while (used > 0 && Object.entries(rows[used - 1]!).every(([field, value]) => value === "" || (field === "recognition" && value === "unknown"))) used--;
  return Math.min(maxRows[list], used + 1);
}

function options(placeholder: string, list: ReadonlyArray<SelectOption>): SelectOption[] {
  return [{ value: "", label: placeholder }, ...list];
}

function Row({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset className="stack">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {children}
    </Fieldset>
  );
}

function Section({ id, title, hint, children }: { id: string; title: string; hint?: string; children: ReactNode }) {
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {title}
      </Heading>
      {hint && <Paragraph data-size="sm">{hint}</Paragraph>}
      {children}
    </section>
  );
}

/** Field labels by form field name, for the error summary. */
function fieldLabels(s: SkillsProfileTranslator): Record<string, string> {
  const labels: Record<string, string> = { fullName: s("fields.fullName"), email: s("fields.email"), phone: s("fields.phone"), language: s("fields.language"), municipalityNumber: s("fields.municipality") };
  const names: Record<RowList, Record<string, string>> = {
    education: { level: s("fields.level"), field: s("fields.field"), country: s("fields.country"), completedYear: s("fields.completedYear"), recognition: s("fields.recognition") },
    experience: { title: s("fields.title"), occupationCode: s("fields.occupationCode"), employer: s("fields.employer"), country: s("fields.country"), fromYear: s("fields.fromYear"), toYear: s("fields.toYear") },
    languages: { code: s("fields.languageCode"), level: s("fields.languageLevel") },
    certificates: { name: s("fields.certificateName"), issuer: s("fields.issuer"), validUntil: s("fields.validUntil") },
  };
  for (const list of Object.keys(rowFields) as RowList[]) {
    for (let row = 0; row < maxRows[list]; row++) for (const field of rowFields[list]) labels[`${list}-${row}-${field}`] = `${s(`sections.${list}`)} ${row + 1}, ${names[list][field]}`;
  }
  for (const skill of norwegianSkills) labels[`norwegian-${skill}`] = `${s("sections.norwegian")}, ${s(`fields.${skill}`)}`;
  labels.drivingLicences = s("sections.licences");
  labels.digitalSkills = s("fields.digitalSkills");
  labels.otherSkills = s("fields.otherSkills");
  for (let index = 0; index < wishRows; index++) {
    labels[`wishes-occupations-${index}`] = s("fields.wishedOccupation", { number: index + 1 });
    labels[`wishes-municipalities-${index}`] = s("fields.wishedMunicipality", { number: index + 1 });
  }
  labels["wishes-hoursPerWeek"] = s("fields.hoursPerWeek");
  labels.samtykke = s("consent.heading");
  return labels;
}

export function ProfilePage(props: ProfilePageProps) {
  const { lang } = usePage();
  const s = skillsProfileTexts(lang);
  const { draft, errors, paths } = props;
  const error = (name: string) => errors.fields[name];
  const countries = options(s("fields.choose"), countryOptions(lang));
  const languageNames = new Intl.DisplayNames([intlLocale(lang)], { type: "language" });
  const languageOptions = options(
    s("fields.choose"),
    offeredLanguages.map((code) => ({ value: code, label: languageNames.of(code) ?? code })).sort((a, b) => a.label.localeCompare(b.label, intlLocale(lang))),
  );
  const cefrOptions = options(s("fields.notAssessed"), cefrLevels.map((level) => ({ value: level, label: level })));
  const municipalityOptions = options(s("fields.choose"), props.municipalities.map((m) => ({ value: m.number, label: m.name })));
  const occupations = new Map<string, string>();
  for (const occupation of recognitionData().occupations) if (!occupations.has(occupation.styrk08)) occupations.set(occupation.styrk08, occupation.names[lang]);
  const occupationOptions = options(s("fields.choose"), [...occupations].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, intlLocale(lang))));
  const rows = <L extends RowList>(list: L, draftRows: DraftRow<L>[], render: (row: DraftRow<L>, name: (field: string) => string, index: number) => ReactNode) =>
    Array.from({ length: rowsShown(list, draftRows) }, (_, index) => {
      const row = draftRows[index] ?? (Object.fromEntries(rowFields[list].map((field) => [field, ""])) as DraftRow<L>);
      return (
        <Row key={index} legend={`${s(`sections.${list}`)} – ${s("fields.row", { number: index + 1 })}`}>
          {render(row, (field) => `${list}-${index}-${field}`, index)}
        </Row>
      );
    });

  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {s("page.title")}
      </Heading>
      <Paragraph>{props.mode === "adviser" ? s("page.adviserLead", { name: props.subjectName ?? draft.fullName }) : s("page.lead")}</Paragraph>
      {props.notice && (
        <Alert data-color="success" role="status">
          <Paragraph>{props.notice}</Paragraph>
        </Alert>
      )}
      {props.prefilled && (
        <Alert data-color="info">
          <Paragraph>{s("page.prefilled")}</Paragraph>
        </Alert>
      )}
      <FormErrorSummary errors={errors} labels={fieldLabels(s)} />
      {props.consentGivenAt && <CvLinks paths={paths} languages={[...new Set<Language>(["nb", "en", draft.language as Language])]} />}
      <form method="post" action={paths.form} className="stack" noValidate>
        <CsrfField />
        <Section id="personal" title={s("sections.personal")}>
          <FormField name="fullName" label={s("fields.fullName")} autoComplete={props.mode === "own" ? "name" : "off"} defaultValue={draft.fullName} error={error("fullName")} required dir="auto" />
          <FormField name="email" type="email" label={s("fields.email")} autoComplete={props.mode === "own" ? "email" : "off"} defaultValue={draft.email} error={error("email")} dir="ltr" />
          <FormField name="phone" type="tel" label={s("fields.phone")} autoComplete={props.mode === "own" ? "tel" : "off"} defaultValue={draft.phone} error={error("phone")} dir="ltr" />
          <SelectField name="language" label={s("fields.language")} hint={s("fields.languageHint")} defaultValue={draft.language} error={error("language")} options={languageCodes.map((code) => ({ value: code, label: new Intl.DisplayNames([intlLocale(code)], { type: "language" }).of(code) ?? code }))} />
          <SelectField name="municipalityNumber" label={s("fields.municipality")} defaultValue={draft.municipalityNumber} error={error("municipalityNumber")} options={municipalityOptions} />
        </Section>

        <Section id="education" title={s("sections.education")} hint={s("fields.rowHint")}>
          {rows("education", draft.education, (row, name) => (
            <>
              <SelectField name={name("level")} label={s("fields.level")} defaultValue={row.level} error={error(name("level"))} options={options(s("fields.choose"), educationLevels.map((level) => ({ value: level, label: s(`educationLevels.${level}`) })))} />
              <FormField name={name("field")} label={s("fields.field")} defaultValue={row.field} error={error(name("field"))} dir="auto" />
              <SelectField name={name("country")} label={s("fields.country")} defaultValue={row.country} error={error(name("country"))} options={countries} />
              <FormField name={name("completedYear")} label={s("fields.completedYear")} inputMode="numeric" defaultValue={row.completedYear} error={error(name("completedYear"))} />
              <SelectField name={name("recognition")} label={s("fields.recognition")} defaultValue={row.recognition || "unknown"} error={error(name("recognition"))} options={recognitionStatuses.map((status) => ({ value: status, label: s(`recognition.${status}`) }))} />
              {row.field && row.country && (
                <Link href={recognitionPaths.navigator(lang, { q: row.field, country: row.country, ...(recognitionLevel[row.level] ? { level: recognitionLevel[row.level] } : {}) })}>{s("fields.navigatorLink", { field: row.field })}</Link>
              )}
            </>
          ))}
        </Section>

        <Section id="experience" title={s("sections.experience")} hint={s("fields.rowHint")}>
          {rows("experience", draft.experience, (row, name, index) => {
            const choices = props.occupationChoices.get(index) ?? [];
            return (
              <>
                <FormField name={name("title")} label={s("fields.title")} hint={s("fields.titleHint")} defaultValue={row.title} error={error(name("title"))} dir="auto" />
                {choices.length > 0 && (
                  <SelectField
                    name={name("occupationCode")}
                    label={s("fields.occupationCode")}
                    defaultValue={row.occupationCode}
                    options={options(s("fields.choose"), choices.map((match) => ({ value: match.occupation.styrk08, label: `${match.occupation.names[lang]} (${match.occupation.styrk08})` })))}
                  />
                )}
                {choices.length === 0 && row.occupationCode && <input type="hidden" name={name("occupationCode")} value={row.occupationCode} />}
                <FormField name={name("employer")} label={s("fields.employer")} defaultValue={row.employer} error={error(name("employer"))} dir="auto" />
                <SelectField name={name("country")} label={s("fields.country")} defaultValue={row.country} error={error(name("country"))} options={countries} />
                <FormField name={name("fromYear")} label={s("fields.fromYear")} inputMode="numeric" defaultValue={row.fromYear} error={error(name("fromYear"))} />
                <FormField name={name("toYear")} label={s("fields.toYear")} hint={s("fields.toYearHint")} inputMode="numeric" defaultValue={row.toYear} error={error(name("toYear"))} />
              </>
            );
          })}
        </Section>

        <Section id="languages" title={s("sections.languages")} hint={s("fields.rowHint")}>
          {rows("languages", draft.languages, (row, name) => (
            <>
              <SelectField name={name("code")} label={s("fields.languageCode")} defaultValue={row.code} error={error(name("code"))} options={languageOptions} />
              <SelectField name={name("level")} label={s("fields.languageLevel")} defaultValue={row.level} error={error(name("level"))} options={options(s("fields.choose"), [{ value: "native", label: s("fields.native") }, ...cefrLevels.map((level) => ({ value: level, label: level }))])} />
            </>
          ))}
        </Section>

        <Section id="norwegian" title={s("sections.norwegian")}>
          {norwegianSkills.map((skill) => (
            <SelectField key={skill} name={`norwegian-${skill}`} label={s(`fields.${skill}`)} defaultValue={draft.norwegian[skill]} error={error(`norwegian-${skill}`)} options={cefrOptions} />
          ))}
        </Section>

        <Section id="licences" title={s("sections.licences")}>
          <Fieldset className="licence-classes" aria-describedby={error("drivingLicences") ? "field-drivingLicences-error" : undefined}>
            <Fieldset.Legend>{s("fields.licencesHint")}</Fieldset.Legend>
            {drivingLicenceClasses.map((licence, index) => (
              <Field key={licence}>
                <Input type="checkbox" id={index === 0 ? "field-drivingLicences" : `field-drivingLicences-${licence}`} name="drivingLicences" value={licence} defaultChecked={draft.drivingLicences.includes(licence)} />
                <Label htmlFor={index === 0 ? "field-drivingLicences" : `field-drivingLicences-${licence}`} weight="regular">
                  {licence}
                </Label>
              </Field>
            ))}
          </Fieldset>
        </Section>

        <Section id="certificates" title={s("sections.certificates")} hint={s("fields.rowHint")}>
          {rows("certificates", draft.certificates, (row, name) => (
            <>
              <FormField name={name("name")} label={s("fields.certificateName")} defaultValue={row.name} error={error(name("name"))} dir="auto" />
              <FormField name={name("issuer")} label={s("fields.issuer")} defaultValue={row.issuer} error={error(name("issuer"))} dir="auto" />
              <DateField name={name("validUntil")} label={s("fields.validUntil")} hint={s("fields.validUntilHint")} defaultValue={row.validUntil} error={error(name("validUntil"))} />
            </>
          ))}
        </Section>

        <Section id="other" title={s("sections.other")}>
          <SelectField name="digitalSkills" label={s("fields.digitalSkills")} defaultValue={draft.digitalSkills} error={error("digitalSkills")} options={options(s("fields.notAssessed"), (["basic", "good"] as const).map((level) => ({ value: level, label: s(`digitalLevels.${level}`) })))} />
          <TextareaField name="otherSkills" label={s("fields.otherSkills")} hint={s("fields.otherSkillsHint")} defaultValue={draft.otherSkills} error={error("otherSkills")} rows={3} dir="auto" />
        </Section>

        <Section id="wishes" title={s("sections.wishes")}>
          {Array.from({ length: wishRows }, (_, index) => (
            <SelectField key={`o${index}`} name={`wishes-occupations-${index}`} label={s("fields.wishedOccupation", { number: index + 1 })} defaultValue={draft.wishedOccupations[index] ?? ""} error={error(`wishes-occupations-${index}`)} options={occupationOptions} />
          ))}
          {Array.from({ length: wishRows }, (_, index) => (
            <SelectField key={`m${index}`} name={`wishes-municipalities-${index}`} label={s("fields.wishedMunicipality", { number: index + 1 })} defaultValue={draft.wishedMunicipalities[index] ?? ""} error={error(`wishes-municipalities-${index}`)} options={municipalityOptions} />
          ))}
          <FormField name="wishes-hoursPerWeek" label={s("fields.hoursPerWeek")} inputMode="numeric" defaultValue={draft.hoursPerWeek} error={error("wishes-hoursPerWeek")} />
        </Section>

        {!props.consentGivenAt && (
          <Section id="consent" title={s("consent.heading")} hint={s("consent.text")}>
            <ConsentCheckbox name="samtykke" label={props.mode === "own" ? s("consent.ownCheckbox") : s("consent.adviserCheckbox")} error={error("samtykke")} />
          </Section>
        )}
        <div>
          <Button type="submit">{s("page.save")}</Button>
        </div>
      </form>
      {props.consentGivenAt && <WithdrawConsent paths={paths} givenAt={props.consentGivenAt} />}
    </div>
  );
}

function CvLinks({ paths, languages }: { paths: ProfilePaths; languages: Language[] }) {
  const { lang } = usePage();
  const s = skillsProfileTexts(lang);
  const names = new Intl.DisplayNames([intlLocale(lang)], { type: "language" });
  return (
    <section className="stack" aria-labelledby="cv-heading">
      <Heading level={2} data-size="sm" id="cv-heading">
        {s("cv.heading")}
      </Heading>
      <Paragraph>{s("cv.lead")}</Paragraph>
      <ul className="plain-list stack">
        {languages.map((cvLanguage) => (
          <li key={cvLanguage}>
            <Link href={paths.cv(cvLanguage)}>{s("cv.showIn", { language: names.of(cvLanguage) ?? cvLanguage })}</Link>
            <br />
            <Link href={paths.pdf(cvLanguage)} download>
              {s("cv.download", { language: names.of(cvLanguage) ?? cvLanguage })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function WithdrawConsent({ paths, givenAt }: { paths: ProfilePaths; givenAt: Date }) {
  const { lang } = usePage();
  const s = skillsProfileTexts(lang);
  return (
    <section className="stack" aria-labelledby="withdraw-heading">
      <Heading level={2} data-size="sm" id="withdraw-heading">
        {s("consent.withdrawHeading")}
      </Heading>
      <Paragraph>{s("consent.given", { date: formatDate(givenAt.toISOString().slice(0, 10), lang) })}</Paragraph>
      <Paragraph>{s("consent.withdrawText")}</Paragraph>
      <form method="post" action={paths.withdraw}>
        <CsrfField />
        <Button type="submit" variant="secondary" data-color="danger">
          {s("consent.withdraw")}
        </Button>
      </form>
    </section>
  );
}

/** The CV as a web page in its own language (and direction), in the same sections as the PDF. */
export function CvPage({ cv, pdfHref }: { cv: CvDocument; pdfHref: string }) {
  const { lang } = usePage();
  const s = skillsProfileTexts(lang);
  const dir = cv.lang === "ar" ? "rtl" : "ltr";
  return (
    <div className="stack narrow">
      <Link href={pdfHref} download>
        {s("cv.download", { language: new Intl.DisplayNames([intlLocale(lang)], { type: "language" }).of(cv.lang) ?? cv.lang })}
      </Link>
      <article className="stack" lang={cv.lang} dir={dir}>
        <Heading level={1} data-size="lg">
          <span dir="auto">{cv.name}</span>
        </Heading>
        {cv.sections.map((section) => (
          <section key={section.id} className="stack" aria-labelledby={`cv-${section.id}`}>
            <Heading level={2} data-size="sm" id={`cv-${section.id}`}>
              {section.heading}
            </Heading>
            {section.entries.map((entry, index) => (
              <div key={index}>
                {entry.heading && (
                  <Heading level={3} data-size="xs">
                    <span dir="auto">{entry.heading}</span>
                  </Heading>
                )}
                {entry.lines.filter(Boolean).map((line, lineIndex) => (
                  <Paragraph key={lineIndex} dir="auto">
                    {line}
                  </Paragraph>
                ))}
              </div>
            ))}
          </section>
        ))}
        <Paragraph data-size="sm">{cv.generated}</Paragraph>
      </article>
    </div>
  );
}

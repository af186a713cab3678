import { Button, Card, Field, Heading, Input, Label, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import { CsrfField } from "../../web/components/csrf-field.tsx";
import { FormErrorSummary } from "../../web/components/form-errors.tsx";
import { FormField, SelectField, type SelectOptionGroup } from "../../web/components/form-field.tsx";
import { usePage } from "../../web/page-context.tsx";
import { rowsOf, type FormValues } from "../settlement-intake-form.ts";
import { settlementPaths } from "../settlement-paths.ts";
import { educations, levels, protections, relations, tieKinds, workSectors } from "../settlement-schemas.ts";
import { Ltr, PageHeading, Problem, SectionNav, SettlementStyles, useSettlementTexts } from "./common.tsx";

export interface MunicipalityOption {
  number: string;
  name: string;
  countyName: string;
}

/** A select of [value, text] pairs with an empty first choice ("choose…") unless one is required. */
function Choice({ value, placeholder, options, ...field }: { name: string; label: string; value: string; error?: string; placeholder?: string; options: ReadonlyArray<[string, string] | SelectOptionGroup> }) {
  const entries = options.map((entry) => (Array.isArray(entry) ? { value: entry[0], label: entry[1] } : entry));
  return <SelectField defaultValue={value} options={placeholder === undefined ? entries : [{ value: "", label: placeholder }, ...entries]} {...field} />;
}

function Checkbox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <Field>
      <Input type="checkbox" id={`field-${name}`} name={name} value="on" defaultChecked={checked} />
      <Label htmlFor={`field-${name}`}>{label}</Label>
    </Field>
  );
}

/** An error that belongs to a group of fields (the members, a member's mapping): the summary links to it. */
function GroupError({ name, error }: { name: string; error?: string }) {
  if (!error) return null;
  return (
    <ValidationMessage id={`field-${name}`} tabIndex={-1}>
      {error}
    </ValidationMessage>
  );
}

function MemberRow({ row, values, errors }: { row: number; values: FormValues; errors: Record<string, string> }) {
  const st = useSettlementTexts();
  const name = (field: string) => `m${row}-${field}`;
  const value = (field: string) => values[name(field)] ?? "";
  const hasError = (fields: readonly string[]) => fields.some((field) => errors[name(field)]);
  const mappingFields = ["norwegianLevel", "englishLevel", "digitalSkills", "education", "workSector", "workYears", "otherSkills", "drivingLicence", "hasCar", "mapping"] as const;
  const filled = ["name", "birthYear", "languages", ...mappingFields].some((field) => value(field) !== "");
  const mappingOpen = mappingFields.some((field) => value(field) !== "") || hasError(mappingFields);
  const levelOptions = levels.map((l) => [l, st(`level.${l}`)] as [string, string]);
  const yesNo: Array<[string, string]> = [
    ["yes", st("household.yes")],
    ["no", st("household.no")],
  ];
  const legend = st("intake.member", { number: String(row) });
  return (
    <details className="settlement-member" open={row === 1 || filled || hasError(["name", "birthYear", "relation", "languages", ...mappingFields])}>
      <summary>{value("name") ? `${legend}: ${value("name")}` : legend}</summary>
      <fieldset className="stack">
        <legend className="ds-sr-only">{legend}</legend>
        <FormField name={name("name")} label={st("intake.name")} defaultValue={value("name")} error={errors[name("name")]} autoComplete="off" />
        <FormField name={name("birthYear")} label={st("intake.birthYear")} inputMode="numeric" defaultValue={value("birthYear")} error={errors[name("birthYear")]} autoComplete="off" />
        <Choice
          name={name("relation")}
          label={st("intake.relation")}
          value={value("relation") || (row === 1 ? "main" : "")}
          error={errors[name("relation")]}
          placeholder={st("intake.choose")}
          options={relations.map((r) => [r, st(`relation.${r}`)])}
        />
        <FormField name={name("languages")} label={st("intake.languages")} hint={st("intake.languagesHint")} defaultValue={value("languages")} error={errors[name("languages")]} autoComplete="off" />
        <details className="settlement-mapping" open={mappingOpen}>
          <summary>{st("intake.mappingTitle")}</summary>
          <div className="stack">
            <Paragraph data-size="sm">{st("intake.mappingHint")}</Paragraph>
            <GroupError name={name("mapping")} error={errors[name("mapping")]} />
            <Choice name={name("norwegianLevel")} label={st("intake.norwegianLevel")} value={value("norwegianLevel")} error={errors[name("norwegianLevel")]} placeholder={st("intake.choose")} options={levelOptions} />
            <Choice name={name("englishLevel")} label={st("intake.englishLevel")} value={value("englishLevel")} error={errors[name("englishLevel")]} placeholder={st("intake.choose")} options={levelOptions} />
            <Choice name={name("digitalSkills")} label={st("household.digital")} value={value("digitalSkills")} error={errors[name("digitalSkills")]} placeholder={st("intake.choose")} options={levelOptions} />
            <Choice
              name={name("education")}
              label={st("household.education")}
              value={value("education")}
              error={errors[name("education")]}
              placeholder={st("intake.choose")}
              options={educations.map((e) => [e, st(`education.${e}`)])}
            />
            <Choice
              name={name("workSector")}
              label={st("intake.workSector")}
              value={value("workSector")}
              error={errors[name("workSector")]}
              placeholder={st("intake.choose")}
              options={workSectors.map((s) => [s, st(`sector.${s}`)])}
            />
            <FormField name={name("workYears")} label={st("intake.workYears")} inputMode="numeric" defaultValue={value("workYears")} error={errors[name("workYears")]} autoComplete="off" />
            <FormField name={name("otherSkills")} label={st("household.otherSkills")} defaultValue={value("otherSkills")} error={errors[name("otherSkills")]} autoComplete="off" />
            <Choice name={name("drivingLicence")} label={st("household.drivingLicence")} value={value("drivingLicence")} error={errors[name("drivingLicence")]} placeholder={st("intake.choose")} options={yesNo} />
            <Choice name={name("hasCar")} label={st("household.car")} value={value("hasCar")} error={errors[name("hasCar")]} placeholder={st("intake.choose")} options={yesNo} />
          </div>
        </details>
      </fieldset>
    </details>
  );
}

function TieRow({ row, values, errors, municipalities }: { row: number; values: FormValues; errors: Record<string, string>; municipalities: readonly MunicipalityOption[] }) {
  const st = useSettlementTexts();
  const counties = new Map<string, MunicipalityOption[]>();
  for (const m of municipalities) counties.set(m.countyName, [...(counties.get(m.countyName) ?? []), m]);
  return (
    <fieldset className="stack settlement-tie">
      <legend>{st("intake.tie", { number: String(row) })}</legend>
      <Choice
        name={`t${row}-municipality`}
        label={st("intake.tieMunicipality")}
        value={values[`t${row}-municipality`] ?? ""}
        error={errors[`t${row}-municipality`]}
        placeholder={st("intake.choose")}
        options={[...counties].map(([county, list]) => ({ group: county, options: list.map((m) => ({ value: m.number, label: m.name })) }))}
      />
      <Choice name={`t${row}-kind`} label={st("intake.tieKind")} value={values[`t${row}-kind`] || "family"} options={tieKinds.map((k) => [k, st(`tieKind.${k}`)])} />
    </fieldset>
  );
}

export interface HouseholdFormPageProps {
  /** Absent: a new household. */
  household?: { id: string; reference: string };
  /** The household can no longer be changed (enquired or settled): the page says so instead of the form. */
  locked?: boolean;
  values: FormValues;
  errors: Record<string, string>;
  problem?: string;
  municipalities: readonly MunicipalityOption[];
  year: number | undefined;
}

/** Register a household ready for settlement, or correct one (IMDi). */
export function HouseholdFormPage({ household, locked, values, errors, problem, municipalities, year }: HouseholdFormPageProps) {
  const { lang } = usePage();
  const st = useSettlementTexts();
  const memberRows = rowsOf(values, "m");
  const tieRows = rowsOf(values, "t");
  const action = household ? settlementPaths.editHousehold(lang, household.id) : settlementPaths.newHousehold(lang);
  const labels: Record<string, string> = {
    reference: st("intake.reference"),
    protection: st("household.protection"),
    readyOn: st("intake.readyOn"),
    members: st("household.membersTitle"),
  };
  for (let row = 1; row <= memberRows; row++) {
    const person = st("intake.member", { number: String(row) });
    Object.assign(labels, {
      [`m${row}-name`]: `${person}, ${st("intake.name")}`,
      [`m${row}-birthYear`]: `${person}, ${st("intake.birthYear")}`,
      [`m${row}-relation`]: `${person}, ${st("intake.relation")}`,
      [`m${row}-languages`]: `${person}, ${st("intake.languages")}`,
      [`m${row}-mapping`]: `${person}, ${st("intake.mappingTitle")}`,
      [`m${row}-norwegianLevel`]: `${person}, ${st("intake.norwegianLevel")}`,
      [`m${row}-englishLevel`]: `${person}, ${st("intake.englishLevel")}`,
      [`m${row}-digitalSkills`]: `${person}, ${st("household.digital")}`,
      [`m${row}-education`]: `${person}, ${st("household.education")}`,
      [`m${row}-workSector`]: `${person}, ${st("intake.workSector")}`,
      [`m${row}-workYears`]: `${person}, ${st("intake.workYears")}`,
      [`m${row}-otherSkills`]: `${person}, ${st("household.otherSkills")}`,
      [`m${row}-drivingLicence`]: `${person}, ${st("household.drivingLicence")}`,
      [`m${row}-hasCar`]: `${person}, ${st("household.car")}`,
    });
  }
  for (let row = 1; row <= tieRows; row++) labels[`t${row}-municipality`] = st("intake.tie", { number: String(row) });
  const title = household ? st("intake.editTitle", { reference: household.reference }) : st("intake.newTitle");
  return (
    <div className="stack">
      <SettlementStyles />
      <SectionNav year={year} current="households" national />
      <PageHeading lead={household ? st("intake.editLead") : st("intake.newLead")}>{title}</PageHeading>
      <Problem text={problem} />
      {locked ? (
        <Paragraph>
          <a href={settlementPaths.household(lang, household!.id)}>
            <Ltr>{household!.reference}</Ltr>
          </a>
        </Paragraph>
      ) : (
        <>
          <FormErrorSummary errors={{ fields: errors }} labels={labels} />
          <form method="post" action={action} className="stack settlement-intake" noValidate>
            <CsrfField />
            <Card className="stack">
              <Heading level={2} data-size="sm">
                {st("intake.householdTitle")}
              </Heading>
              <FormField name="reference" label={st("intake.reference")} hint={st("intake.referenceHint")} defaultValue={values.reference ?? ""} error={errors.reference} autoComplete="off" required />
              <Choice
                name="protection"
                label={st("household.protection")}
                value={values.protection ?? ""}
                error={errors.protection}
                placeholder={st("intake.choose")}
                options={protections.map((p) => [p, st(`protection.${p}`)])}
              />
              <FormField name="readyOn" label={st("intake.readyOn")} hint={st("intake.readyOnHint")} defaultValue={values.readyOn ?? ""} error={errors.readyOn} autoComplete="off" required />
              <fieldset className="stack">
                <legend>{st("household.needsTitle")}</legend>
                <Checkbox name="needsHealthServices" label={st("needs.healthServices")} checked={values.needsHealthServices === "on"} />
                <Checkbox name="needsWheelchairHome" label={st("needs.wheelchairHome")} checked={values.needsWheelchairHome === "on"} />
              </fieldset>
            </Card>
            <section className="stack" aria-labelledby="members-title">
              <Heading level={2} data-size="sm" id="members-title">
                {st("household.membersTitle")}
              </Heading>
              <Paragraph>{st("intake.membersLead")}</Paragraph>
              <GroupError name="members" error={errors.members} />
              {Array.from({ length: memberRows }, (_, index) => (
                <MemberRow key={index} row={index + 1} values={values} errors={errors} />
              ))}
            </section>
            <section className="stack" aria-labelledby="ties-title">
              <Heading level={2} data-size="sm" id="ties-title">
                {st("household.tiesTitle")}
              </Heading>
              <Paragraph>{st("intake.tiesLead")}</Paragraph>
              {Array.from({ length: tieRows }, (_, index) => (
                <TieRow key={index} row={index + 1} values={values} errors={errors} municipalities={municipalities} />
              ))}
            </section>
            <div className="settlement-actions">
              <Button type="submit">{household ? st("intake.saveEdit") : st("intake.save")}</Button>
              <a href={household ? settlementPaths.household(lang, household.id) : settlementPaths.households(lang)}>{st("intake.cancel")}</a>
            </div>
          </form>
        </>
      )}
    </div>
  );
}

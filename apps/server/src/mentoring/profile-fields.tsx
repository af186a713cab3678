import { Field, Fieldset, Input, Label, ValidationMessage } from "@digdir/designsystemet-react";
import { eventLanguageCodes, languageName } from "../events/event-format.ts";
import { FormField, SelectField, type SelectOption } from "../web/components/form-field.tsx";
import { usePage } from "../web/page-context.tsx";
import { availabilitySlots, genderPreferences, genders, interests } from "./match-profile.ts";
import type { FormValues } from "./mentoring-forms.ts";
import { mentoringTexts } from "./mentoring-texts.ts";

export interface Choice {
  value: string;
  label: string;
}

interface GroupProps {
  name: string;
  legend: string;
  choices: readonly Choice[];
  error?: string;
}

/** Boxes or radio buttons under one legend; the first carries the field's id, so the error summary can link to it. */
function ChoiceGroup({ type, name, legend, choices, isChecked, error }: GroupProps & { type: "checkbox" | "radio"; isChecked: (value: string) => boolean }) {
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {choices.map((choice, index) => {
        const id = index === 0 ? `field-${name}` : `field-${name}-${choice.value}`;
        return (
          <Field key={choice.value}>
            <Input type={type} id={id} name={name} value={choice.value} defaultChecked={isChecked(choice.value)} aria-invalid={error ? true : undefined} />
            <Label htmlFor={id} weight="regular">
              {choice.label}
            </Label>
          </Field>
        );
      })}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/** Boxes to tick, several at once. */
export function CheckboxGroup({ checked, ...group }: GroupProps & { checked: readonly string[] }) {
  return <ChoiceGroup type="checkbox" isChecked={(value) => checked.includes(value)} {...group} />;
}

/** One choice of several, as radio buttons. */
export function RadioGroup({ value, ...group }: GroupProps & { value: string }) {
  return <ChoiceGroup type="radio" isChecked={(choice) => choice === value} {...group} />;
}

/** The labels of the profile's fields, for the error summary. */
export function profileLabels(lang: Parameters<typeof mentoringTexts>[0], forMentor: boolean): Record<string, string> {
  const t = mentoringTexts(lang);
  return {
    firstName: t("field.firstName"),
    phone: t("field.phone"),
    email: t("field.email"),
    municipality: t("field.municipality"),
    gender: t("field.gender"),
    genderPreference: forMentor ? t("field.mentorGenderPreference") : t("field.genderPreference"),
    interests: t("field.interests"),
    languages: t("field.languages"),
    availability: t("field.availability"),
    consentGivenOn: t("field.consentGivenOn"),
  };
}

/** What both mentors and mentees tell: name, contact, municipality, gender and wish, interests, languages, times. */
export function ProfileFields({ values, errors, municipalities, forMentor }: { values: FormValues; errors: Record<string, string>; municipalities: readonly SelectOption[]; forMentor: boolean }) {
  const { lang } = usePage();
  const t = mentoringTexts(lang);
  const labels = profileLabels(lang, forMentor);
  const f = values.fields;
  return (
    <>
      <FormField name="firstName" label={labels.firstName!} defaultValue={f.firstName ?? ""} error={errors.firstName} autoComplete="given-name" maxLength={100} />
      <FormField name="phone" label={labels.phone!} defaultValue={f.phone ?? ""} error={errors.phone} type="tel" autoComplete="tel" maxLength={40} />
      <SelectField name="municipality" label={labels.municipality!} options={municipalities} defaultValue={f.municipality ?? municipalities[0]?.value} error={errors.municipality} />
      <RadioGroup name="gender" legend={labels.gender!} value={f.gender ?? ""} error={errors.gender} choices={genders.map((g) => ({ value: g, label: t(`gender.${g}`) }))} />
      <RadioGroup name="genderPreference" legend={labels.genderPreference!} value={f.genderPreference ?? "any"} error={errors.genderPreference} choices={genderPreferences.map((g) => ({ value: g, label: t(`genderPreference.${g}`) }))} />
      <CheckboxGroup name="interests" legend={labels.interests!} checked={values.lists.interests ?? []} error={errors.interests} choices={interests.map((i) => ({ value: i, label: t(`interest.${i}`) }))} />
      <CheckboxGroup name="languages" legend={labels.languages!} checked={values.lists.languages ?? []} error={errors.languages} choices={eventLanguageCodes.map((code) => ({ value: code, label: languageName(lang, code) }))} />
      <CheckboxGroup name="availability" legend={labels.availability!} checked={values.lists.availability ?? []} error={errors.availability} choices={availabilitySlots.map((s) => ({ value: s, label: t(`slot.${s}`) }))} />
    </>
  );
}

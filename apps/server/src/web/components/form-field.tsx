import type { ComponentProps, ReactNode } from "react";
import { Field, Input, Label, Paragraph, Select, Textarea, ValidationMessage } from "@digdir/designsystemet-react";

interface FieldParts {
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

export type FormFieldProps = ComponentProps<typeof Input> & FieldParts;
export type TextareaFieldProps = ComponentProps<typeof Textarea> & FieldParts;
export interface SelectOption {
  value: string;
  label: string;
}
/** Options under a heading (`<optgroup>`), e.g. municipalities by county. */
export interface SelectOptionGroup {
  group: string;
  options: readonly SelectOption[];
}
export type SelectFieldProps = ComponentProps<typeof Select> & FieldParts & { options: ReadonlyArray<SelectOption | SelectOptionGroup> };

/** The label, hint and error around one control, and the attributes that tie them to it. */
function LabelledField({ id, label, hint, error, control }: { id: string; label: string; hint?: string; error?: string; control: (described: { "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {hint && (
        <Paragraph data-size="sm" id={hintId} className="field-hint">
          {hint}
        </Paragraph>
      )}
      {control({ "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Field>
  );
}

/**
 * A labelled input whose label, hint and error are tied to it by id in the HTML itself, so it
 * is accessible before (and without) any script; Designsystemet's Textfield links them in the browser.
 */
export function FormField({ name, label, hint, error, id = `field-${name}`, ...input }: FormFieldProps) {
  return <LabelledField id={id} label={label} hint={hint} error={error} control={(described) => <Input id={id} name={name} {...described} {...input} />} />;
}

/** A labelled text area, tied to its hint and error like FormField. */
export function TextareaField({ name, label, hint, error, id = `field-${name}`, ...textarea }: TextareaFieldProps) {
  return <LabelledField id={id} label={label} hint={hint} error={error} control={(described) => <Textarea id={id} name={name} {...described} {...textarea} />} />;
}

/** A labelled native select of the given options, tied to its hint and error like FormField. */
export function SelectField({ name, label, hint, error, options, id = `field-${name}`, ...select }: SelectFieldProps) {
  return (
    <LabelledField
      id={id}
      label={label}
      hint={hint}
      error={error}
      control={(described) => (
        <Select id={id} name={name} {...described} {...select}>
          {options.map((entry) =>
            "group" in entry ? (
              <optgroup key={entry.group} label={entry.group}>
                {entry.options.map(optionOf)}
              </optgroup>
            ) : (
              optionOf(entry)
            ),
          )}
        </Select>
      )}
    />
  );
}

function optionOf(option: SelectOption) {
  return (
    <Select.Option key={option.value} value={option.value}>
      {option.label}
    </Select.Option>
  );
}

import type { ComponentProps } from "react";
import { Field, Input, Label, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";

export type FormFieldProps = ComponentProps<typeof Input> & {
  name: string;
  label: string;
  hint?: string;
  error?: string;
};

/**
 * A labelled input whose label, hint and error are tied to it by id in the HTML itself, so it
 * is accessible before (and without) any script; Designsystemet's Textfield links them in the browser.
 */
export function FormField({ name, label, hint, error, id = `field-${name}`, ...input }: FormFieldProps) {
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
      <Input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Field>
  );
}

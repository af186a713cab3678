import { Field, Input, Label, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";

/** A checkbox the person must tick to agree, with its hint and error tied to it by id in the HTML. */
export function ConsentCheckbox({ name, label, hint, error }: { name: string; label: string; hint?: string; error?: string }) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <Field>
      <Input type="checkbox" id={id} name={name} value="ja" aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      <Label htmlFor={id} weight="regular">
        {label}
      </Label>
      {hint && (
        <Paragraph data-size="sm" id={`${id}-hint`} className="field-hint">
          {hint}
        </Paragraph>
      )}
      {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
    </Field>
  );
}

import { dateInputValue } from "@velkomst/validation";
import { usePage } from "../page-context.tsx";
import { FormField, type FormFieldProps } from "./form-field.tsx";

type DateTimeFieldProps = Omit<FormFieldProps, "type" | "defaultValue"> & { defaultValue?: string };

/**
 * A date as people in Norway write it, dd.mm.åååå, in every language: a text field, because the
 * browser's date picker shows mm/dd/yyyy in many languages whatever the page says. The form's
 * handler reads it with parseDateInput (which also takes ISO dates); a stored ISO date shows as 17.05.2026.
 */
export function DateField({ hint, defaultValue, ...field }: DateTimeFieldProps) {
  const { t } = usePage();
  return <FormField inputMode="numeric" autoComplete="off" dir="ltr" {...field} type="text" hint={withFormat(hint, t("dateTime.dateHint"))} defaultValue={dateInputValue(defaultValue)} />;
}

/** A time on the 24-hour clock, hh:mm, in every language (the browser's time picker shows AM/PM in some); read it with parseTimeInput. */
export function TimeField({ hint, ...field }: DateTimeFieldProps) {
  const { t } = usePage();
  return <FormField inputMode="numeric" autoComplete="off" dir="ltr" {...field} type="text" hint={withFormat(hint, t("dateTime.timeHint"))} />;
}

function withFormat(hint: string | undefined, format: string): string {
  return hint ? `${hint} ${format}` : format;
}

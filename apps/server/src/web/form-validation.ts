import { normalizeNumberInput, type FieldError } from "@velkomst/validation";
import type { UiMessageKey, UiTranslator } from "../i18n/ui-translator.ts";
import { uiCatalogs } from "../i18n/ui-translator.ts";
import type { FormErrors } from "./components/form-errors.tsx";

const knownCodes = new Set(Object.keys(uiCatalogs.nb.validation));

/** Field errors in the reader's language, keyed by the form field they belong to (first problem per field). */
export function translateFieldErrors(errors: readonly FieldError[], t: UiTranslator): FormErrors {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const field = error.path.split(/[.[]/)[0] || "form";
    if (fields[field]) continue;
    // `format.email` → `formatEmail`: message keys are dotted paths, so a code may not contain dots.
    const key = error.code.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase());
    const code = knownCodes.has(key) ? key : "invalid";
    fields[field] = t(`validation.${code}` as UiMessageKey, error.params);
  }
  return { fields };
}

export const noErrors: FormErrors = { fields: {} };

/**
 * A form body as a flat record of strings: missing or repeated fields never crash a handler. A value
 * that is a number typed in Arabic-Indic or Persian digits arrives in 0–9, so every number field accepts them.
 */
export function formFields(body: unknown): Record<string, string> {
  if (!body || typeof body !== "object") return {};
  return Object.fromEntries(
    Object.entries(body as Record<string, unknown>).map(([key, value]) => [
      key,
      normalizeNumberInput(Array.isArray(value) ? String(value[0] ?? "") : typeof value === "string" ? value : ""),
    ]),
  );
}

import type { FieldError } from "@velkomst/validation";
import type { FormErrors } from "../web/components/form-errors.tsx";
import type { CasesTranslator } from "./cases-texts.ts";

/** Schema and rule codes → the cases texts' error keys. */
const keyOf: Record<string, string> = {
  "format.date": "date",
  "identityNumber.checkDigits": "identityNumber",
  "identityNumber.birthDate": "identityBirthDate",
  "identityNumber.date": "identityNumber",
  pattern: "invalid",
  enum: "choose",
  required: "required",
  minLength: "required",
  maxLength: "tooLong",
};

const known = new Set(["date", "choose", "required", "tooLong", "hours", "over24ADay", "monday", "outsideWeek", "endBeforeStart", "onlyLeave", "startExists", "noStart", "beforeStart", "afterToday", "duplicate", "alreadyRegistered", "languages", "municipality", "reason", "beforeBirth", "invalid", "identityNumber", "identityBirthDate", "requestGone"]);

/** Field errors in the reader's language, first problem per field (the field is the path's first part). */
export function casesFieldErrors(errors: readonly FieldError[], c: CasesTranslator): FormErrors {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const field = error.path.split(/[.[/]/)[0] || "form";
    if (fields[field]) continue;
    const mapped = keyOf[error.code] ?? error.code;
    const key = (known.has(mapped) ? mapped : "invalid") as "invalid";
    const params = error.params ?? {};
    const date = typeof params.date === "string" ? new Intl.DateTimeFormat(c.locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${params.date}T00:00:00Z`)) : "";
    fields[field] = c(`errors.${key}`, { limit: Number(params.limit ?? 500), date });
  }
  return { fields };
}

import type { Language } from "@velkomst/i18n";
import type { FieldError } from "@velkomst/validation";
import type { FormErrors } from "../web/components/form-errors.tsx";
import type { FieldProblems } from "./mentoring-forms.ts";
import { mentoringNb } from "./messages/nb.ts";
import { mentoringTexts } from "./mentoring-texts.ts";

/** Form problems found in the form, in the reader's language. */
export function problemsToErrors(problems: FieldProblems, lang: Language): FormErrors {
  const t = mentoringTexts(lang);
  return { fields: Object.fromEntries(Object.entries(problems).map(([field, code]) => [field, t(`errors.${code}`)])) };
}

/** Refusals of the domain (InvalidInputError) as form problems: known codes by field, the rest as "invalid". */
export function domainErrorsToForm(errors: readonly FieldError[], lang: Language): FormErrors {
  const problems: FieldProblems = {};
  for (const error of errors) {
    problems[error.path] = error.code in mentoringNb.errors ? (error.code as keyof typeof mentoringNb.errors) : "chooseOne";
  }
  return problemsToErrors(problems, lang);
}

import type { Language } from "@velkomst/i18n";
import { childField, maxChildren, planFields } from "./plan-form.ts";

/** The addresses of the "Min plan" pages. */
export const planPaths = {
  questionnaire: (lang: Language) => `/${lang}/min-plan`,
  result: (lang: Language) => `/${lang}/min-plan/resultat`,
  calendar: (lang: Language) => `/${lang}/min-plan/kalender.ics`,
};

const answerNames = [...Object.values(planFields), ...Array.from({ length: maxChildren }, (_, index) => childField(index))];

/** The answers as a query string (`?…`), only the questionnaire's own fields: the link that re-creates a plan. */
export function answersQuery(answers: Record<string, string>): string {
  const query = new URLSearchParams();
  for (const name of answerNames) {
    const value = answers[name]?.trim();
    if (value) query.set(name, value);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

import type { Language } from "@velkomst/i18n";
import { answerFields } from "./plan-form.ts";

/** The addresses of the "Min plan" pages. */
export const planPaths = {
  /** The start: a short introduction that leads to the first step. */
  questionnaire: (lang: Language) => `/${lang}/min-plan`,
  /** One screen of the step-by-step questionnaire, numbered from 1. */
  step: (lang: Language, number: number) => `/${lang}/min-plan/steg/${number}`,
  /** Every question on one page. */
  allQuestions: (lang: Language) => `/${lang}/min-plan/alle`,
  result: (lang: Language) => `/${lang}/min-plan/resultat`,
  calendar: (lang: Language) => `/${lang}/min-plan/kalender.ics`,
  /** The plan as a PDF file, from the same answers. */
  pdf: (lang: Language) => `/${lang}/min-plan/plan.pdf`,
};

/** The questionnaire's own answers that have a value, in the questionnaire's order. */
export function givenAnswers(answers: Record<string, string>): Array<[name: string, value: string]> {
  return answerFields.flatMap((name) => {
    const value = answers[name]?.trim();
    return value ? [[name, value] as [string, string]] : [];
  });
}

/** The answers as a query string (`?…`), only the questionnaire's own fields: the link that re-creates a plan. */
export function answersQuery(answers: Record<string, string>): string {
  const text = new URLSearchParams(givenAnswers(answers)).toString();
  return text ? `?${text}` : "";
}

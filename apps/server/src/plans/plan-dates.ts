import { intlLocale, type Language } from "@velkomst/i18n";
import type { PlanStep } from "@velkomst/rules";
import { planTexts } from "./plan-texts.ts";

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** A date `YYYY-MM-DD` as the reader writes dates ("1. juni 2025", "1 June 2025", "1 червня 2025 р."). */
export function formatDate(isoDate: string, lang: Language): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "long", timeZone: "UTC" });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * A step's deadline as the reader sees it: a date, or, when only the month of arrival is known, the
 * time after arrival ("8 dager etter ankomst"), never a date counted from the 1st of the month.
 */
export function deadlineOf(step: Pick<PlanStep, "dueBy" | "dueAfterArrival">, lang: Language): string | undefined {
  const span = step.dueAfterArrival;
  if (span) return "days" in span ? planTexts(lang)("result.daysAfterArrival", { count: span.days }) : planTexts(lang)("result.monthsAfterArrival", { count: span.months });
  return step.dueBy ? formatDate(step.dueBy, lang) : undefined;
}

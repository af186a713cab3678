import { intlLocale, type Language } from "@velkomst/i18n";

/** "6. des. 2026": a calendar date ('YYYY-MM-DD') in the reader's language, Norway's conventions. */
export function formatDate(lang: Language, isoDate: string): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "6. des. 2026–30. juli 2027" */
export function formatPeriod(lang: Language, from: string, to: string): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "medium", timeZone: "UTC" }).formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
}

/** Minutes as hours: "2", "1,5" (the decimal sign of the language). */
export function formatHours(lang: Language, minutes: number): string {
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 1 }).format(minutes / 60);
}

export function formatNumber(lang: Language, value: number): string {
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 1 }).format(value);
}

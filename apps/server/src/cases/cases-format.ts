import { intlLocale, type Language } from "@velkomst/i18n";

/**
 * Dates, times, kroner and hours in the reader's language, by Norwegian conventions (day before month,
 * 24-hour clock). Every date in the long style ("16. november 2025") as on the rest of the platform:
 * the medium style shortens some months and not others ("16. nov. 2025" beside "17. mai 1990").
 */
export { formatDate } from "../plans/plan-dates.ts";

export function formatDateTime(date: Date, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Oslo" }).format(date);
}

export function formatMonth(month: string, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}

export function formatKroner(amount: number, lang: Language): string {
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 0 }).format(amount);
}

export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 2 }).format(value);
}

/** A name or code in its own direction, so Norwegian text inside Arabic keeps its place. */
export const isolate = (text: string) => `\u2068${text}\u2069`;

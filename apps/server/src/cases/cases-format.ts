import { intlLocale, type Language } from "@velkomst/i18n";

/** Dates, times, kroner and hours in the reader's language, by Norwegian conventions (day before month, 24-hour clock). */
export function formatDate(isoDate: string, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatDateTime(date: Date, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Oslo" }).format(date);
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

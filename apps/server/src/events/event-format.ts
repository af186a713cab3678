import { intlLocale, type Language } from "@velkomst/i18n";
import type { EventsTranslator } from "./events-texts.ts";
import { osloTimeZone, toOslo } from "./oslo-time.ts";
import { recurrenceChoice } from "./recurrence.ts";

/** The locale each language formats dates in: Norwegian with Norway's conventions, English as in the UK. */
export function localeOf(lang: Language): string {
  return intlLocale(lang);
}

const cache = new Map<string, Intl.DateTimeFormat>();
function format(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let value = cache.get(key);
  if (!value) {
    value = new Intl.DateTimeFormat(localeOf(lang), { timeZone: osloTimeZone, ...options });
    cache.set(key, value);
  }
  return value;
}

/** "onsdag 19. mars 2025, 18:00–20:00", in Norway's time, in the reader's language. */
export function formatWhen(lang: Language, startsAt: Date, endsAt: Date): string {
  return format(lang, { dateStyle: "full", timeStyle: "short" }).formatRange(startsAt, endsAt);
}

/** "lørdag 24. april kl. 18:00–23:00" (the year only when it is not this year's): a date and times, punctuated as the language does. */
export function formatDayTimes(lang: Language, startsAt: Date, endsAt: Date, now: Date): string {
  const sameYear = format(lang, { year: "numeric" }).format(startsAt) === format(lang, { year: "numeric" }).format(now);
  return format(lang, { weekday: "long", day: "numeric", month: "long", ...(sameYear ? {} : { year: "numeric" }), hour: "2-digit", minute: "2-digit" }).formatRange(startsAt, endsAt);
}

/** "norsk bokmål, engelsk og polsk" */
export function formatLanguageList(lang: Language, codes: readonly string[]): string {
  return new Intl.ListFormat(localeOf(lang), { type: "conjunction" }).format(codes.map((code) => languageName(lang, code)));
}

/** "18:00–20:00" */
export function formatTimeRange(lang: Language, startsAt: Date, endsAt: Date): string {
  return format(lang, { timeStyle: "short" }).formatRange(startsAt, endsAt);
}

/** "onsdag 19. mars" (the year only when it is not this year's). */
export function formatDay(lang: Language, date: Date, now: Date): string {
  const sameYear = format(lang, { year: "numeric" }).format(date) === format(lang, { year: "numeric" }).format(now);
  return format(lang, sameYear ? { weekday: "long", day: "numeric", month: "long" } : { weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(date);
}

/** A language's name in the reader's language ("polsk", "Polish", "البولندية"). */
export function languageName(lang: Language, code: string): string {
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Languages staff can say an event is held in: the six of the platform and others common among newcomers. */
export const eventLanguageCodes = ["nb", "en", "pl", "uk", "ar", "lt", "ro", "ru", "so", "ti", "fa", "prs", "es", "de", "tl", "th"] as const;

/** "Hver uke på onsdag": how a recurring event repeats, for readers; undefined for a one-off event. */
export function repeatText(t: EventsTranslator, lang: Language, event: { recurrence: string | null; startsAt: Date }): string | undefined {
  if (!event.recurrence) return undefined;
  const choice = recurrenceChoice(event.recurrence, toOslo(event.startsAt).date);
  const weekday = new Intl.DateTimeFormat(localeOf(lang), { weekday: "long", timeZone: osloTimeZone }).format(event.startsAt);
  return t(`repeat.${choice}`, { weekday });
}

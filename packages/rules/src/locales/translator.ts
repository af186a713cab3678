import { parseIsoDate } from "../dates/iso-date.ts";
import type { MessageValue, MessageValues } from "../determinations/determination.ts";
import { dateLocales, dateSuffixToDrop, locales, supportedLanguages, type Language } from "./languages.ts";
import { compileTemplate, fillTemplate, type MessageTemplate } from "./message-template.ts";
import { nb, type Messages } from "./nb.ts";

const rightToLeft: ReadonlySet<Language> = new Set(["ar"]);

/** Fills empty texts from nb, then en, so a gap in a translation never shows as an empty string; the result is frozen and shared by plans. */
function withFallback<T>(requested: T, ...fallbacks: T[]): T {
  if (typeof requested === "string") return (requested || fallbacks.find((f) => f) || requested) as T;
  if (Array.isArray(requested)) {
    const chosen = requested.length > 0 ? requested : (fallbacks.find((f) => (f as unknown[]).length > 0) ?? requested);
    return Object.freeze([...(chosen as unknown[])]) as T;
  }
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(requested as object)) {
    result[key] = withFallback((requested as Record<string, unknown>)[key], ...fallbacks.map((f) => (f as Record<string, unknown>)[key]));
  }
  return Object.freeze(result) as T;
}

/** Texts and formatters for one language, built once: templates are compiled and dates formatted at most once each. */
export class Translator {
  readonly messages: Messages;
  private readonly templates = new Map<string, MessageTemplate>();
  private readonly dateFormat: Intl.DateTimeFormat;
  private readonly dayMonthFormat: Intl.DateTimeFormat;
  private readonly formattedDates = new Map<string, string>();
  private readonly amountFormat: Intl.NumberFormat;

  constructor(readonly language: Language) {
    this.messages = withFallback(locales[language], nb, locales.en);
    this.dateFormat = new Intl.DateTimeFormat(dateLocales[language], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    this.dayMonthFormat = new Intl.DateTimeFormat(dateLocales[language], { day: "numeric", month: "long", timeZone: "UTC" });
    this.amountFormat = new Intl.NumberFormat(dateLocales[language], { maximumFractionDigits: 0 });
  }

  private template(text: string): MessageTemplate {
    let template = this.templates.get(text);
    if (!template) {
      template = compileTemplate(text);
      this.templates.set(text, template);
    }
    return template;
  }

  private formatDate(iso: string, format: Intl.DateTimeFormat): string {
    const key = format === this.dateFormat ? iso : `--${iso}`;
    let formatted = this.formattedDates.get(key);
    if (formatted === undefined) {
      const { year, month, day } = parseIsoDate(iso);
      formatted = format.format(Date.UTC(year, month - 1, day));
      const suffix = dateSuffixToDrop[this.language];
      if (suffix && formatted.endsWith(suffix)) formatted = formatted.slice(0, -suffix.length);
      // Bounded: a long-running server sees many dates; the cache only needs the recent ones.
      if (this.formattedDates.size > 50_000) this.formattedDates.clear();
      this.formattedDates.set(key, formatted);
    }
    return formatted;
  }

  private formatValue(value: MessageValue): string {
    if (typeof value === "number") return String(value);
    // A Norwegian title inside right-to-left text is isolated (FSI … PDI), so its brackets and full stop stay in place.
    if ("text" in value) return rightToLeft.has(this.language) ? `\u2068${value.text}\u2069` : value.text;
    if ("date" in value) return this.formatDate(value.date, this.dateFormat);
    if ("afterArrival" in value) {
      const span = value.afterArrival;
      const spans = this.messages.deadlineAfterArrival;
      return "days" in span ? this.format(spans.days, { count: span.days }) : this.format(spans.months, { count: span.months });
    }
    if ("kroner" in value) return this.amountFormat.format(value.kroner);
    return this.formatDate(`2000-${value.monthDay}`, this.dayMonthFormat);
  }

  format(text: string, values?: MessageValues): string {
    return fillTemplate(this.template(text), (name) => {
      const value = values?.[name];
      return value === undefined ? undefined : this.formatValue(value);
    });
  }
}

export const translators: Record<Language, Translator> = Object.fromEntries(
  supportedLanguages.map((language) => [language, new Translator(language)]),
) as Record<Language, Translator>;

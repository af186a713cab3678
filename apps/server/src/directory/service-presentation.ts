import { intlLocale, languages as platformLanguages, type Language } from "@velkomst/i18n";
import sanitizeHtml from "sanitize-html";
import { renderMarkdown } from "../content/render-markdown.ts";
import type { DirectoryTranslator } from "./directory-texts.ts";
import type { LocalMoment, OpeningHours, OpeningStatus, TimeInterval } from "./opening-hours.ts";
import { epochDay } from "./public-holidays.ts";
import type { DirectoryService, ServiceText } from "./service-model.ts";

/** The locale Intl formats a page's dates and names in. */
export function localeOf(lang: Language): string {
  return intlLocale(lang);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone: "UTC" });
    formatters.set(key, format);
  }
  return format;
}

/** An ISO date as a calendar day (UTC noon, so no time zone can move it). */
const asDate = (iso: string) => new Date(`${iso}T12:00:00Z`);

export function weekdayName(lang: Language, iso: string): string {
  return dateFormat(lang, { weekday: "long" }).format(asDate(iso));
}

/** "torsdag 29. mai" */
export function longDate(lang: Language, iso: string): string {
  return dateFormat(lang, { weekday: "long", day: "numeric", month: "long" }).format(asDate(iso));
}

/** "29. mai" */
export function dayAndMonth(lang: Language, iso: string): string {
  return dateFormat(lang, { day: "numeric", month: "long" }).format(asDate(iso));
}

/** "29. mai 2025" */
export function dateWithYear(lang: Language, iso: string): string {
  return dateFormat(lang, { day: "numeric", month: "long", year: "numeric" }).format(asDate(iso));
}

/** How a coming day is named next to a time: tomorrow, a weekday this week, else weekday and date. */
export function dayLabel(t: DirectoryTranslator, lang: Language, date: string, today: string): string {
  const days = epochDay(date) - epochDay(today);
  if (days === 1) return t("status.tomorrow");
  if (days > 1 && days < 7) return weekdayName(lang, date);
  return longDate(lang, date);
}

export interface StatusView {
  open: boolean;
  /** "Åpent nå" / "Stengt nå", the badge (words, never colour alone). */
  badge: string;
  /** "Stenger kl. 15:00" / "Åpner: mandag 09:00"; empty when there is nothing to add. */
  detail: string;
}

export function statusView(t: DirectoryTranslator, lang: Language, status: OpeningStatus, today: string): StatusView {
  const when = (moment: LocalMoment, sameDay: "status.closesAt" | "status.opensAt", otherDay: "status.closesOn" | "status.opensOn") =>
    moment.date === today ? t(sameDay, { time: moment.time }) : t(otherDay, { day: dayLabel(t, lang, moment.date, today), time: moment.time });
  if (status.open) {
    return { open: true, badge: t("status.open"), detail: status.closesAt ? when(status.closesAt, "status.closesAt", "status.closesOn") : t("status.openRoundTheClock") };
  }
  return { open: false, badge: t("status.closed"), detail: status.opensAt ? when(status.opensAt, "status.opensAt", "status.opensOn") : t("status.noHours") };
}

export function intervalsText(intervals: readonly TimeInterval[]): string {
  return intervals.map((i) => `${i.opens}–${i.closes}`).join(", ");
}

/** The text in the reader's language, else bokmål, else any language there is; `fallback` says which. */
export function pickText(service: Pick<DirectoryService, "texts">, lang: Language): { text: ServiceText; language: Language; fallback: boolean } | undefined {
  const own = service.texts[lang];
  if (own?.description) return { text: own, language: lang, fallback: false };
  for (const language of ["nb", ...platformLanguages.map((l) => l.code)] as Language[]) {
    const text = service.texts[language];
    if (text?.description) return { text, language, fallback: true };
  }
  return undefined;
}

export function languageName(lang: Language, code: string): string {
  try {
    return new Intl.DisplayNames([localeOf(lang)], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Sistranda sentrum 1, 7260 Sistranda" */
export function addressLine(service: Pick<DirectoryService, "streetAddress" | "postalCode" | "postalTown">): string | null {
  const place = [service.postalCode, service.postalTown].filter(Boolean).join(" ");
  const line = [service.streetAddress, place].filter(Boolean).join(", ");
  return line || null;
}

/** A plain link to OpenStreetMap: the exact point when there are coordinates, else a search for the address. */
export function mapLink(service: DirectoryService): string | null {
  if (service.latitude !== null && service.longitude !== null) {
    const lat = service.latitude.toFixed(5);
    const lon = service.longitude.toFixed(5);
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  const address = addressLine(service);
  return address ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${address}, Norge`)}` : null;
}

/** `tel:` wants the digits only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, "")}`;
}

export function serviceHours(service: Pick<DirectoryService, "weeklyHours" | "exceptions" | "closedOnPublicHolidays">): OpeningHours {
  return { weekly: service.weeklyHours, exceptions: service.exceptions, closedOnPublicHolidays: service.closedOnPublicHolidays };
}

const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&nbsp;": " " };

/** Staff Markdown as plain text (for search and structured data): rendered, sanitised, then stripped of every tag. */
export function markdownToPlainText(markdown: string): string {
  const text = sanitizeHtml(renderMarkdown(markdown).replace(/<\/(p|h2|h3|li)>/g, "$& "), { allowedTags: [], allowedAttributes: {} });
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (entity) => entities[entity] ?? entity).replace(/\s+/g, " ").trim();
}

/**
 * The one registry of languages the platform speaks. Bokmål is the source language. `intl` is
 * the locale dates, times and numbers are formatted in: Norwegian conventions in every language
 * (day before month, the 24-hour clock), so English is British English, never US.
 */
export const languages = [
  { code: "nb", nativeName: "Norsk bokmål", dir: "ltr", intl: "nb-NO" },
  { code: "nn", nativeName: "Norsk nynorsk", dir: "ltr", intl: "nn-NO" },
  { code: "en", nativeName: "English", dir: "ltr", intl: "en-GB-u-hc-h23" },
  { code: "uk", nativeName: "Українська", dir: "ltr", intl: "uk-UA-u-hc-h23" },
  { code: "pl", nativeName: "Polski", dir: "ltr", intl: "pl-PL-u-hc-h23" },
  { code: "ar", nativeName: "العربية", dir: "rtl", intl: "ar-u-hc-h23" },
] as const;

export type Language = (typeof languages)[number]["code"];
export type TextDirection = "ltr" | "rtl";

export const sourceLanguage: Language = "nb";
export const languageCodes: readonly Language[] = languages.map((language) => language.code);

export function isLanguage(code: string): code is Language {
  return (languageCodes as readonly string[]).includes(code);
}

export function directionOf(language: Language): TextDirection {
  return languages.find((entry) => entry.code === language)?.dir ?? "ltr";
}

/** The locale to give `Intl` for this language (see `languages`). */
export function intlLocale(language: Language): string {
  return languages.find((entry) => entry.code === language)?.intl ?? "nb-NO";
}

/** Maps a BCP 47 tag to a supported language: `nb-NO` → `nb`, `no` → `nb`, `ar-SA` → `ar`. */
export function toSupportedLanguage(tag: string): Language | undefined {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (base === "no" || base === "nob") return "nb";
  if (base === "nno") return "nn";
  return isLanguage(base) ? base : undefined;
}

/** Picks the best supported language from an Accept-Language header, honouring q-values. */
export function matchAcceptLanguage(header: string | undefined): Language | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag, quality: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && entry.tag !== "*" && Number.isFinite(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const entry of ranked) {
    const language = toSupportedLanguage(entry.tag);
    if (language) return language;
  }
  return undefined;
}

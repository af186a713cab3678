import { intlLocale, type Language } from "@velkomst/i18n";

const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** Codes Intl names that are not countries one takes an education in (EU, UN, pseudo-regions, islands of Spain's codes). */
const notCountries = new Set(["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA", "CQ"]);

const cache = new Map<Language, ReadonlyArray<{ value: string; label: string }>>();

/** Every ISO 3166-1 alpha-2 country named in the reader's language, in that language's alphabetical order. */
export function countryOptions(lang: Language): ReadonlyArray<{ value: string; label: string }> {
  let options = cache.get(lang);
  if (!options) {
    const names = new Intl.DisplayNames([intlLocale(lang)], { type: "region", fallback: "none" });
    const collator = new Intl.Collator(intlLocale(lang));
    const all: Array<{ value: string; label: string }> = [];
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        // A withdrawn code (BU, SU, ZR …) canonicalises to its successor: only the current code is offered.
        const current = new Intl.Locale(`und-${code}`).region === code;
        const label = notCountries.has(code) || !current ? undefined : names.of(code);
        if (label && label !== code) all.push({ value: code, label });
      }
    }
    options = all.sort((a, b) => collator.compare(a.label, b.label));
    cache.set(lang, options);
  }
  return options;
}

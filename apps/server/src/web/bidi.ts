import { directionOf, type Language } from "@velkomst/i18n";

/**
 * Text from elsewhere (what the reader typed, a Latin name or code) inside a sentence of the page's
 * language: on a right-to-left page it is wrapped in Unicode isolates (FSI … PDI), so Latin words
 * keep their order and the quotes and colons around them their place. In markup use <bdi>.
 */
export function isolated(text: string, lang: Language): string {
  return directionOf(lang) === "rtl" ? `\u2068${text}\u2069` : text;
}

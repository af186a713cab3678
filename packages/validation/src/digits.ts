/** Arabic-Indic (٠–٩, U+0660–0669) and Persian (۰–۹, U+06F0–06F9) digits, as Arabic, Persian and Dari keyboards type them. */
const easternDigits = /[\u0660-\u0669\u06F0-\u06F9]/g;
/** Text that is only a number, date, month, time or code: digits of any of these scripts and their separators. */
const numberLike = /^[\s0-9\u0660-\u0669\u06F0-\u06F9.,:/+\-\u066B\u066C]*$/;

/** The same number in the digits 0–9: "١٩٩٠" and "۱۹۹۰" are 1990. */
export function westernDigits(text: string): string {
  return text.replace(easternDigits, (digit) => String(digit.charCodeAt(0) - (digit.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)));
}

/**
 * What a reader typed where a number goes, with its digits made 0–9, so every number field accepts
 * Arabic-Indic and Persian digits. Text with letters is left as written: it is not a number.
 */
export function normalizeNumberInput(value: string): string {
  return numberLike.test(value) ? westernDigits(value) : value;
}

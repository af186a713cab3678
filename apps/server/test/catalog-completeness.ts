import assert from "node:assert/strict";
import { test } from "node:test";
import { flattenCatalog, languageCodes, placeholdersOf, type Catalog, type Language } from "@velkomst/i18n";

/**
 * Every language has every text of the bokmål source, non-empty and with the same placeholders;
 * and a translation that is just the English text again is caught (except names that stay).
 */
/** Words a bare number may stand before: units that do not inflect, and "of" (its noun then counts through a plural). */
const wordsAfterBareNumber = new Set(["av", "of", "з", "z", "من", "s", "с", "ث", "pkt", "р", "дн"]);

export function testCatalogCompleteness(name: string, catalogs: Record<Language, Catalog>, sameAsEnglishAllowed: readonly string[] = []) {
  const source = new Map(flattenCatalog(catalogs.nb));
  const english = new Map(flattenCatalog(catalogs.en));
  for (const language of languageCodes) {
    test(`${name}: ${language} has every text with the placeholders of bokmål`, () => {
      const translated = new Map(flattenCatalog(catalogs[language]));
      for (const [key, message] of source) {
        const text = translated.get(key);
        assert.ok(text && text.trim().length > 0, `${language}: ${key} is missing or empty`);
        assert.deepEqual(placeholdersOf(text), placeholdersOf(message), `${language}: ${key} has other placeholders than bokmål`);
        if (language !== "en" && language !== "nb" && language !== "nn" && !sameAsEnglishAllowed.includes(key) && /[a-z]{4}/i.test(text)) {
          assert.notEqual(text, english.get(key), `${language}: ${key} is still the English text`);
        }
      }
      assert.deepEqual([...translated.keys()].filter((key) => !source.has(key)), [], `${language} has keys bokmål does not`);
    });
    test(`${name}: ${language} counts nouns with plural forms ("1 person", never "1 personer")`, () => {
      const bare = flattenCatalog(catalogs[language]).flatMap(([key, text]) =>
        [...text.matchAll(/\{(\w+), number\} (\p{L}+)/gu)].filter((match) => !wordsAfterBareNumber.has(match[2]!)).map((match) => `${key}: ${match[0]}`),
      );
      assert.deepEqual(bare, [], `${language}: a number before a noun needs {count, plural, …}`);
    });
  }
}

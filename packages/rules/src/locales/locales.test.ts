import { test } from "node:test";
import assert from "node:assert/strict";
import { locales, resolveLanguage, supportedLanguages } from "./languages.ts";
import { compileTemplate, fillTemplate, placeholdersOf } from "./message-template.ts";
import { nb } from "./nb.ts";

/** Every text of a locale with its key path, arrays included (`steps.x.documents[0]`). */
function texts(tree: unknown, path = ""): [string, string][] {
  if (typeof tree === "string") return [[path, tree]];
  if (Array.isArray(tree)) return tree.flatMap((item, i) => texts(item, `${path}[${i}]`));
  return Object.entries(tree as object).flatMap(([key, value]) => texts(value, path ? `${path}.${key}` : key));
}

const nbTexts = new Map(texts(nb));

for (const language of supportedLanguages) {
  test(`${language}: every text is present, non-empty and has the same placeholders as nb`, () => {
    const own = new Map(texts(locales[language]));
    assert.deepEqual([...own.keys()].sort(), [...nbTexts.keys()].sort(), "same keys and same number of document items as nb");
    for (const [key, text] of own) {
      assert.ok(text.trim().length > 0, `${language} ${key} is empty`);
      assert.deepEqual(placeholdersOf(text), placeholdersOf(nbTexts.get(key)!), `${language} ${key}: placeholders differ from nb`);
    }
  });
}

test("a missing placeholder value throws instead of printing the placeholder", () => {
  assert.throws(() => fillTemplate(compileTemplate("by {deadline}"), () => undefined), /deadline/);
  assert.equal(fillTemplate(compileTemplate("{a} and {b}"), (name) => name.toUpperCase()), "A and B");
});

test("language tags map to their base language, and unsupported ones fall back to nb", () => {
  assert.equal(resolveLanguage("nb-NO"), "nb");
  assert.equal(resolveLanguage("ar-SA"), "ar");
  assert.equal(resolveLanguage("UK"), "uk");
  assert.equal(resolveLanguage("no"), "nb");
  assert.equal(resolveLanguage("de-DE"), "nb");
  assert.equal(resolveLanguage(undefined), "nb");
});

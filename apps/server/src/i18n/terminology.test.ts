import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { languageCodes } from "@velkomst/i18n";
import { uiTranslator } from "./ui-translator.ts";

const repository = join(import.meta.dirname, "../../../..");

/** Every text a reader or staff member sees in one language: module messages, UI catalog, rule texts and baseline pages. */
function textFilesOf(language: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "node_modules" ? [] : walk(path);
      return entry.name === `${language}.ts` || entry.name === `${language}.md` ? [path] : [];
    });
  return [...walk(join(repository, "apps/server/src")), ...walk(join(repository, "apps/server/content")), ...walk(join(repository, "packages/rules/src/locales"))];
}

function occurrences(language: string, pattern: RegExp): string[] {
  return textFilesOf(language).flatMap((file) => [...readFileSync(file, "utf8").matchAll(pattern)].map((match) => `${relative(repository, file)}: ${match[0]}`));
}

test("Ukrainian has one word for 'kommune' (комуна), not also громада or муніципалітет", () => {
  // "Громада" in the sense of a local community (місцева громада, життя громади) is another word and stays.
  assert.deepEqual(occurrences("uk", /[Мм]уніципалітет\p{L}*|(?<!місцев\p{L}* |житті )(?<!\p{L})[Гг]ромад(?!ян|ськ)\p{L}*/gu), []);
  assert.ok(occurrences("uk", /(?<!\p{L})комун\p{L}*/gu).length > 50);
});

test("Arabic has one term for 'introduksjonsprogram' (البرنامج التمهيدي), and one word for 'kommune' (بلدية)", () => {
  assert.deepEqual(occurrences("ar", /برنامج التأهيل|برنامج التعريف|برنامج الإدماج|كومون\p{L}*/gu), []);
  assert.ok(occurrences("ar", /البرنامج التمهيدي/gu).length >= 5);
});

test("Ukrainian has one term for 'introduksjonsprogram' (вступна програма)", () => {
  assert.deepEqual(occurrences("uk", /інтродукц\p{L}*|програм\p{L}* (інтеграції|введення)/gu), []);
  assert.ok(occurrences("uk", /вступн\p{L}* програм\p{L}*/gu).length >= 5);
});

test("the e-mail example fits everyone (a newcomer has no municipal address)", () => {
  for (const language of languageCodes) {
    assert.doesNotMatch(uiTranslator(language)("validation.formatEmail"), /kommune|municipality/, language);
  }
});

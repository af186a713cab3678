import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { languageCodes } from "@velkomst/i18n";
import { parseDateInput } from "@velkomst/validation";
import { uiTranslator } from "./ui-translator.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

test("no page formats dates with the bare language code (\"en\" would give US dates and AM/PM): intlLocale does it", () => {
  const offenders = sourceFiles(join(import.meta.dirname, ".."))
    .filter((file) => /Intl\.DateTimeFormat\(\s*(lang|language)\b|Intl\.DateTimeFormat\([^)]*`\$\{lang\}-NO`/.test(readFileSync(file, "utf8")))
    .map((file) => file.slice(file.indexOf("src/")));
  assert.deepEqual(offenders, []);
});

test("the message for a date that is not a date names the day.month.year the date fields take, in every language", () => {
  for (const language of languageCodes) {
    const t = uiTranslator(language);
    const message = t("validation.formatDate");
    // The example in the field's hint (17.05.2026) is one the forms read, and the message shows the same one.
    const example = /\d{2}\.\d{2}\.\d{4}/.exec(t("dateTime.dateHint"))![0];
    assert.ok(parseDateInput(example), `${language}: the hint's example ${example} is a date the forms read`);
    assert.ok(message.includes(example), `${language}: «${message}» shows ${example}`);
    // The format spelt out in letters (dd.mm.åååå, дд.мм.рррр), where the hint spells it out.
    const pattern = /[^\s\d:]{2}\.[^\s\d]{2}\.[^\s\d,]{4}/.exec(t("dateTime.dateHint"))?.[0];
    if (pattern) assert.ok(message.includes(pattern), `${language}: «${message}» names ${pattern}`);
    assert.doesNotMatch(message, /[A-ZÅА-ЯÐ]{4}-|\p{L}{4}-\p{L}{2}-\p{L}{2}/u, `${language}: no year-first format`);
  }
});

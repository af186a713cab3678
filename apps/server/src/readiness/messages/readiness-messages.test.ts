import { test } from "node:test";
import assert from "node:assert/strict";
import { languageCodes } from "@velkomst/i18n";
import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { readinessItems } from "../readiness-items.ts";
import { readinessCatalogs, readinessTexts } from "../readiness-texts.ts";

// "{date}, {name}" has no words of its own to translate.
testCatalogCompleteness("readiness texts", readinessCatalogs, ["item.historyBy"]);

test("every one of the 11 items has a title and guidance in every language, and no other items are in the catalogs", () => {
  assert.equal(readinessItems.length, 11);
  for (const language of languageCodes) {
    assert.deepEqual(Object.keys(readinessCatalogs[language].items).sort(), readinessItems.map((item) => item.id).sort(), language);
    const t = readinessTexts(language);
    for (const item of readinessItems) {
      assert.ok(t(`items.${item.id}.title`).length > 3, `${language} ${item.id} title`);
      assert.ok(t(`items.${item.id}.guidance`).length > 80, `${language} ${item.id} guidance`);
    }
  }
});

test("plurals read right in each language", () => {
  assert.equal(readinessTexts("nb")("checklist.overdueCount", { count: 1 }), "1 punkt har passert fristen");
  assert.equal(readinessTexts("en")("checklist.documentsCount", { count: 0 }), "No documents");
  assert.equal(readinessTexts("pl")("checklist.documentsCount", { count: 3 }), "3 dokumenty");
  assert.equal(readinessTexts("uk")("checklist.documentsCount", { count: 5 }), "5 документів");
  assert.equal(readinessTexts("ar")("checklist.documentsCount", { count: 2 }), "مستندان");
});

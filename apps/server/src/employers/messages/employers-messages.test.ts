import { test } from "node:test";
import assert from "node:assert/strict";
import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { employersCatalogs, employersTexts } from "../employers-texts.ts";

// Codes and column values the employer types stay as they are in every language.
testCatalogCompleteness("employers texts", employersCatalogs, ["expected.basis", "expected.stay", "expected.language"]);

test("plurals read right in each language", () => {
  assert.equal(employersTexts("nb")("home.reportedCount", { count: 1 }), "1 arbeidstaker er meldt inn");
  assert.equal(employersTexts("pl")("worker.imported", { count: 3 }), "Zaimportowano 3 pracowników.");
  assert.equal(employersTexts("uk")("home.reportedCount", { count: 2 }), "Повідомлено про 2 працівників");
  assert.equal(employersTexts("ar")("worker.imported", { count: 2 }), "تم استيراد عاملين.");
});

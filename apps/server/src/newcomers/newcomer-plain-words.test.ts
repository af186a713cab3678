import { test } from "node:test";
import assert from "node:assert/strict";
import { newcomerCatalogs } from "./newcomer-texts.ts";
import { planCatalogs } from "../plans/plan-texts.ts";

// Issue 12: newcomers read plain words, and Latin tokens in Arabic keep their own direction.
test("Min side speaks of a copy of your data, not of «JSON», in every language", () => {
  for (const [lang, catalog] of Object.entries(newcomerCatalogs)) assert.doesNotMatch(catalog.myPage.download, /JSON/, lang);
});

test("the Arabic example month 2025-03 is isolated left to right, so it is not shown as 03-2025", () => {
  assert.ok(planCatalogs.ar.questionnaire.arrivalHint.includes("\u20662025-03\u2069"));
  assert.ok(planCatalogs.ar.errors.month.includes("\u20662025-03\u2069"));
});

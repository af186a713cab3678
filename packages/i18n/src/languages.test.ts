import { test } from "node:test";
import assert from "node:assert/strict";
import { directionOf, matchAcceptLanguage, toSupportedLanguage } from "./languages.ts";

test("Accept-Language picks the best supported language by quality", () => {
  assert.equal(matchAcceptLanguage("de-DE,de;q=0.9,ar;q=0.8,en;q=0.7"), "ar");
  assert.equal(matchAcceptLanguage("en;q=0.5, uk"), "uk");
  assert.equal(matchAcceptLanguage("no"), "nb");
  assert.equal(matchAcceptLanguage("fr, de"), undefined);
  assert.equal(matchAcceptLanguage(undefined), undefined);
  assert.equal(matchAcceptLanguage("pl;q=0"), undefined);
});

test("BCP 47 tags map to their base language", () => {
  assert.equal(toSupportedLanguage("nb-NO"), "nb");
  assert.equal(toSupportedLanguage("ar_SA"), "ar");
  assert.equal(toSupportedLanguage("xx"), undefined);
});

test("Arabic is written right to left", () => {
  assert.equal(directionOf("ar"), "rtl");
  assert.equal(directionOf("nb"), "ltr");
});

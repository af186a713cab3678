import { test } from "node:test";
import assert from "node:assert/strict";
import { directionOf, intlLocale, languageCodes, matchAcceptLanguage, toSupportedLanguage } from "./languages.ts";

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

test("dates and times follow Norwegian conventions in every language: day before month, the 24-hour clock", () => {
  const evening = new Date("2026-03-04T16:36:00Z"); // 17:36 in Oslo, on 4 March
  for (const language of languageCodes) {
    const locale = intlLocale(language);
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Oslo" }).formatToParts(evening);
    const order = dateTime.filter((part) => part.type === "day" || part.type === "month").map((part) => part.type);
    assert.deepEqual(order, ["day", "month"], `${language}: ${new Intl.DateTimeFormat(locale, { dateStyle: "short", timeZone: "Europe/Oslo" }).format(evening)}`);
    assert.equal(dateTime.find((part) => part.type === "hour")?.value, "17", `${language}: 24-hour clock`);
    assert.equal(dateTime.some((part) => part.type === "dayPeriod"), false, `${language}: no AM/PM`);
  }
});

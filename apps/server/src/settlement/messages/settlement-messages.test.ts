import { test } from "node:test";
import assert from "node:assert/strict";
import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { settlementCatalogs, settlementTexts } from "../settlement-texts.ts";

// Texts that read the same as in English: a placeholder with a unit, and a loanword (pl "Transport").
testCatalogCompleteness("settlement texts", settlementCatalogs, ["run.seconds", "sector.transport"]);

test("person counts take the plural form of each language: one, few and many in Ukrainian and Polish, six forms in Arabic", () => {
  const persons = (lang: "nb" | "en" | "uk" | "pl" | "ar", count: number) => settlementTexts(lang)("municipality.historyRequest", { persons: count, minors: 0 });
  assert.match(persons("nb", 1), /: 1 person \(/);
  assert.match(persons("nb", 3), /: 3 personer \(/);
  assert.match(persons("en", 1), /: 1 person \(/);
  assert.deepEqual([1, 3, 5, 22].map((n) => persons("uk", n).match(/: (.*?) \(/)?.[1]), ["1 особа", "3 особи", "5 осіб", "22 особи"]);
  assert.deepEqual([1, 3, 5, 22].map((n) => persons("pl", n).match(/: (.*?) \(/)?.[1]), ["1 osoba", "3 osoby", "5 osób", "22 osoby"]);
  assert.deepEqual([1, 2, 3, 11, 100].map((n) => persons("ar", n).match(/: (.*?) \(/)?.[1]), ["شخص واحد", "شخصان", "3 أشخاص", "11 شخصًا", "100 شخص"]);
});

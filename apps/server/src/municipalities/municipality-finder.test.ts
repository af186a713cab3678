import { test } from "node:test";
import assert from "node:assert/strict";
import { readMunicipalities } from "./reference-data.ts";
import { byNorwegianName, editDistance, findMunicipalities } from "./municipality-finder.ts";

const all = readMunicipalities();
const firstName = (query: string) => findMunicipalities(all, query)[0]?.name;

test("names are found with æ, ø and å typed as on a foreign keyboard, and with one typo", () => {
  assert.equal(firstName("Froya"), "Frøya");
  assert.equal(firstName("froeya"), "Frøya");
  assert.equal(firstName("Tromso"), "Tromsø");
  assert.equal(firstName("tromos"), "Tromsø", "two letters swapped");
  assert.equal(firstName("Bodo"), "Bodø");
  assert.equal(firstName("As"), "Ås");
  assert.equal(firstName("bergne"), "Bergen");
  assert.equal(firstName("trmso"), "Tromsø", "a letter left out");
  assert.equal(firstName("tromsoo"), "Tromsø", "a letter too many");
  assert.ok(!findMunicipalities(all, "trom").some((m) => m.name.includes("Romsdal")), "a short word is not stretched to another");
  assert.ok(findMunicipalities(all, "trondheim").some((m) => m.number === "5001"), "a name with a Sami form is found by its Norwegian one");
});

test("a Ukrainian reader may type the name in Cyrillic", () => {
  assert.equal(firstName("Осло"), "Oslo");
  assert.equal(firstName("Тромсе"), "Tromsø");
  assert.equal(firstName("Тромсьо"), "Tromsø");
  assert.equal(firstName("Берген"), "Bergen");
  assert.equal(firstName("Фрея"), "Frøya");
  assert.equal(firstName("Гамар"), "Hamar");
  assert.equal(firstName("Буде"), "Bodø");
});

test("A–Z means the Norwegian alphabet: Æ, Ø and Å after Z", () => {
  const names = byNorwegianName(all).map((m) => m.name);
  assert.equal(names.length, 357);
  const lastZ = names.findLastIndex((name) => name.startsWith("Z") || name.startsWith("Y"));
  const firstAa = names.findIndex((name) => name.startsWith("Å"));
  assert.ok(firstAa > lastZ, `Å after Y/Z: ${names.slice(-5).join(", ")}`);
  assert.equal(names.at(-1)?.[0], "Å");
  assert.deepEqual(findMunicipalities(all, "").map((m) => m.name), names, "no query: every municipality A–Z");
});

test("edit distance counts a swap of two neighbouring letters as one edit", () => {
  assert.equal(editDistance("tromso", "tromos"), 1);
  assert.equal(editDistance("abc", "abc"), 0);
  assert.equal(editDistance("abc", "xbd"), 2);
  assert.equal(editDistance("", "ab"), 2);
});

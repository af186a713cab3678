import assert from "node:assert/strict";
import { test } from "node:test";
import { slugFrom, slugPattern } from "./content-model.ts";

test("page addresses are made from what the editor wrote, Norwegian letters spelled out, never refused for them", () => {
  assert.equal(slugFrom("Møteplasser på Frøya"), "moteplasser-pa-froya");
  assert.equal(slugFrom("Ærfugl og Ålesund"), "aerfugl-og-alesund");
  assert.equal(slugFrom("  Jobb i fiskeindustrien!  "), "jobb-i-fiskeindustrien");
  assert.equal(slugFrom("Café & språk – 2026"), "cafe-sprak-2026");
  assert.equal(slugFrom("velkomstsenteret"), "velkomstsenteret", "a good address stays as it is");
  for (const title of ["Møteplasser på Frøya", "Ærfugl", "x".repeat(300), "Ålesund – å, ø, æ"]) assert.match(slugFrom(title), slugPattern);
  assert.equal(slugFrom("!!!"), "", "nothing to spell: left to the form to refuse");
});

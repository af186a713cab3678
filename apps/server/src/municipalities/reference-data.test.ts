import { test } from "node:test";
import assert from "node:assert/strict";
import { parseMunicipalitiesCsv, readMunicipalities } from "./reference-data.ts";

// The checks data/README.md gives for the 2024 list (SSB/Kartverket).
test("the 2024 list has 357 municipalities in 15 counties and SSB's national population", () => {
  const municipalities = readMunicipalities();
  assert.equal(municipalities.length, 357);
  assert.equal(new Set(municipalities.map((m) => m.number)).size, 357);
  assert.equal(new Set(municipalities.map((m) => m.countyNumber)).size, 15);
  assert.equal(municipalities.reduce((sum, m) => sum + m.population, 0), 5_550_203);
  assert.equal(municipalities.filter((m) => m.countyNumber === "50").length, 38);
  assert.ok(municipalities.every((m) => m.number.startsWith(m.countyNumber)));
});

test("a malformed row is refused with its file and line", () => {
  const csv = "kommunenummer,name,county_number,county_name,population\n0301,Oslo,03,Oslo,717710\n50X4,Frøya,50,Trøndelag,5453\n";
  assert.throws(() => parseMunicipalitiesCsv(csv, "test.csv"), /test\.csv:3: malformed row/);
});

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import {
  candidatesFor,
  defaultWeights,
  householdType,
  ineligibility,
  maxCandidates,
  partsOf,
  scoreOf,
  scoreParts,
  sizeClassOf,
  type ScoringHousehold,
  type ScoringMunicipality,
} from "./settlement-score.ts";

const room = { persons: 50, unaccompaniedMinors: 5, wheelchairHomes: 2 };
// Decided 100 with 50 left: the spread part is 0.5 (× weight 0.5 = 0.25 per person).
const oslo: ScoringMunicipality = { number: "0301", countyNumber: "03", population: 717_710, healthServices: true, decidedPersons: 100, remaining: room };
const harstad: ScoringMunicipality = { number: "5503", countyNumber: "55", population: 25_056, healthServices: true, decidedPersons: 100, remaining: room };
const froya: ScoringMunicipality = { number: "5014", countyNumber: "50", population: 5_453, healthServices: false, decidedPersons: 100, remaining: room };
const hitra: ScoringMunicipality = { number: "5056", countyNumber: "50", population: 5_323, healthServices: true, decidedPersons: 100, remaining: room };

function household(overrides: Partial<ScoringHousehold> = {}): ScoringHousehold {
  return {
    id: "h",
    persons: 1,
    mapped: [],
    unaccompaniedMinors: 0,
    hasChildren: false,
    needsHealthServices: false,
    needsWheelchairHome: false,
    ties: [],
    waitDays: 0,
    ...overrides,
  };
}

const adult = (education: ScoringHousehold["mapped"][number]["education"], workSector: ScoringHousehold["mapped"][number]["workSector"], car = false) => ({
  age: 30,
  education,
  workSector,
  drivingLicence: car,
  hasCar: car,
});

describe("settlement score", () => {
  test("size classes follow population (SSB 07459 as the labour-market proxy)", () => {
    assert.equal(sizeClassOf(717_710), "city");
    assert.equal(sizeClassOf(50_000), "city");
    assert.equal(sizeClassOf(49_999), "town");
    assert.equal(sizeClassOf(10_000), "town");
    assert.equal(sizeClassOf(5_453), "rural");
  });

  const cases: Array<{ name: string; household: ScoringHousehold; municipality: ScoringMunicipality; parts: Record<string, number>; score: number }> = [
    {
      name: "a single adult without mapping: neutral labour part, nothing else",
      household: household(),
      municipality: oslo,
      parts: { settle: 1, labour: 0.5, ties: 0, services: 0, wait: 0, priority: 0, spread: 0.5 },
      score: 1.5 + 0.25,
    },
    {
      name: "an engineer (higher education, office work) fits a city",
      household: household({ mapped: [adult("higher", "office")] }),
      municipality: oslo,
      parts: { settle: 1, labour: 1, ties: 0, services: 0, wait: 0, priority: 0, spread: 0.5 },
      score: 2 + 0.25,
    },
    {
      name: "the same engineer fits a rural municipality less",
      household: household({ mapped: [adult("higher", "office")] }),
      municipality: froya,
      parts: { settle: 1, labour: 0.35, ties: 0, services: 0, wait: 0, priority: 0, spread: 0.5 },
      score: 1.35 + 0.25,
    },
    {
      name: "fishery experience with licence and car fits Frøya; a family with children has priority 0.5",
      household: household({ persons: 4, hasChildren: true, mapped: [adult("vocational", "fishery", true), adult("primary", "none")] }),
      municipality: froya,
      // adult 1: (0.8 + min(1, 1 + 0.2)) / 2 = 0.9; adult 2: (0.6 + 0.5) / 2 = 0.55; mean 0.725
      parts: { settle: 1, labour: 0.725, ties: 0, services: 0, wait: 0, priority: 0.5, spread: 0.5 },
      score: 4 * (1 + 0.725 + 0.5 + 0.25),
    },
    {
      name: "family in the municipality counts 1 (× weight 2); 90 days of waiting count half",
      household: household({ ties: [{ municipality: "5014", countyNumber: "50", kind: "family" }], waitDays: 90 }),
      municipality: froya,
      parts: { settle: 1, labour: 0.5, ties: 1, services: 0, wait: 0.5, priority: 0, spread: 0.5 },
      score: 1 + 0.5 + 2 + 0.5 + 0.25,
    },
    {
      name: "a network counts 0.6; a tie elsewhere in the county 0.3",
      household: household({ ties: [{ municipality: "5014", countyNumber: "50", kind: "network" }] }),
      municipality: hitra,
      parts: { settle: 1, labour: 0.5, ties: 0.3, services: 0, wait: 0, priority: 0, spread: 0.5 },
      score: 1 + 0.5 + 0.6 + 0.25,
    },
    {
      name: "a health need is served fully near a hospital town, 0.6 in a small municipality with services",
      household: household({ needsHealthServices: true }),
      municipality: hitra,
      parts: { settle: 1, labour: 0.5, ties: 0, services: 0.6, wait: 0, priority: 0, spread: 0.5 },
      score: 2.1 + 0.25,
    },
    {
      name: "an unaccompanied minor: priority 1 and services 1, waiting capped at 1",
      household: household({ unaccompaniedMinors: 1, waitDays: 400 }),
      municipality: harstad,
      parts: { settle: 1, labour: 0.5, ties: 0, services: 1, wait: 1, priority: 1, spread: 0.5 },
      score: 4.5 + 0.25,
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const parts = partsOf(c.household, c.municipality);
      assert.deepEqual(parts, c.parts);
      assert.equal(scoreOf(c.household.persons, parts, defaultWeights), Math.round(c.score * 1e4) / 1e4);
    });
  }

  test("spread: the share of decided places still free, 0 without a decision", () => {
    assert.equal(partsOf(household(), { ...oslo, decidedPersons: 40, remaining: { ...room, persons: 10 } }).spread, 0.25);
    assert.equal(partsOf(household(), { ...oslo, decidedPersons: 40, remaining: { ...room, persons: 40 } }).spread, 1);
    assert.equal(partsOf(household(), { ...oslo, decidedPersons: 0, remaining: { ...room, persons: 0 } }).spread, 0);
  });

  test("a weight of zero removes its part; doubling every weight doubles the score", () => {
    const h = household({ persons: 3, hasChildren: true, ties: [{ municipality: "0301", countyNumber: "03", kind: "family" }], waitDays: 30 });
    const parts = partsOf(h, oslo);
    const noTies = scoreOf(3, parts, { ...defaultWeights, ties: 0 });
    assert.equal(scoreOf(3, parts, defaultWeights) - noTies, 3 * 2 * 1);
    const doubled = Object.fromEntries(scoreParts.map((p) => [p, defaultWeights[p] * 2])) as typeof defaultWeights;
    assert.ok(Math.abs(scoreOf(3, parts, doubled) - 2 * scoreOf(3, parts, defaultWeights)) < 1e-3);
  });

  test("municipalities without the services a household needs are not candidates", () => {
    const none = new Set<string>();
    assert.equal(ineligibility(household({ needsHealthServices: true }), froya, none), "noHealthServices");
    assert.equal(ineligibility(household({ needsWheelchairHome: true }), { ...hitra, remaining: { ...room, wheelchairHomes: 0 } }, none), "noWheelchairHomes");
    assert.equal(ineligibility(household({ unaccompaniedMinors: 1 }), { ...hitra, remaining: { ...room, unaccompaniedMinors: 0 } }, none), "noMinorsCapacity");
    assert.equal(ineligibility(household({ persons: 6 }), { ...hitra, remaining: { ...room, persons: 5 } }, none), "noRoom");
    assert.equal(ineligibility(household(), hitra, new Set(["5056"])), "refusedBefore");
    assert.equal(ineligibility(household({ needsHealthServices: true, needsWheelchairHome: true }), hitra, none), null);
    const candidates = candidatesFor(household({ needsHealthServices: true }), [oslo, froya, hitra], defaultWeights);
    assert.deepEqual(candidates.map((c) => c.municipality), ["0301", "5056"]);
  });

  test("candidates: best first, at most the limit, ties always kept", () => {
    const many: ScoringMunicipality[] = Array.from({ length: 100 }, (_, i) => ({
      number: String(1000 + i),
      countyNumber: "10",
      population: 1000 + i * 1000,
      healthServices: false,
      decidedPersons: 100,
      remaining: room,
    }));
    const h = household({ mapped: [adult("higher", "office")], ties: [{ municipality: "1000", countyNumber: "10", kind: "network" }] });
    const candidates = candidatesFor(h, many, { ...defaultWeights, ties: 0 });
    assert.equal(candidates.length, maxCandidates + 1);
    assert.ok(candidates.some((c) => c.municipality === "1000"), "the tie is kept though it scores low");
    for (let i = 1; i < maxCandidates; i++) assert.ok(candidates[i - 1]!.score >= candidates[i]!.score);
  });

  test("candidates: among equal scores each household keeps its own fixed draw, not the lowest numbers", () => {
    const equal: ScoringMunicipality[] = Array.from({ length: 200 }, (_, i) => ({
      number: String(1000 + i),
      countyNumber: String(10 + (i % 10)),
      population: 3000,
      healthServices: false,
      decidedPersons: 100,
      remaining: room,
    }));
    const first = candidatesFor(household({ id: "a" }), equal, defaultWeights).map((c) => c.municipality);
    const second = candidatesFor(household({ id: "b" }), equal, defaultWeights).map((c) => c.municipality);
    assert.equal(first.length, maxCandidates);
    assert.deepEqual(candidatesFor(household({ id: "a" }), equal, defaultWeights).map((c) => c.municipality), first, "the same draw every run");
    assert.ok(first.filter((m) => second.includes(m)).length < maxCandidates / 2, "two households share few of their 40");
    assert.ok(first.filter((m) => Number(m) < 1040).length < maxCandidates / 2, "not the 40 lowest numbers");
    assert.equal(new Set(first.map((m) => equal.find((e) => e.number === m)?.countyNumber)).size, 10, "every county appears");
  });

  test("property: parts stay in [0, 1] and the score is persons × the weighted sum", () => {
    const mapping = fc.record({
      age: fc.integer({ min: 18, max: 55 }),
      education: fc.constantFrom("none", "primary", "secondary", "vocational", "higher", null),
      workSector: fc.constantFrom("none", "agriculture", "fishery", "industry", "construction", "health", "teaching", "service", "transport", "office", null),
      drivingLicence: fc.option(fc.boolean(), { nil: null }),
      hasCar: fc.option(fc.boolean(), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(mapping, { maxLength: 4 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 100, max: 800_000 }),
        (persons, mapped, health, waitDays, population) => {
          const h = household({ persons, mapped: mapped as ScoringHousehold["mapped"], needsHealthServices: health, waitDays });
          const m = { ...oslo, population };
          const parts = partsOf(h, m);
          for (const part of scoreParts) assert.ok(parts[part] >= 0 && parts[part] <= 1, `${part} = ${parts[part]}`);
          const expected = persons * scoreParts.reduce((s, p) => s + defaultWeights[p] * parts[p], 0);
          assert.ok(Math.abs(scoreOf(persons, parts, defaultWeights) - expected) < 1e-3);
        },
      ),
    );
  });

  test("household types", () => {
    assert.equal(householdType([16], 1), "unaccompanied");
    assert.equal(householdType([30], 0), "single");
    assert.equal(householdType([30, 31], 0), "couple");
    assert.equal(householdType([30, 31, 4], 0), "family");
    assert.equal(householdType([40, 3], 0), "family");
    assert.equal(householdType([50, 22, 19], 0), "other");
  });
});

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { syntheticMarket } from "../../bench/synthetic-market.ts";
import { buildCandidateIndex, scanTopCandidates, topCandidates, topOpenings } from "./candidate-index.ts";
import type { CandidateFacts, OpeningFacts } from "./match-facts.ts";
import { failedFilters, scoreMatch } from "./match-score.ts";

const candidate = (overrides: Partial<CandidateFacts> = {}): CandidateFacts => ({
  id: "c-1",
  experienceCodes: ["7411"],
  wishedCodes: [],
  languages: [{ code: "uk", level: "native" }],
  norwegian: { listening: "B1", reading: "B1", writing: "A2", speaking: "B1" },
  recognition: "in-progress",
  wishedMunicipalities: ["5014"],
  hoursPerWeek: 37,
  drivingLicences: ["B"],
  certificates: [],
  ...overrides,
});

const opening = (overrides: Partial<OpeningFacts> = {}): OpeningFacts => ({
  id: "o-1",
  occupationCode: "7411",
  municipalityNumber: "5014",
  hoursPerWeek: 37,
  languages: [],
  norwegian: { listening: "B1", reading: null, writing: null, speaking: "B1" },
  drivingLicence: null,
  certificate: null,
  authorisationRequired: false,
  startsOn: "2027-03-01",
  ...overrides,
});

const pointsOf = (c: CandidateFacts, o: OpeningFacts) => Object.fromEntries(scoreMatch(c, o).criteria.map((s) => [s.criterion, [s.points, s.reason]]));

describe("match score", () => {
  test("each criterion explains its points", () => {
    assert.deepEqual(pointsOf(candidate(), opening()), {
      occupation: [40, "same-code"],
      languages: [25, "all-met"],
      recognition: [10, "in-progress"],
      place: [10, "wished-place"],
      hours: [10, "hours-close"],
    });
    assert.equal(scoreMatch(candidate(), opening()).total, 95);
  });

  test("the same minor group earns half the occupation points; another occupation none", () => {
    assert.deepEqual(pointsOf(candidate({ experienceCodes: ["7412"] }), opening()).occupation, [20, "same-minor-group"]);
    assert.deepEqual(pointsOf(candidate({ experienceCodes: ["5120"] }), opening()).occupation, [0, "other-occupation"]);
    assert.deepEqual(pointsOf(candidate({ experienceCodes: [], wishedCodes: ["7411"] }), opening()).occupation, [40, "same-code"], "a wish counts like experience");
  });

  test("Norwegian is compared per skill and names the skill that falls short", () => {
    const score = scoreMatch(candidate({ norwegian: { listening: "B1", reading: "B1", writing: "A2", speaking: "A2" } }), opening()).criteria.find((c) => c.criterion === "languages")!;
    assert.equal(score.points, 12);
    assert.deepEqual(score.shortfalls, [{ language: "no", skill: "speaking", needed: "B1", has: "A2" }]);
    assert.deepEqual(pointsOf(candidate({ norwegian: null, languages: [{ code: "nb", level: "native" }] }), opening()).languages, [25, "all-met"]);
    assert.deepEqual(pointsOf(candidate(), opening({ norwegian: null })).languages, [25, "none-required"]);
  });

  test("place by wish, county, no wish; hours by distance", () => {
    assert.deepEqual(pointsOf(candidate({ wishedMunicipalities: ["5056"] }), opening()).place, [5, "same-county"]);
    assert.deepEqual(pointsOf(candidate({ wishedMunicipalities: ["0301"] }), opening()).place, [0, "elsewhere"]);
    assert.deepEqual(pointsOf(candidate({ wishedMunicipalities: [] }), opening()).place, [5, "no-wish"]);
    assert.deepEqual(pointsOf(candidate({ hoursPerWeek: 20 }), opening({ hoursPerWeek: 30 })).hours, [5, "hours-near"]);
    assert.deepEqual(pointsOf(candidate({ hoursPerWeek: 10 }), opening({ hoursPerWeek: 37 })).hours, [0, "hours-far"]);
  });

  test("a required authorisation, licence or certificate is a filter, not a score", () => {
    assert.deepEqual(failedFilters(candidate(), opening({ authorisationRequired: true })), ["authorisation"]);
    assert.deepEqual(failedFilters(candidate({ recognition: "recognised" }), opening({ authorisationRequired: true })), []);
    assert.deepEqual(failedFilters(candidate({ recognition: "recognised", experienceCodes: ["2223"] }), opening({ authorisationRequired: true })), ["authorisation"], "recognised for another occupation");
    assert.deepEqual(failedFilters(candidate({ drivingLicences: [] }), opening({ drivingLicence: "B" })), ["driving-licence"]);
    assert.deepEqual(failedFilters(candidate({ drivingLicences: ["C"] }), opening({ drivingLicence: "B" })), [], "class C is held on top of B");
    assert.deepEqual(failedFilters(candidate({ certificates: [{ name: "Truckførerbevis T4", validUntil: "2027-01-01" }] }), opening({ certificate: "truckførerbevis" })), ["certificate"], "expired before the start");
    assert.deepEqual(failedFilters(candidate({ certificates: [{ name: "Truckførerbevis T4", validUntil: null }] }), opening({ certificate: "truckførerbevis" })), []);
  });

  test("equal scores come in id order, whatever order the candidates arrive in", () => {
    const same = ["c-3", "c-1", "c-2"].map((id) => candidate({ id }));
    assert.deepEqual(scanTopCandidates(same, opening()).map((r) => r.id), ["c-1", "c-2", "c-3"]);
    assert.deepEqual(topCandidates(buildCandidateIndex(same), opening()).map((r) => r.id), ["c-1", "c-2", "c-3"]);
    const openings = ["o-2", "o-1"].map((id) => opening({ id }));
    assert.deepEqual(topOpenings(candidate(), openings).map((r) => r.opening.id), ["o-1", "o-2"]);
  });

  test("the index returns exactly the plain scan's top 20 (property, random markets)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 25 }), (seed, limit) => {
        const { candidates, openings } = syntheticMarket(400, 25, seed);
        const index = buildCandidateIndex(candidates);
        for (const o of openings) {
          const key = (list: ReturnType<typeof scanTopCandidates>) => list.map((r) => `${r.id}:${r.total}`).join(",");
          assert.equal(key(topCandidates(index, o, limit)), key(scanTopCandidates(candidates, o, limit)));
        }
      }),
      { numRuns: 40 },
    );
  });
});

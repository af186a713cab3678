import { cefrLevels, type CefrLevel, type RecognitionStatus } from "../src/skills-profile/skills-profile.ts";
import type { CandidateFacts, OpeningFacts } from "../src/job-matching/match-facts.ts";
import { prng } from "../src/settlement/demo/settlement-demo.ts";

/**
 * A labour market shaped like Norway's at a glance: ~400 STYRK-08 unit groups in ~130 minor
 * groups (a few common ones much more often), 356 municipalities in 15 counties (a few large),
 * Norwegian levels spread from A1 to C1, one in four with a recognised education.
 */
export function syntheticMarket(candidateCount: number, openingCount: number, seed = 19) {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  /** Skewed towards the start of the list: common occupations and big municipalities come up more. */
  const pickSkewed = <T>(items: readonly T[]): T => items[Math.floor(random() * random() * items.length)]!;
  const codes = Array.from({ length: 400 }, (_, i) => `${2 + (i % 8)}${String(10 + Math.floor(i / 8) * 2).padStart(2, "0").slice(0, 2)}${i % 3}`);
  const counties = ["03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56"];
  const municipalities = Array.from({ length: 356 }, (_, i) => `${counties[i % counties.length]}${String(1 + Math.floor(i / counties.length)).padStart(2, "0")}`);
  const level = (low: number, high: number): CefrLevel => cefrLevels[low + Math.floor(random() * (high - low + 1))]!;
  const statuses: RecognitionStatus[] = ["recognised", "not-needed", "in-progress", "not-recognised", "unknown"];
  const id = (prefix: string, i: number) => `${prefix}-${String(i).padStart(6, "0")}`;
  const candidates: CandidateFacts[] = Array.from({ length: candidateCount }, (_, i) => ({
    id: id("c", i),
    experienceCodes: Array.from({ length: 1 + Math.floor(random() * 2) }, () => pickSkewed(codes)),
    wishedCodes: random() < 0.6 ? [pickSkewed(codes)] : [],
    languages: [{ code: pick(["uk", "ar", "pl", "ti", "so", "en"]), level: "native" }, ...(random() < 0.6 ? [{ code: "en", level: level(1, 4) }] : [])],
    norwegian: random() < 0.8 ? { listening: level(0, 4), reading: level(0, 4), writing: level(0, 3), speaking: level(0, 4) } : null,
    recognition: random() < 0.25 ? "recognised" : pick(statuses),
    wishedMunicipalities: random() < 0.85 ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => pickSkewed(municipalities)) : [],
    hoursPerWeek: random() < 0.7 ? pick([20, 30, 37.5, 40]) : null,
    drivingLicences: random() < 0.5 ? ["B"] : random() < 0.2 ? ["B", "C"] : [],
    certificates: random() < 0.1 ? [{ name: "Truckførerbevis T1-T4", validUntil: null }] : [],
  }));
  const openings: OpeningFacts[] = Array.from({ length: openingCount }, (_, i) => ({
    id: id("o", i),
    occupationCode: pickSkewed(codes),
    municipalityNumber: pickSkewed(municipalities),
    hoursPerWeek: pick([15, 20, 30, 37.5]),
    languages: random() < 0.3 ? [{ code: "en", level: level(1, 3) }] : [],
    norwegian: random() < 0.7 ? { listening: level(1, 3), reading: level(0, 3), writing: null, speaking: level(1, 3) } : null,
    drivingLicence: random() < 0.2 ? "B" : null,
    certificate: random() < 0.03 ? "truckførerbevis" : null,
    authorisationRequired: random() < 0.15,
    startsOn: "2027-03-01",
  }));
  return { candidates, openings };
}

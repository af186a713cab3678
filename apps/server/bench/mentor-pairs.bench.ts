/**
 * Proposing mentor pairs for 2,000 mentors × 2,000 mentees (a seeded, made-up population of six
 * municipalities, seed 002's Vesterålen) with the optimal assignment, next to the greedy baseline
 * in the same run: total score, pairs, and time of each (scoring the 4 million pairs included).
 * Run: npm run bench -- mentor-pairs (MENTOR_PAIRS_SIZE to change the size)
 */
import { availabilitySlots, interests, type MatchProfile } from "../src/mentoring/match-profile.ts";
import { proposePairs, type PairingMethod } from "../src/mentoring/pair-proposal.ts";

const size = Number(process.env.MENTOR_PAIRS_SIZE ?? 2000);

/** mulberry32: the same population every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(2002);
const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
const some = <T>(values: readonly T[], low: number, high: number) => {
  const count = low + Math.floor(next() * (high - low + 1));
  return [...new Set(Array.from({ length: count }, () => pick(values)))];
};
const municipalities = ["1851", "1866", "1867", "1868", "1870", "1871"];

function population(prefix: string, languages: readonly string[]): MatchProfile[] {
  return Array.from({ length: size }, (_, index) => ({
    id: `${prefix}-${String(index).padStart(5, "0")}`,
    interests: some(interests, 1, 4),
    languages: ["nb", ...some(languages, 0, 2)],
    municipalityNumber: pick(municipalities),
    gender: pick(["woman", "man", "woman", "man", "unspecified"] as const),
    genderPreference: next() < 0.2 ? pick(["woman", "man"] as const) : "any",
    availability: some(availabilitySlots, 1, 2),
  }));
}

// Mentees often share Norwegian with their mentor; the extra language is what counts in the score.
const mentors = population("mentor", ["en", "de", "pl", "ar"]).map((m) => ({ ...m, languages: m.languages.filter((l) => l !== "nb") }));
const mentees = population("mentee", ["ar", "uk", "pl", "ti", "so", "en"]).map((m) => ({ ...m, languages: m.languages.filter((l) => l !== "nb") }));

function run(method: PairingMethod) {
  const start = process.hrtime.bigint();
  const result = proposePairs(mentors, mentees, method);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { method, seconds, total: result.totalScore, pairs: result.pairs.length, average: result.totalScore / Math.max(1, result.pairs.length) };
}

const greedy = run("greedy");
const optimal = run("optimal");
console.log(`mentor pairs, ${size} mentors × ${size} mentees`);
for (const row of [greedy, optimal]) {
  console.log(`  ${row.method.padEnd(8)} total ${row.total}  pairs ${row.pairs}  mean ${row.average.toFixed(1)}  time ${row.seconds.toFixed(2)} s`);
}
console.log(`  optimal − greedy: +${optimal.total - greedy.total} points (${(((optimal.total - greedy.total) / greedy.total) * 100).toFixed(2)} %)`);
if (optimal.total < greedy.total) {
  console.error("the optimal assignment scored below the greedy baseline");
  process.exit(1);
}

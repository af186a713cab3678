/**
 * Plans per second on one core for a fixed, seeded set of 1,000 varied profiles, next to the time
 * to JSON.stringify the same plans (the floor any server pays anyway). Target: ≥ 20,000 plans/s.
 * Run: npm run bench -- rules
 */
import fc from "fast-check";
import { evaluatePlan, type Plan } from "../src/index.ts";
import { validProfile } from "../src/plan/profile-arbitrary.ts";

const profileCount = 1_000;
const warmupRounds = 5;
const measuredRounds = 15;
const targetPerSecond = 20_000;

const profiles = fc.sample(validProfile, { numRuns: profileCount, seed: 20_250_301 });

function timeRound(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

let plans: Plan[] = [];
let sink = 0;
const evaluateAll = () => {
  plans = profiles.map((profile) => evaluatePlan(profile));
};
const stringifyAll = () => {
  for (const plan of plans) sink += JSON.stringify(plan).length;
};

for (let i = 0; i < warmupRounds; i++) {
  evaluateAll();
  stringifyAll();
}
const evaluateSeconds: number[] = [];
const stringifySeconds: number[] = [];
for (let i = 0; i < measuredRounds; i++) {
  evaluateSeconds.push(timeRound(evaluateAll));
  stringifySeconds.push(timeRound(stringifyAll));
}

const rows = [
  { what: "evaluatePlan", seconds: median(evaluateSeconds) },
  { what: "JSON.stringify (floor)", seconds: median(stringifySeconds) },
];
const averageSteps = plans.reduce((sum, plan) => sum + plan.steps.length, 0) / plans.length;
console.log(`${profileCount} profiles, ${measuredRounds} rounds after ${warmupRounds} warm-up rounds, median round; ${averageSteps.toFixed(1)} steps per plan`);
console.log("what                     per second    µs per plan");
for (const row of rows) {
  const perSecond = profileCount / row.seconds;
  console.log(`${row.what.padEnd(24)} ${Math.round(perSecond).toLocaleString("en").padStart(10)}    ${((row.seconds / profileCount) * 1e6).toFixed(2).padStart(8)}`);
}
const achieved = profileCount / rows[0]!.seconds;
console.log(`target ${targetPerSecond.toLocaleString("en")} plans/s per core: ${achieved >= targetPerSecond ? "met" : "NOT met"} (${(achieved / targetPerSecond).toFixed(1)}×)`);
if (sink < 0) console.log(sink);

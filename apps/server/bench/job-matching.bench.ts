/**
 * Job matching (issue 19): the top 20 candidates of each of 5,000 openings over 50,000 opted-in
 * candidates, through the candidate index and by a plain scan of every candidate, in the same run.
 * The scan takes every opening when given `--scan-openings 5000`; by default it takes the first
 * 500 (a tenth: several minutes otherwise on a shared machine) and the full figure is extrapolated.
 * Both must return the same top 20 (ids and scores, in order) for every opening the scan covers.
 * Options: --candidates N --openings N --scan-openings N.
 */
import assert from "node:assert/strict";
import { buildCandidateIndex, scanTopCandidates, topCandidates } from "../src/job-matching/candidate-index.ts";
import { syntheticMarket } from "./synthetic-market.ts";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`);
  return value;
}

const candidateCount = option("candidates", 50_000);
const openingCount = option("openings", 5_000);
const scanCount = Math.min(openingCount, option("scan-openings", 500));
const { candidates, openings } = syntheticMarket(candidateCount, openingCount);

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
/** CPU seconds of this process since `from`: on a shared machine the wall clock also counts other people's work. */
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};

let started = process.hrtime.bigint();
const index = buildCandidateIndex(candidates);
const buildSeconds = seconds(started);

started = process.hrtime.bigint();
let cpu = process.cpuUsage();
const indexed = openings.map((opening) => topCandidates(index, opening, 20));
const indexSeconds = seconds(started);
const indexCpu = cpuSeconds(cpu);

started = process.hrtime.bigint();
cpu = process.cpuUsage();
const scanned = openings.slice(0, scanCount).map((opening) => scanTopCandidates(candidates, opening, 20));
const scanSeconds = seconds(started);
const scanCpu = cpuSeconds(cpu);

const key = (list: ReturnType<typeof topCandidates>) => list.map((r) => `${r.id}:${r.total}`).join(",");
scanned.forEach((list, i) => assert.equal(key(indexed[i]!), key(list), `opening ${openings[i]!.id}: the index and the scan disagree`));
const fullLists = indexed.filter((list) => list.length === 20).length;

const perOpening = (total: number, count: number) => `${((total / count) * 1000).toFixed(2)} ms per opening`;
console.log(`${candidateCount.toLocaleString("en")} candidates × ${openingCount.toLocaleString("en")} openings, top 20 each (${fullLists} openings with 20 candidates)`);
console.log(`index:      built in ${buildSeconds.toFixed(2)} s; all ${openingCount} openings in ${indexSeconds.toFixed(2)} s, ${indexCpu.toFixed(2)} s CPU (${perOpening(indexSeconds, openingCount)})`);
console.log(
  `plain scan: ${scanCount} openings in ${scanSeconds.toFixed(2)} s, ${scanCpu.toFixed(2)} s CPU (${perOpening(scanSeconds, scanCount)})` +
    (scanCount < openingCount ? `, all ${openingCount} ≈ ${((scanSeconds / scanCount) * openingCount).toFixed(0)} s` : ""),
);
console.log(`speed-up ≈ ${(scanCpu / scanCount / (indexCpu / openingCount)).toFixed(0)}× (CPU); the same top 20 for all ${scanCount} openings compared`);

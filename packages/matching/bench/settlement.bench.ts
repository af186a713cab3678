/**
 * Settlement matching on generated instances of 1,000 and 5,000 households × the 357 municipalities
 * of 2024, next to the greedy baseline. Target: 5,000 households within 0.1 % of the bound in ≤ 60 s.
 * Usage: npm run bench -- settlement
 */
import { readFileSync } from "node:fs";
import { greedySettlement, solveSettlement } from "../src/index.ts";
import { generateSettlementInstance, type GeneratorMunicipality } from "../src/instance-generator.ts";

const csv = readFileSync(new URL("../../../../shared/data/municipalities-2024.csv", import.meta.url), "utf8");
const municipalities: GeneratorMunicipality[] = csv
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split(","))
  .map((fields) => ({ id: fields[0] ?? "", population: Number(fields[4]) }));

const cases = [
  { households: 1_000, seed: 1 },
  { households: 1_000, seed: 2 },
  { households: 5_000, seed: 1 },
  { households: 5_000, seed: 2 },
];

console.log("households seed  solve s   objective       bound     gap %  status    | greedy s  greedy obj  vs greedy %");
for (const { households, seed } of cases) {
  const instance = generateSettlementInstance({ households, seed, municipalities });
  const greedyStarted = performance.now();
  const greedy = greedySettlement(instance);
  const greedySeconds = (performance.now() - greedyStarted) / 1000;
  const result = await solveSettlement(instance, { timeLimitSeconds: 60 });
  const gap = ((result.bound - result.objective) / Math.abs(result.bound)) * 100;
  const gain = ((result.objective - greedy.objective) / Math.abs(greedy.objective)) * 100;
  console.log(
    [
      String(households).padStart(10),
      String(seed).padStart(4),
      result.solveSeconds.toFixed(1).padStart(8),
      result.objective.toFixed(1).padStart(11),
      result.bound.toFixed(1).padStart(11),
      gap.toFixed(3).padStart(9),
      result.status.padEnd(9),
      "|",
      greedySeconds.toFixed(2).padStart(8),
      greedy.objective.toFixed(1).padStart(11),
      gain.toFixed(2).padStart(12),
    ].join(" "),
  );
}

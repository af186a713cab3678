/**
 * Runs every benchmark (files ending in .bench.ts in a `bench` folder of a package or app) one
 * after the other, each in its own process so one cannot warm or load another. Each prints its own figures
 * next to a baseline measured in the same run. Usage: npm run bench [-- name-filter ... [--option value ...]]
 * (the options, from the first one starting with --, go to every bench chosen).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(import.meta.dirname, "..");
const firstOption = process.argv.slice(2).findIndex((arg) => arg.startsWith("--"));
const filters = firstOption < 0 ? process.argv.slice(2) : process.argv.slice(2, 2 + firstOption);
const benchOptions = firstOption < 0 ? [] : process.argv.slice(2 + firstOption);
const benches = ["packages", "apps"]
  .flatMap((group) => readdirSync(join(root, group)).map((name) => join(root, group, name, "bench")))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".bench.ts")).map((f) => join(dir, f)))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${relative(root, file)}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", file, ...benchOptions], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { ruleParameters } from "./parameters/rule-parameters.ts";
import { stepCataloguePath } from "./steps/step-catalogue.ts";

/**
 * `<newest parameter date>+<hash>`: the date says which law the rules reflect; the hash over the
 * data files (paths and contents, in a fixed order) changes with any edit, and is the same on every run.
 */
function computeRulesVersion(): string {
  const hash = createHash("sha256");
  const files = [...[...ruleParameters.all.values()].map((p) => p.path), stepCataloguePath].sort();
  for (const file of files) hash.update(relative(ruleParameters.root, file)).update("\0").update(readFileSync(file)).update("\0");
  let newest = "";
  for (const parameter of ruleParameters.all.values()) {
    for (const period of parameter.periods) {
      if (period.from > newest) newest = period.from;
      if (period.to !== undefined && period.to > newest) newest = period.to;
    }
  }
  return `${newest}+${hash.digest("hex").slice(0, 12)}`;
}

export const rulesVersion = computeRulesVersion();

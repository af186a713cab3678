import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ruleParameters } from "./rule-parameters.ts";

const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");

test("the README lists every temporary rule with its start, end, whether the end is confirmed and the last check", () => {
  const rows = [...readme.matchAll(/^\| `([^`]+)`[^|]*\| (\S+) \| (\S+) \| (yes|no) \| (\S+) \| <([^>]+)> \|$/gm)].map((m) => m.slice(1));
  const expected = [...ruleParameters.all.values()]
    .filter((parameter) => parameter.temporary)
    .flatMap((parameter) =>
      parameter.periods.map((period) => [parameter.name, period.from, period.to ?? "none", period.endConfirmed ? "yes" : "no", period.lastReviewed, period.reference.at(-1)!.href]),
    );
  assert.ok(expected.length > 0);
  assert.deepEqual(rows, expected);
});

test("the README lists every value not yet confirmed by the law's own text, with the value in use", () => {
  const section = readme.slice(readme.indexOf("## Facts not yet confirmed"), readme.indexOf("## Changing a rule"));
  const rows = [...section.matchAll(/^\| `([^`]+)` \| (\S+) \|/gm)].map((m) => [m[1], m[2]]);
  const expected = [...ruleParameters.all.values()]
    .filter((parameter) => parameter.periods.at(-1)!.unverified)
    .map((parameter) => [parameter.name, String(parameter.periods.at(-1)!.value)]);
  assert.ok(expected.length > 0);
  assert.deepEqual(rows.sort(), expected.sort());
});

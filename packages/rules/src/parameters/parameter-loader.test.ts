import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadParameterFile, loadParameterTree } from "./parameter-loader.ts";
import { periodAt, periodInForce } from "./parameter.ts";
import { RuleParameters } from "./rule-parameters.ts";
import { DataFileError } from "./yaml-file.ts";

const valid = `
description: test
unit: months
values:
  2020-01-01:
    value: 3
    reference: [{ title: "Lov § 1", href: "https://lovdata.no/" }]
    seed: 001 ch. 5.2
    lastReviewed: 2026-01-01
  2024-01-01:
    value: 6
    reference: [{ title: "Lov § 2", href: "https://lovdata.no/" }]
    seed: 001 ch. 5.2
    lastReviewed: 2026-01-01
    endConfirmed: true
  2025-01-01: null
`;

function expectFileError(text: string, path: string, pattern: RegExp) {
  assert.throws(
    () => loadParameterFile(path, "area/name", text),
    (error: unknown) => error instanceof DataFileError && error.message.startsWith(`${path}: `) && pattern.test(error.message),
  );
}

test("a lookup returns the newest value that started on or before the date, and null ends it", () => {
  const parameter = loadParameterFile("area/name.yaml", "area/name", valid);
  assert.equal(periodAt(parameter, "2019-12-31"), undefined);
  assert.equal(periodAt(parameter, "2020-01-01")?.value, 3);
  assert.equal(periodAt(parameter, "2023-12-31")?.value, 3);
  assert.equal(periodAt(parameter, "2024-01-01")?.value, 6);
  assert.equal(periodAt(parameter, "2024-12-31")?.value, 6);
  assert.equal(periodAt(parameter, "2025-01-01"), undefined);
});

test("past an end the law has not confirmed, the last value stays in force; past a confirmed end nothing applies", () => {
  const confirmed = loadParameterFile("area/name.yaml", "area/name", valid);
  assert.equal(periodInForce(confirmed, "2025-01-01"), undefined);
  const unconfirmed = loadParameterFile("area/name.yaml", "area/name", valid.replace("endConfirmed: true", "endConfirmed: false"));
  assert.equal(periodAt(unconfirmed, "2025-01-01"), undefined);
  assert.equal(periodInForce(unconfirmed, "2024-12-31")?.value, 6);
  assert.equal(periodInForce(unconfirmed, "2025-01-01")?.value, 6);
  assert.equal(periodInForce(unconfirmed, "2031-06-01")?.value, 6);
  assert.equal(periodInForce(unconfirmed, "2019-12-31"), undefined);
});

test("a value ended by null must say whether its end is confirmed, and only such a value may", () => {
  expectFileError(valid.replace("\n    endConfirmed: true", ""), "/p/a/end.yaml", /values\.2024-01-01\.endConfirmed: expected true or false/);
  expectFileError(valid.replace("lastReviewed: 2026-01-01\n  2024", "lastReviewed: 2026-01-01\n    endConfirmed: false\n  2024"), "/p/a/end2.yaml", /values\.2020-01-01\.endConfirmed: only a value ended by null/);
});

test("malformed YAML names the file", () => {
  expectFileError("description: [unclosed", "/params/area/broken.yaml", /broken|Flow|expected|Missing/i);
});

test("a duplicate key names the file", () => {
  expectFileError(valid.replace("unit: months", "unit: months\nunit: days"), "/params/area/dup.yaml", /unique/i);
});

test("a missing reference, a bad date and an unknown field are each reported with the file path", () => {
  expectFileError(valid.replace(/\n +reference: \[.*?\]/, ""), "/p/a/no-ref.yaml", /reference: is required/);
  expectFileError(valid.replace("2024-01-01:", "2024-02-30:"), "/p/a/bad-date.yaml", /2024-02-30: expected a real date/);
  expectFileError(valid.replace("unit: months", "unit: months\nunits: days"), "/p/a/extra.yaml", /units: is not a known field/);
  expectFileError(valid.replace("lastReviewed: 2026-01-01", "lastReviewed: soon"), "/p/a/review.yaml", /lastReviewed: expected a date YYYY-MM-DD/);
});

test("a rule cannot start with null", () => {
  expectFileError("description: x\nunit: y\nvalues:\n  2020-01-01: null\n", "/p/a/null.yaml", /cannot be null/);
});

test("a folder without index.yaml and a mistyped parameter are refused with the file path", (t) => {
  const root = mkdtempSync(join(tmpdir(), "velkomst-params-"));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "area"));
  writeFileSync(join(root, "area", "name.yaml"), valid);
  assert.throws(() => loadParameterTree(root), (e: unknown) => e instanceof DataFileError && e.path === join(root, "area", "index.yaml"));
  writeFileSync(join(root, "area", "index.yaml"), "description: test area\n");
  assert.equal(loadParameterTree(root).size, 1);
  assert.throws(() => new RuleParameters(root), (e: unknown) => e instanceof DataFileError && e.message.includes(root));
});

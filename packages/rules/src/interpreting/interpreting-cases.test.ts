/**
 * Runs the interpreting rule cases in `packages/rules/tests/interpreting/*.yaml`: each gives a date,
 * the seed line it rests on, and the exemption or the age check expected on that date.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Type } from "@sinclair/typebox";
import { loadYamlFile } from "../parameters/yaml-file.ts";
import { assertMatches } from "../plan/assert-matches.ts";
import { interpreterMinimumAge, mayInterpret, qualifiedInterpreterExemption } from "./interpreting-rules.ts";

const caseFileSchema = Type.Array(
  Type.Object(
    {
      name: Type.String({ minLength: 1 }),
      source: Type.String({ minLength: 1 }),
      asOf: Type.String({ format: "date" }),
      birthDate: Type.Optional(Type.String({ format: "date" })),
      expected: Type.Object({ exemption: Type.Optional(Type.Unknown()), mayInterpret: Type.Optional(Type.Boolean()), minimumAge: Type.Optional(Type.Number()) }, { additionalProperties: false }),
    },
    { additionalProperties: false },
  ),
);

const casesDir = join(import.meta.dirname, "..", "..", "tests", "interpreting");

for (const file of readdirSync(casesDir).filter((f) => f.endsWith(".yaml")).sort()) {
  for (const ruleCase of loadYamlFile(join(casesDir, file), caseFileSchema)) {
    test(`interpreting/${file}: ${ruleCase.name} [${ruleCase.source}]`, () => {
      const { expected, asOf } = ruleCase;
      if (expected.exemption !== undefined) assertMatches(qualifiedInterpreterExemption(asOf), expected.exemption, "exemption");
      if (expected.minimumAge !== undefined) assert.equal(interpreterMinimumAge(asOf), expected.minimumAge);
      if (expected.mayInterpret !== undefined) assert.equal(mayInterpret(ruleCase.birthDate!, asOf), expected.mayInterpret);
    });
  }
}

test("the exemption names the Interpreting Act while it is offered", () => {
  assert.match(qualifiedInterpreterExemption("2026-06-01").legalBasis.join(" "), /Tolkeloven/);
});

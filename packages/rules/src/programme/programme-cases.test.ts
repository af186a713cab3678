/**
 * Runs the programme rule cases in `packages/rules/tests/programme/*.yaml`: each gives a participant,
 * the date, the seed line or law it rests on, and fragments of the expected result (or the fields
 * expected to be rejected).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Type } from "@sinclair/typebox";
import { loadYamlFile } from "../parameters/yaml-file.ts";
import { assertMatches } from "../plan/assert-matches.ts";
import { evaluateProgramme } from "./evaluate-programme.ts";
import { programmeDeterminationsSchema } from "./programme-schema.ts";
import { validateParticipant } from "./validate-participant.ts";

const determinationIds = Object.keys(programmeDeterminationsSchema.properties) as (keyof typeof programmeDeterminationsSchema.properties)[];
const fragments = Type.Partial(Type.Object(Object.fromEntries(determinationIds.map((id) => [id, Type.Unknown()]))));

const programmeCaseFileSchema = Type.Array(
  Type.Object(
    {
      name: Type.String({ minLength: 1 }),
      source: Type.String({ minLength: 1, description: "seed and section with the words quoted, or the law" }),
      asOf: Type.String({ format: "date" }),
      input: Type.Record(Type.String(), Type.Unknown()),
      expected: fragments,
      whyIncludes: Type.Optional(Type.Record(Type.String(), Type.String(), { description: "determination id → words its `why` must contain" })),
      errors: Type.Optional(Type.Array(Type.String(), { description: "field paths expected to be rejected" })),
    },
    { additionalProperties: false },
  ),
);

const casesDir = join(import.meta.dirname, "..", "..", "tests", "programme");
let caseCount = 0;

for (const file of readdirSync(casesDir).filter((f) => f.endsWith(".yaml")).sort()) {
  for (const ruleCase of loadYamlFile(join(casesDir, file), programmeCaseFileSchema)) {
    caseCount += 1;
    test(`programme/${file}: ${ruleCase.name} [${ruleCase.source}]`, () => {
      const validation = validateParticipant({ ...ruleCase.input, asOf: ruleCase.asOf });
      if (ruleCase.errors) {
        assert.ok(!validation.ok, "expected the participant to be rejected");
        assert.deepEqual(validation.errors.map((e) => e.path).sort(), [...ruleCase.errors].sort());
        return;
      }
      assert.ok(validation.ok, `participant rejected: ${validation.ok ? "" : JSON.stringify(validation.errors)}`);
      const result = evaluateProgramme(validation.value);
      for (const [id, expected] of Object.entries(ruleCase.expected)) {
        assertMatches(result.determinations[id as keyof typeof result.determinations].value, expected, id);
      }
      for (const [id, words] of Object.entries(ruleCase.whyIncludes ?? {})) {
        const why = result.determinations[id as keyof typeof result.determinations].why;
        assert.ok(why.includes(words), `${id}.why "${why}" should contain "${words}"`);
      }
    });
  }
}

test("there are at least 40 programme rule cases", () => {
  assert.ok(caseCount >= 40, `only ${caseCount} cases`);
});

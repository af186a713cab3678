/**
 * Runs the rule cases in `packages/rules/tests/*.yaml`: each gives a profile, the date, the source
 * it rests on, and fragments of the expected plan (or the fields expected to be rejected).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Type } from "@sinclair/typebox";
import { loadYamlFile } from "../parameters/yaml-file.ts";
import { validateProfile } from "../profile/validate-profile.ts";
import { canonicalStepIds } from "../steps/step-catalogue.ts";
import { assertMatches } from "./assert-matches.ts";
import { evaluatePlan } from "./evaluate-plan.ts";
import type { Plan } from "./plan-schema.ts";

const stepIds = Type.Array(Type.Unsafe<string>({ type: "string", enum: [...canonicalStepIds] }));
const ruleCaseFileSchema = Type.Array(
  Type.Object(
    {
      name: Type.String({ minLength: 1 }),
      source: Type.String({ minLength: 1, description: "seed and section, or the law" }),
      asOf: Type.String({ format: "date" }),
      input: Type.Record(Type.String(), Type.Unknown()),
      expected: Type.Object(
        {
          idNumberType: Type.Optional(Type.String()),
          eeaRegistration: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
          norwegianTraining: Type.Optional(Type.Record(Type.String(), Type.Boolean())),
          introductionProgramme: Type.Optional(Type.Record(Type.String(), Type.Boolean())),
          regularGp: Type.Optional(Type.Record(Type.String(), Type.Boolean())),
          localVote: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
          children: Type.Optional(Type.Array(Type.Record(Type.String(), Type.Boolean()))),
          include: Type.Optional(stepIds),
          exclude: Type.Optional(stepIds),
          dueBy: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()]))),
          kind: Type.Optional(Type.Record(Type.String(), Type.String())),
          language: Type.Optional(Type.String()),
          why: Type.Optional(Type.Record(Type.String(), Type.Array(Type.String()), { description: "determination or step id → fragments its `why` contains" })),
          notInWhy: Type.Optional(Type.Record(Type.String(), Type.Array(Type.String()), { description: "determination or step id → fragments its `why` must not contain" })),
          cites: Type.Optional(Type.Record(Type.String(), Type.Array(Type.String()), { description: "determination id → fragments of provisions in its legalBasis" })),
          doesNotCite: Type.Optional(Type.Record(Type.String(), Type.Array(Type.String()))),
          ruleChecks: Type.Optional(Type.Record(Type.String(), Type.Array(Type.String()), { description: "determination or step id → reasons it is being checked ([] = none)" })),
          errors: Type.Optional(Type.Array(Type.String(), { description: "field paths expected to be rejected" })),
        },
        { additionalProperties: false },
      ),
    },
    { additionalProperties: false },
  ),
);

const determinationIds = ["idNumberType", "eeaRegistration", "norwegianTraining", "introductionProgramme", "regularGp", "localVote", "children"] as const;

const testsDir = join(import.meta.dirname, "..", "..", "tests");
const files = readdirSync(testsDir).filter((f) => f.endsWith(".yaml")).sort();
let caseCount = 0;

for (const file of files) {
  for (const ruleCase of loadYamlFile(join(testsDir, file), ruleCaseFileSchema)) {
    caseCount += 1;
    test(`${file}: ${ruleCase.name} [${ruleCase.source}]`, () => {
      const validation = validateProfile({ ...ruleCase.input, asOf: ruleCase.asOf });
      const { expected } = ruleCase;
      if (expected.errors) {
        assert.ok(!validation.ok, "expected the profile to be rejected");
        assert.deepEqual(validation.errors.map((e) => e.path).sort(), [...expected.errors].sort());
        return;
      }
      assert.ok(validation.ok, `profile rejected: ${validation.ok ? "" : JSON.stringify(validation.errors)}`);
      const plan: Plan = evaluatePlan(validation.value);
      for (const id of determinationIds) {
        if (expected[id] !== undefined) assertMatches(plan.determinations[id].value, expected[id], id);
      }
      const stepsById = new Map(plan.steps.map((step) => [step.id, step]));
      for (const id of expected.include ?? []) assert.ok(stepsById.has(id as never), `step ${id} should apply`);
      for (const id of expected.exclude ?? []) assert.ok(!stepsById.has(id as never), `step ${id} should not apply`);
      for (const [id, dueBy] of Object.entries(expected.dueBy ?? {})) assert.equal(stepsById.get(id as never)?.dueBy, dueBy, `${id}.dueBy`);
      for (const [id, kind] of Object.entries(expected.kind ?? {})) assert.equal(stepsById.get(id as never)?.kind, kind, `${id}.kind`);
      if (expected.language) assert.equal(plan.language, expected.language);
      const explained = (id: string) => {
        const found = (plan.determinations as Record<string, { why: string; legalBasis: string[]; ruleChecks?: { reason: string }[] }>)[id] ?? stepsById.get(id as never);
        assert.ok(found, `${id} is neither a determination nor a step in the plan`);
        return found;
      };
      for (const [id, fragments] of Object.entries(expected.why ?? {})) for (const f of fragments) assert.ok(explained(id).why.includes(f), `${id}.why should contain "${f}": ${explained(id).why}`);
      for (const [id, fragments] of Object.entries(expected.notInWhy ?? {})) for (const f of fragments) assert.ok(!explained(id).why.includes(f), `${id}.why should not contain "${f}": ${explained(id).why}`);
      const cited = (id: string, f: string) => explained(id).legalBasis.some((title) => title.includes(f));
      for (const [id, fragments] of Object.entries(expected.cites ?? {})) for (const f of fragments) assert.ok(cited(id, f), `${id} should cite "${f}"`);
      for (const [id, fragments] of Object.entries(expected.doesNotCite ?? {})) for (const f of fragments) assert.ok(!cited(id, f), `${id} should not cite "${f}"`);
      for (const [id, reasons] of Object.entries(expected.ruleChecks ?? {})) assert.deepEqual((explained(id).ruleChecks ?? []).map((c) => c.reason), reasons, `${id}.ruleChecks`);
    });
  }
}

test("there are at least 60 rule cases", () => {
  assert.ok(caseCount >= 60, `only ${caseCount} cases`);
});

/**
 * Runs the navigator cases in `packages/rules/tests/recognition/*.yaml`: each gives a question, the
 * date, the source the expected path rests on, and fragments of the expected answer (or the fields refused).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Type } from "@sinclair/typebox";
import { loadYamlFile } from "../parameters/yaml-file.ts";
import { evaluateRecognition } from "./evaluate-recognition.ts";
import { validateRecognitionQuestion } from "./validate-question.ts";
import { routeKinds, type RecognitionAnswer, type RecognitionRoute } from "./recognition-schema.ts";

const byKind = (description: string) => Type.Optional(Type.Record(Type.String({ pattern: "^[a-z-]+$" }), Type.Array(Type.String()), { description }));
const caseFileSchema = Type.Array(
  Type.Object(
    {
      name: Type.String({ minLength: 1 }),
      source: Type.String({ minLength: 1 }),
      asOf: Type.String({ format: "date" }),
      input: Type.Record(Type.String(), Type.Unknown()),
      expected: Type.Object(
        {
          regulated: Type.Optional(Type.Boolean()),
          occupation: Type.Optional(Type.String()),
          routes: Type.Optional(Type.Array(Type.Unsafe<string>({ type: "string", enum: [...routeKinds] }))),
          bodies: Type.Optional(Type.Array(Type.Union([Type.String(), Type.Null()]))),
          cites: byKind("kind → fragments of its legalBasis"),
          doesNotCite: byKind("kind → fragments its legalBasis must not contain"),
          steps: byKind("kind → fragments of its steps"),
          notInSteps: byKind("kind → fragments its steps must not contain"),
          why: byKind("kind → fragments of its why"),
          meanwhile: Type.Optional(Type.Array(Type.String())),
          verified: Type.Optional(Type.Record(Type.String(), Type.Boolean())),
          processingDays: Type.Optional(Type.Record(Type.String(), Type.Integer())),
          errors: Type.Optional(Type.Array(Type.String())),
        },
        { additionalProperties: false },
      ),
    },
    { additionalProperties: false },
  ),
);

const casesDir = join(import.meta.dirname, "..", "..", "tests", "recognition");

function route(answer: RecognitionAnswer, kind: string): RecognitionRoute {
  const found = answer.routes.find((candidate) => candidate.kind === kind);
  assert.ok(found, `no ${kind} route`);
  return found;
}

for (const file of readdirSync(casesDir).filter((f) => f.endsWith(".yaml")).sort()) {
  for (const navigatorCase of loadYamlFile(join(casesDir, file), caseFileSchema)) {
    test(`${file}: ${navigatorCase.name} (${navigatorCase.source})`, () => {
      const checked = validateRecognitionQuestion({ asOf: navigatorCase.asOf, ...navigatorCase.input });
      const expected = navigatorCase.expected;
      if (expected.errors) {
        assert.equal(checked.ok, false);
        if (!checked.ok) assert.deepEqual(checked.errors.map((e) => e.path).sort(), [...expected.errors].sort());
        return;
      }
      assert.ok(checked.ok, JSON.stringify(checked));
      const answer = evaluateRecognition(checked.value);
      if (expected.regulated !== undefined) assert.equal(answer.regulated, expected.regulated);
      if (expected.occupation) assert.equal(answer.occupation.id, expected.occupation);
      if (expected.routes) assert.deepEqual(answer.routes.map((r) => r.kind), expected.routes);
      if (expected.bodies) assert.deepEqual(answer.routes.map((r) => r.body?.id ?? null), expected.bodies);
      const contains = (list: Record<string, string[]> | undefined, texts: (r: RecognitionRoute) => string, present: boolean) => {
        for (const [kind, fragments] of Object.entries(list ?? {})) {
          const text = texts(route(answer, kind));
          for (const fragment of fragments) assert.equal(text.includes(fragment), present, `${kind}: ${present ? "expected" : "did not expect"} "${fragment}" in ${text}`);
        }
      };
      contains(expected.cites, (r) => r.legalBasis.join(" | "), true);
      contains(expected.doesNotCite, (r) => r.legalBasis.join(" | "), false);
      contains(expected.steps, (r) => r.steps.join(" | "), true);
      contains(expected.notInSteps, (r) => r.steps.join(" | "), false);
      contains(expected.why, (r) => r.why, true);
      for (const fragment of expected.meanwhile ?? []) assert.ok(answer.meanwhile.join(" ").includes(fragment), fragment);
      for (const [kind, verified] of Object.entries(expected.verified ?? {})) assert.equal(route(answer, kind).verified, verified, kind);
      for (const [kind, days] of Object.entries(expected.processingDays ?? {})) assert.equal(route(answer, kind).processingDays, days, kind);
    });
  }
}

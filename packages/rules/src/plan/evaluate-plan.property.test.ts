import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { createValidator } from "@velkomst/validation";
import { validateProfile } from "../profile/validate-profile.ts";
import { evaluatePlan } from "./evaluate-plan.ts";
import { planSchema } from "./plan-schema.ts";
import { validProfile } from "./profile-arbitrary.ts";

const validatePlan = createValidator(planSchema);
const runs = { numRuns: 400 };

test("every generated profile passes validation", () => {
  fc.assert(fc.property(validProfile, (profile) => validateProfile(profile).ok), runs);
});

test("every plan matches the published plan schema", () => {
  fc.assert(
    fc.property(validProfile, (profile) => {
      const result = validatePlan(evaluatePlan(profile));
      assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    }),
    runs,
  );
});

test("steps are unique and every `after` id appears earlier in the list", () => {
  fc.assert(
    fc.property(validProfile, (profile) => {
      const seen = new Set<string>();
      for (const step of evaluatePlan(profile).steps) {
        assert.ok(!seen.has(step.id), `duplicate ${step.id}`);
        for (const before of step.after) assert.ok(seen.has(before), `${step.id} after ${before}, which is not earlier`);
        seen.add(step.id);
      }
    }),
    runs,
  );
});

test("every step and determination has a title, a why and a legal basis, with no placeholder left", () => {
  fc.assert(
    fc.property(validProfile, (profile) => {
      const plan = evaluatePlan(profile);
      const items = [...Object.entries(plan.determinations), ...plan.steps.map((s) => [s.id, s] as const)];
      for (const [id, item] of items) {
        assert.ok(item.title.trim() && item.why.trim(), `${id}: empty text`);
        assert.ok(!/\{[a-zA-Z]+\}/.test(item.why), `${id}: unfilled placeholder in "${item.why}"`);
        assert.ok(item.legalBasis.length > 0 && item.legalBasis.every((basis) => basis.trim()), `${id}: no legal basis`);
      }
    }),
    runs,
  );
});

test("children come back one for one, in order", () => {
  fc.assert(
    fc.property(validProfile, (profile) => {
      assert.equal(evaluatePlan(profile).determinations.children.value.length, profile.children?.length ?? 0);
    }),
    runs,
  );
});

test("the same profile always gives the same plan", () => {
  fc.assert(
    fc.property(validProfile, (profile) => {
      assert.deepEqual(evaluatePlan(structuredClone(profile)), evaluatePlan(profile));
    }),
    runs,
  );
});

test("a registration deadline is given exactly when registration is required, and matches the step", () => {
  fc.assert(
    fc.property(validProfile, (profile) => {
      const plan = evaluatePlan(profile);
      const { required, deadline } = plan.determinations.eeaRegistration.value;
      assert.equal(deadline !== null, required);
      const step = plan.steps.find((s) => s.id === "eea-registration");
      assert.equal(step?.dueBy ?? null, deadline);
    }),
    runs,
  );
});

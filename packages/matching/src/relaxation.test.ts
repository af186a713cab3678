import { test } from "node:test";
import assert from "node:assert/strict";
import type { Highs } from "highs";
import { buildAssignmentModel } from "./assignment-model.ts";
import { compileInstance, type CompiledInstance } from "./compiled-instance.ts";
import { highsRuntime } from "./highs-runtime.ts";
import { obviousInfeasibility } from "./infeasibility.ts";
import { generateSettlementInstance } from "./instance-generator.ts";
import { lagrangianBound } from "./lagrangian-bound.ts";
import { solveRelaxation } from "./relaxation.ts";
import { fractionalValue, tinyInstance } from "./test-instances.ts";

/** The LP over every option at once, as the solver used to solve it. */
function wholeLpValue(highs: Highs, instance: CompiledInstance): number {
  const model = buildAssignmentModel(highs, instance, {
    keepOption: new Uint8Array(instance.optionScore.length).fill(1),
    forcePlace: new Uint8Array(instance.householdCount),
    capacity: instance.capacity,
    integer: false,
  });
  const solver = highs.createModel(model.data);
  try {
    solver.options.set({ output_flag: false });
    solver.run();
    return solver.getObjectiveValue() - instance.unplacedPenalty * instance.householdCount;
  } finally {
    solver.dispose();
  }
}

test("column generation reaches the value of the LP over every option, and its prices give that bound", async () => {
  const highs = await highsRuntime();
  const instances = [
    ...[1, 2].map((seed) => generateSettlementInstance({ households: 400, seed })),
    ...Array.from({ length: 30 }, (_, seed) => tinyInstance(seed + 1, 8, 4)),
  ];
  for (const [index, instance] of instances.entries()) {
    const compiled = compileInstance(instance);
    // The solver stops earlier on those (a mustPlace household without a usable candidate has no row at all).
    if (obviousInfeasibility(compiled)) continue;
    const relaxation = solveRelaxation(highs, compiled, 30, 0);
    if (relaxation.status === "infeasible") continue;
    assert.equal(relaxation.status, "solved", `instance ${index}`);
    const whole = wholeLpValue(highs, compiled);
    const value = fractionalValue(compiled, relaxation.optionValue);
    const bound = lagrangianBound(compiled, relaxation.prices).bound;
    const tolerance = 1e-6 * Math.max(1, Math.abs(whole));
    assert.ok(Math.abs(value - whole) <= tolerance, `instance ${index}: ${value} vs whole LP ${whole}`);
    assert.ok(Math.abs(bound - whole) <= tolerance, `instance ${index}: bound ${bound} vs whole LP ${whole}`);
  }
});

test("an infeasible LP is reported as infeasible even though it starts from few options", async () => {
  const highs = await highsRuntime();
  const instance = compileInstance({
    dimensions: ["persons"],
    municipalities: [
      { id: "a", capacity: { persons: 4 } },
      { id: "b", capacity: { persons: 4 } },
    ],
    households: ["x", "y", "z"].map((id) => ({
      id,
      use: { persons: 3 },
      candidates: [
        { municipality: "a", score: 1 },
        { municipality: "b", score: 1 },
      ],
      mustPlace: true,
    })),
  });
  // 9 persons must fit in 8 places: the obvious check catches this too, but here the LP must prove it on its own.
  assert.equal(solveRelaxation(highs, instance, 10, 0).status, "infeasible");
});

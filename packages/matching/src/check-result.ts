import assert from "node:assert/strict";
import type { SettlementInstance, SettlementResult } from "./settlement-schema.ts";

/** Asserts the contract's invariants of a result for its instance. */
export function assertValidResult(instance: SettlementInstance, result: SettlementResult): void {
  const households = new Map(instance.households.map((h) => [h.id, h]));
  const seen = new Set<string>();
  for (const id of [...result.assignments.map((a) => a.household), ...result.unplaced]) {
    assert.ok(households.has(id), `unknown household ${id}`);
    assert.ok(!seen.has(id), `household ${id} appears twice`);
    seen.add(id);
  }
  assert.equal(seen.size, households.size, "every household appears once");

  const used = new Map<string, Record<string, number>>();
  let objective = -(instance.unplacedPenalty ?? 0) * result.unplaced.length;
  for (const { household: id, municipality } of result.assignments) {
    const household = households.get(id);
    const candidate = household?.candidates.find((c) => c.municipality === municipality);
    assert.ok(household && candidate, `${id} placed in ${municipality}, which is not a candidate`);
    objective += candidate.score;
    const load = used.get(municipality) ?? {};
    for (const d of instance.dimensions) load[d] = (load[d] ?? 0) + (household.use[d] ?? 0);
    used.set(municipality, load);
  }
  for (const municipality of instance.municipalities) {
    for (const d of instance.dimensions) {
      const load = used.get(municipality.id)?.[d] ?? 0;
      assert.ok(load <= (municipality.capacity[d] ?? 0) + 1e-9, `${municipality.id} over capacity in ${d}`);
    }
  }
  if (result.status !== "infeasible") {
    for (const id of result.unplaced) assert.ok(!households.get(id)?.mustPlace, `mustPlace household ${id} left unplaced`);
  }
  assert.ok(Math.abs(result.objective - objective) <= 1e-6 * Math.max(1, Math.abs(objective)), "objective equals the recomputed sum");
  assert.ok(result.bound >= result.objective - 1e-6, "bound ≥ objective");
  for (const id of households.keys()) assert.ok(result.explanations[id], `explanation for ${id}`);
}

import type { PlanStep } from "./plan-schema.ts";

/** True when every step comes after the steps it names in `after`. */
function followsAfter(steps: readonly PlanStep[]): boolean {
  const seen = new Set<string>();
  for (const step of steps) {
    if (step.after.some((id) => !seen.has(id))) return false;
    seen.add(step.id);
  }
  return true;
}

/**
 * Steps with a deadline in date order, the soonest first: they swap places among themselves and the
 * steps without one keep theirs. Kept as given when the date order would put a step before one it
 * must follow ("do the steps in this order" must stay true).
 */
export function orderByDeadline(steps: readonly PlanStep[]): PlanStep[] {
  const slots = steps.flatMap((step, index) => (step.dueBy ? [index] : []));
  const byDate = slots.map((index) => steps[index]!).sort((a, b) => a.dueBy!.localeCompare(b.dueBy!));
  const ordered = [...steps];
  slots.forEach((slot, rank) => (ordered[slot] = byDate[rank]!));
  return followsAfter(ordered) ? ordered : [...steps];
}

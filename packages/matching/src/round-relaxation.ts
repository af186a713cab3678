import type { CompiledInstance } from "./compiled-instance.ts";
import { Placement } from "./placement.ts";

/** Households the LP places wholly in one municipality, placed there. */
export function integralPart(instance: CompiledInstance, optionValue: Float64Array): Placement {
  const placement = new Placement(instance);
  optionValue.forEach((value, option) => {
    const household = instance.optionHousehold[option] ?? 0;
    if (value > 1 - 1e-6 && placement.fits(household, option)) placement.place(household, option);
  });
  return placement;
}

/**
 * Completes a placement from the LP solution: the free households' options in decreasing LP value
 * (mustPlace households first), ties by increasing Lagrangian loss, each taken if it still fits.
 */
export function completeFromRelaxation(base: Placement, optionValue: Float64Array, optionLoss: Float64Array): Placement {
  const { optionHousehold, mustPlace } = base.instance;
  const free = Array.from(optionValue.keys()).filter((option) => (base.chosen[optionHousehold[option] ?? 0] ?? -1) < 0);
  free.sort((a, b) => {
    const urgency = (mustPlace[optionHousehold[b] ?? 0] ?? 0) - (mustPlace[optionHousehold[a] ?? 0] ?? 0);
    if (urgency !== 0) return urgency;
    const byValue = (optionValue[b] ?? 0) - (optionValue[a] ?? 0);
    return Math.abs(byValue) > 1e-9 ? byValue : (optionLoss[a] ?? 0) - (optionLoss[b] ?? 0);
  });
  const placement = base.clone();
  for (const option of free) {
    const household = optionHousehold[option] ?? 0;
    if ((placement.chosen[household] ?? -1) < 0 && placement.fits(household, option)) placement.place(household, option);
  }
  return placement;
}

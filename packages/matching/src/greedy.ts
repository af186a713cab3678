import type { CompiledInstance } from "./compiled-instance.ts";
import { Placement } from "./placement.ts";

/** Highest score first, respecting capacities; mustPlace households go before all others. */
export function greedyPlacement(instance: CompiledInstance): Placement {
  const { optionHousehold, optionScore, mustPlace } = instance;
  const order = Array.from(optionScore.keys()).sort((a, b) => {
    const urgency = (mustPlace[optionHousehold[b] ?? 0] ?? 0) - (mustPlace[optionHousehold[a] ?? 0] ?? 0);
    return urgency !== 0 ? urgency : (optionScore[b] ?? 0) - (optionScore[a] ?? 0);
  });
  const placement = new Placement(instance);
  for (const option of order) {
    const household = optionHousehold[option] ?? 0;
    if ((placement.chosen[household] ?? -1) < 0 && placement.fits(household, option)) placement.place(household, option);
  }
  return placement;
}

/**
 * Moves single households to a better-scored candidate with room left until none can improve.
 * Afterwards no household could get a better candidate without displacing someone: the explanations rely on that.
 */
export function improveByMoves(placement: Placement): void {
  const { householdCount, optionStart, optionScore } = placement.instance;
  for (let improved = true; improved; ) {
    improved = false;
    for (let h = 0; h < householdCount; h++) {
      let best = -1;
      let bestValue = placement.value(h);
      for (let option = optionStart[h] ?? 0; option < (optionStart[h + 1] ?? 0); option++) {
        const score = optionScore[option] ?? 0;
        if (score > bestValue && option !== placement.chosen[h] && placement.fits(h, option)) {
          best = option;
          bestValue = score;
        }
      }
      if (best >= 0) {
        placement.place(h, best);
        improved = true;
      }
    }
  }
}

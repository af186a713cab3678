import type { Highs } from "highs";
import { solveAssignmentMip, type MipSettings } from "./assignment-mip.ts";
import { improveByMoves } from "./greedy.ts";
import { mulberry32 } from "./instance-generator.ts";
import type { Placement } from "./placement.ts";

/** Municipalities reopened per round: enough for chains of swaps, few enough for a MIP of seconds. */
const MUNICIPALITIES_PER_ROUND = 30;
const SECONDS_PER_ROUND = 4;

/**
 * Large-neighbourhood search: reopen a random group of municipalities, free the households placed
 * there and the unplaced ones, and let a small MIP reassign them among those municipalities (the
 * incumbent is its start, so a round never makes things worse). Stops at the deadline or target.
 */
export function neighbourhoodSearch(highs: Highs, incumbent: Placement, target: number, secondsLeft: () => number, settings: MipSettings): Placement {
  const instance = incumbent.instance;
  const random = mulberry32(settings.seed + 1);
  let best = incumbent;
  while (secondsLeft() > 1 && best.objective() < target) {
    const open = new Uint8Array(instance.municipalityCount);
    for (let picked = 0; picked < MUNICIPALITIES_PER_ROUND; picked++) open[Math.floor(random() * instance.municipalityCount)] = 1;
    const base = best.clone();
    best.chosen.forEach((option, household) => {
      if (option >= 0 && open[instance.optionMunicipality[option] ?? 0]) base.unplace(household);
    });
    const keepOption = Uint8Array.from(instance.optionHousehold, (household, option) =>
      (base.chosen[household] ?? -1) < 0 && open[instance.optionMunicipality[option] ?? 0] ? 1 : 0,
    );
    const round = solveAssignmentMip(
      highs,
      instance,
      { base, keepOption, forcePlace: new Uint8Array(instance.householdCount), start: best },
      { ...settings, timeLimitSeconds: Math.min(SECONDS_PER_ROUND, secondsLeft()) },
    );
    if (round.placement && round.placement.isFeasible()) {
      improveByMoves(round.placement);
      if (round.placement.objective() > best.objective() + 1e-9) best = round.placement;
    }
  }
  return best;
}

import { improveByMoves } from "./greedy.ts";
import type { Placement } from "./placement.ts";

const GAIN_TOLERANCE = 1e-9;

/**
 * Moves that make room: household h takes a better-scored option o in a municipality that is
 * full, because one household g placed there moves on to another of its candidates (or out, if
 * it need not be placed) and the two changes together raise the objective. Single moves cannot
 * do this, and rounding leaves such chances when many households compete for small
 * municipalities with equal scores (the demo batch: rounding 2,177.95, optimum 2,287.21).
 * Ends with single moves, so the explanations' guarantee still holds. Stops at the deadline
 * (performance.now() milliseconds): a pass over 5,000 households can take long.
 */
export function improveByEjections(placement: Placement, deadline: number): void {
  const { householdCount, municipalityCount, optionStart, optionScore, optionMunicipality } = placement.instance;
  const occupants: number[][] = Array.from({ length: municipalityCount }, () => []);
  placement.chosen.forEach((option, household) => {
    if (option >= 0) occupants[optionMunicipality[option] ?? 0]?.push(household);
  });
  const move = (household: number, option: number): void => {
    const from = placement.chosen[household] ?? -1;
    if (from >= 0) {
      const list = occupants[optionMunicipality[from] ?? 0] ?? [];
      list.splice(list.indexOf(household), 1);
    }
    if (option >= 0) {
      placement.place(household, option);
      occupants[optionMunicipality[option] ?? 0]?.push(household);
    } else placement.unplace(household);
  };

  for (let improved = true; improved && performance.now() < deadline; ) {
    improved = false;
    for (let h = 0; h < householdCount && performance.now() < deadline; h++) {
      for (let option = optionStart[h] ?? 0; option < (optionStart[h + 1] ?? 0); option++) {
        const gainOfH = (optionScore[option] ?? 0) - placement.value(h);
        if (gainOfH <= GAIN_TOLERANCE || placement.fits(h, option)) continue;
        const ejection = bestEjection(placement, occupants[optionMunicipality[option] ?? 0] ?? [], h, option, gainOfH);
        if (!ejection) continue;
        move(ejection.household, -1);
        move(h, option);
        move(ejection.household, ejection.option);
        improved = true;
        break;
      }
    }
  }
  improveByMoves(placement);
}

/**
 * The occupant of h's wanted municipality whose departure lets h in and whose own next place
 * (option, or −1 for out) loses least, if h's gain outweighs that loss. Leaves the placement as found.
 */
function bestEjection(placement: Placement, occupants: number[], h: number, wanted: number, gainOfH: number): { household: number; option: number } | undefined {
  const { optionStart, optionScore, optionMunicipality, mustPlace, unplacedPenalty } = placement.instance;
  const wantedMunicipality = optionMunicipality[wanted] ?? 0;
  const hFrom = placement.chosen[h] ?? -1;
  let best: { household: number; option: number } | undefined;
  let bestGain = GAIN_TOLERANCE;
  for (const g of occupants) {
    const gFrom = placement.chosen[g] ?? -1;
    const gValue = placement.value(g);
    placement.unplace(g);
    placement.unplace(h);
    if (placement.fits(h, wanted)) {
      placement.place(h, wanted);
      if (!mustPlace[g] && gainOfH - gValue - unplacedPenalty > bestGain) {
        bestGain = gainOfH - gValue - unplacedPenalty;
        best = { household: g, option: -1 };
      }
      for (let option = optionStart[g] ?? 0; option < (optionStart[g + 1] ?? 0); option++) {
        if (optionMunicipality[option] === wantedMunicipality) continue;
        const gain = gainOfH + (optionScore[option] ?? 0) - gValue;
        if (gain > bestGain && placement.fits(g, option)) {
          bestGain = gain;
          best = { household: g, option };
        }
      }
      placement.unplace(h);
    }
    if (hFrom >= 0) placement.place(h, hFrom);
    placement.place(g, gFrom);
  }
  return best;
}

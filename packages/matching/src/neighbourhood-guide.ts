import type { CompiledInstance } from "./compiled-instance.ts";
import { EXACT_KNAPSACK_WORK, KnapsackRelaxation } from "./knapsack-bound.ts";
import type { Placement } from "./placement.ts";

/** Every municipality's weight in the draw, beyond its loss: once the lossy ones are drawn, the rest fill the round at random. */
const MIN_WEIGHT = 1e-3;

/** The prices a guide is made at (all a helper thread needs to make the same one). */
export interface GuidePrices {
  /** Per municipality × dimension, λ: prices the dimensions a programme too large leaves out (see KnapsackRelaxation). */
  capacity: Float64Array;
  /** Per household, u. */
  household: Float64Array;
}

/**
 * Where a settlement falls short of the bound, to choose the households a search round reopens.
 * At household prices u, K(u) − objective = Σ_m loss_m + Σ_{h unplaced} u_h, where
 *   loss_m = KP_m(u) − Σ_{h placed in m} (score + unplacedPenalty − u_h) ≥ 0
 * (the households placed in m are one filling of it, and KP_m(u), or the upper bound the knapsacks
 * give for it, is at least what any filling is worth). At the filling
 * master's prices, a settlement within 0.1 % of instance 1 (1,000 households) has losses in only
 * 20–24 of the 357 municipalities; the households that settle them are those placed there and
 * those their best fillings want.
 */
export class NeighbourhoodGuide {
  /** Per municipality, KP_m(u). */
  private readonly bestValue: Float64Array;
  /** Per option, 1 if its municipality's best filling holds it. */
  readonly wanted: Uint8Array;
  /** Per municipality, the households its best filling holds. */
  private readonly wantedAt: number[][];

  constructor(
    private readonly instance: CompiledInstance,
    readonly prices: GuidePrices,
  ) {
    this.wanted = new Uint8Array(instance.optionScore.length);
    this.bestValue = new KnapsackRelaxation(instance, prices.capacity, EXACT_KNAPSACK_WORK).municipalityValues(prices.household, this.wanted);
    this.wantedAt = Array.from({ length: instance.municipalityCount }, () => []);
    this.wanted.forEach((inFilling, option) => {
      if (inFilling) this.wantedAt[instance.optionMunicipality[option] ?? 0]?.push(instance.optionHousehold[option] ?? 0);
    });
  }

  /** Each municipality's loss in the settlement. */
  losses(placement: Placement): Float64Array {
    const { householdCount, optionMunicipality, optionScore, unplacedPenalty } = this.instance;
    const loss = Float64Array.from(this.bestValue);
    for (let h = 0; h < householdCount; h++) {
      const option = placement.chosen[h] ?? -1;
      if (option < 0) continue;
      const m = optionMunicipality[option] ?? 0;
      loss[m] = (loss[m] ?? 0) - ((optionScore[option] ?? 0) + unplacedPenalty - (this.prices.household[h] ?? 0));
    }
    return loss;
  }

  /**
   * Marks in `reopen` at least `size` households (or all): municipalities are drawn without
   * replacement in proportion to their loss, and each drawn one reopens the households placed
   * there and those its best filling wants.
   */
  draw(placement: Placement, size: number, random: () => number, reopen: Uint8Array): void {
    const { municipalityCount, householdCount, optionMunicipality } = this.instance;
    const weight = this.losses(placement).map((loss) => Math.max(0, loss) + MIN_WEIGHT);
    const placedAt: number[][] = Array.from({ length: municipalityCount }, () => []);
    for (let h = 0; h < householdCount; h++) {
      const option = placement.chosen[h] ?? -1;
      if (option >= 0) placedAt[optionMunicipality[option] ?? 0]?.push(h);
    }
    let total = weight.reduce((sum, w) => sum + w, 0);
    let count = 0;
    const open = (h: number): void => {
      if (!reopen[h]) count++;
      reopen[h] = 1;
    };
    for (let draws = 0; count < size && draws < municipalityCount; draws++) {
      let pick = random() * total;
      let m = 0;
      for (; m < municipalityCount - 1 && pick >= (weight[m] ?? 0); m++) pick -= weight[m] ?? 0;
      total -= weight[m] ?? 0;
      weight[m] = 0;
      for (const h of placedAt[m] ?? []) open(h);
      for (const h of this.wantedAt[m] ?? []) open(h);
    }
  }
}

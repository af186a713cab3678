import type { CompiledInstance } from "./compiled-instance.ts";

/** Capacity comparisons allow for the rounding of fractional use values. */
const CAPACITY_TOLERANCE = 1e-9;

/**
 * A (partial) settlement under construction: the chosen option of each household (−1 = unplaced)
 * and the capacity left in every municipality and dimension.
 */
export class Placement {
  readonly chosen: Int32Array;
  readonly remaining: Float64Array;

  constructor(readonly instance: CompiledInstance) {
    this.chosen = new Int32Array(instance.householdCount).fill(-1);
    this.remaining = Float64Array.from(instance.capacity);
  }

  clone(): Placement {
    const copy = new Placement(this.instance);
    copy.chosen.set(this.chosen);
    copy.remaining.set(this.remaining);
    return copy;
  }

  fits(household: number, option: number): boolean {
    const { dimensionCount, use, optionMunicipality } = this.instance;
    const base = (optionMunicipality[option] ?? 0) * dimensionCount;
    for (let d = 0; d < dimensionCount; d++) {
      if ((use[household * dimensionCount + d] ?? 0) > (this.remaining[base + d] ?? 0) + CAPACITY_TOLERANCE) return false;
    }
    return true;
  }

  place(household: number, option: number): void {
    this.unplace(household);
    this.adjust(household, option, -1);
    this.chosen[household] = option;
  }

  unplace(household: number): void {
    const current = this.chosen[household] ?? -1;
    if (current < 0) return;
    this.adjust(household, current, 1);
    this.chosen[household] = -1;
  }

  /** Objective contribution of a household: its chosen score, or −unplacedPenalty. */
  value(household: number): number {
    const option = this.chosen[household] ?? -1;
    return option < 0 ? -this.instance.unplacedPenalty : (this.instance.optionScore[option] ?? 0);
  }

  objective(): number {
    let total = 0;
    for (let h = 0; h < this.instance.householdCount; h++) total += this.value(h);
    return total;
  }

  /** Every capacity respected and every mustPlace household placed, recounted from the choices alone. */
  isFeasible(): boolean {
    const { mustPlace, householdCount, dimensionCount, use, optionMunicipality, capacity } = this.instance;
    const used = new Float64Array(capacity.length);
    for (let h = 0; h < householdCount; h++) {
      const option = this.chosen[h] ?? -1;
      if (option < 0) {
        if (mustPlace[h]) return false;
        continue;
      }
      const base = (optionMunicipality[option] ?? 0) * dimensionCount;
      for (let d = 0; d < dimensionCount; d++) used[base + d] = (used[base + d] ?? 0) + (use[h * dimensionCount + d] ?? 0);
    }
    return used.every((amount, index) => amount <= (capacity[index] ?? 0) + CAPACITY_TOLERANCE);
  }

  private adjust(household: number, option: number, sign: 1 | -1): void {
    const { dimensionCount, use, optionMunicipality } = this.instance;
    const base = (optionMunicipality[option] ?? 0) * dimensionCount;
    for (let d = 0; d < dimensionCount; d++) {
      this.remaining[base + d] = (this.remaining[base + d] ?? 0) + sign * (use[household * dimensionCount + d] ?? 0);
    }
  }
}

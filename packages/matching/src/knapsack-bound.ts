import type { CompiledInstance } from "./compiled-instance.ts";

/**
 * Largest dynamic programme (states × items) over several dimensions for one municipality; above
 * it the other dimensions are priced. Measured on 5,000 households, 100 rounds: 2,000,000 gives
 * K = 21,243.39 at 0.12 s a round, 200,000 gives 21,243.58 at 0.08 s, 20,000 gives 21,244.98 at 0.04 s.
 */
const MAX_KNAPSACK_WORK = 200_000;
/**
 * The same limit for the filling master, whose new fillings must respect every dimension: with the
 * other dimensions priced, the fillings it generates for the cities break one and, cut back to fit,
 * no longer price out (1,000 households: the master's LP stuck at 4,205.34 with K at its duals
 * 4,210.05; exact, it meets K at 4,206.2). 1,000 households' largest city: 3.2 million, 5 ms.
 */
export const EXACT_KNAPSACK_WORK = 5_000_000;
const EPSILON = 1e-12;

/**
 * The bound of Fisher's Lagrangian relaxation of the assignment rows: with a price u_h for each
 * household (u_h ≥ 0, free when it must be placed),
 *   K(u) = Σ_h u_h − unplacedPenalty × households + Σ_m KP_m(u)
 * where KP_m(u) is the best filling of municipality m's capacities with households at profit
 * score + penalty − u_h, each at most once. Every settlement is a feasible filling of each
 * municipality, so K(u) ≥ its objective for every u. It is at least as strong as the LP bound
 * (K at the LP duals is at most the LP value) because each KP_m is solved in integers, by dynamic
 * programming over the dimensions it can exceed.
 *
 * When that programme would be too large (a large municipality) or a use is fractional, the
 * other dimensions are relaxed with the LP capacity prices λ (valid for any λ ≥ 0) and the
 * programme runs over one dimension; failing that, over none (the LP bound of the priced knapsack).
 * Either stays an upper bound, only a little weaker there.
 */
export class KnapsackRelaxation {
  /** Options of municipality m: municipalityOptions[municipalityStart[m] … municipalityStart[m+1]−1]. */
  private readonly municipalityStart: Int32Array;
  private readonly municipalityOptions: Int32Array;
  /** Per municipality × dimension: 1 if every option there uses a whole number of it. */
  private readonly integralUse: Uint8Array;
  private values = new Float64Array(1024);
  private choices = new Uint8Array(1 << 16);

  constructor(
    private readonly instance: CompiledInstance,
    private readonly capacityPrices: Float64Array,
    /** States × items above which dimensions are priced instead (smaller in tests, to reach those paths). */
    private readonly maxWork = MAX_KNAPSACK_WORK,
  ) {
    const { municipalityCount, dimensionCount, optionMunicipality, optionHousehold, use } = instance;
    this.municipalityStart = new Int32Array(municipalityCount + 1);
    optionMunicipality.forEach((m) => (this.municipalityStart[m + 1] = (this.municipalityStart[m + 1] ?? 0) + 1));
    for (let m = 0; m < municipalityCount; m++) this.municipalityStart[m + 1] = (this.municipalityStart[m + 1] ?? 0) + (this.municipalityStart[m] ?? 0);
    const next = this.municipalityStart.slice(0, municipalityCount);
    this.municipalityOptions = new Int32Array(optionMunicipality.length);
    optionMunicipality.forEach((m, option) => {
      const slot = next[m] ?? 0;
      this.municipalityOptions[slot] = option;
      next[m] = slot + 1;
    });
    this.integralUse = new Uint8Array(municipalityCount * dimensionCount).fill(1);
    optionMunicipality.forEach((m, option) => {
      const h = optionHousehold[option] ?? 0;
      for (let d = 0; d < dimensionCount; d++) if (!Number.isInteger(use[h * dimensionCount + d] ?? 0)) this.integralUse[m * dimensionCount + d] = 0;
    });
  }

  /** K(u), and in `taken` (per option) which options the municipalities' best fillings contain. */
  evaluate(householdPrices: Float64Array, taken: Uint8Array): number {
    const { householdCount, unplacedPenalty } = this.instance;
    let total = -unplacedPenalty * householdCount;
    for (let h = 0; h < householdCount; h++) total += householdPrices[h] ?? 0;
    for (const value of this.municipalityValues(householdPrices, taken)) total += value;
    return total;
  }

  /** Each municipality's KP_m(u) (or the upper bound on it, see the class comment), and in `taken` the options of its best filling. */
  municipalityValues(householdPrices: Float64Array, taken: Uint8Array): Float64Array {
    taken.fill(0);
    return Float64Array.from({ length: this.instance.municipalityCount }, (_, m) => this.municipalityValue(m, householdPrices, taken));
  }

  /** KP_m(u) or an upper bound on it (see the class comment); marks the options of the filling found. */
  private municipalityValue(m: number, householdPrices: Float64Array, taken: Uint8Array): number {
    const { dimensionCount, use, optionHousehold, optionScore, unplacedPenalty, capacity } = this.instance;
    const items: number[] = [];
    const profits: number[] = [];
    const demand = new Float64Array(dimensionCount);
    for (let index = this.municipalityStart[m] ?? 0; index < (this.municipalityStart[m + 1] ?? 0); index++) {
      const option = this.municipalityOptions[index] ?? 0;
      const h = optionHousehold[option] ?? 0;
      const profit = (optionScore[option] ?? 0) + unplacedPenalty - (householdPrices[h] ?? 0);
      if (profit <= EPSILON) continue;
      items.push(option);
      profits.push(profit);
      for (let d = 0; d < dimensionCount; d++) demand[d] = (demand[d] ?? 0) + (use[h * dimensionCount + d] ?? 0);
    }
    // Only the dimensions these households could exceed constrain the filling.
    let binding = Array.from({ length: dimensionCount }, (_, d) => d).filter((d) => (demand[d] ?? 0) > (capacity[m * dimensionCount + d] ?? 0) + 1e-9);
    const states = (dimensions: number[]): number =>
      dimensions.reduce((product, d) => product * (Math.floor(capacity[m * dimensionCount + d] ?? 0) + 1), 1) * items.length;
    const integral = (d: number): boolean => this.integralUse[m * dimensionCount + d] === 1;

    let relaxedValue = 0;
    if (binding.length > 0 && !(binding.every(integral) && states(binding) <= this.maxWork)) {
      // Keep the most overloaded dimension that a programme can handle; price the others.
      const overload = (d: number): number => (demand[d] ?? 0) / Math.max(capacity[m * dimensionCount + d] ?? 0, 1e-9);
      const workable = binding.filter((d) => integral(d) && states([d]) <= this.maxWork).sort((a, b) => overload(b) - overload(a));
      const kept = workable[0] ?? binding.slice().sort((a, b) => overload(b) - overload(a))[0] ?? 0;
      let count = 0;
      for (let i = 0; i < items.length; i++) {
        const h = optionHousehold[items[i] ?? 0] ?? 0;
        let profit = profits[i] ?? 0;
        for (const d of binding) if (d !== kept) profit -= (this.capacityPrices[m * dimensionCount + d] ?? 0) * (use[h * dimensionCount + d] ?? 0);
        if (profit <= EPSILON) continue;
        items[count] = items[i] ?? 0;
        profits[count++] = profit;
      }
      items.length = count;
      profits.length = count;
      for (const d of binding) if (d !== kept) relaxedValue += (this.capacityPrices[m * dimensionCount + d] ?? 0) * (capacity[m * dimensionCount + d] ?? 0);
      const keptDemand = items.reduce((sum, option) => sum + (use[(optionHousehold[option] ?? 0) * dimensionCount + kept] ?? 0), 0);
      binding = keptDemand > (capacity[m * dimensionCount + kept] ?? 0) + 1e-9 ? [kept] : [];
      if (binding.length > 0 && workable.length === 0) return relaxedValue + this.fractionalValue(m, kept, items, profits, taken);
    }
    if (binding.length === 0) {
      items.forEach((option) => (taken[option] = 1));
      return relaxedValue + profits.reduce((sum, profit) => sum + profit, 0);
    }
    return relaxedValue + this.programmeValue(m, binding, items, profits, taken);
  }

  /** Exact 0–1 knapsack over the given dimensions (whole-number uses) by dynamic programming. */
  private programmeValue(m: number, dimensions: number[], items: number[], profits: number[], taken: Uint8Array): number {
    const { dimensionCount, use, optionHousehold, capacity } = this.instance;
    const extent = dimensions.map((d) => Math.floor((capacity[m * dimensionCount + d] ?? 0) + 1e-9) + 1);
    const stride: number[] = [];
    let size = 1;
    for (const e of extent) {
      stride.push(size);
      size *= e;
    }
    const n = items.length;
    if (this.values.length < size) this.values = new Float64Array(size * 2);
    if (this.choices.length < size * n) this.choices = new Uint8Array(size * n * 2);
    const values = this.values;
    const choices = this.choices;
    values.fill(0, 0, size);
    choices.fill(0, 0, size * n);
    const row = extent[0] ?? 1;
    const outerCount = size / row;
    const itemUse = dimensions.map(() => 0);
    for (let i = 0; i < n; i++) {
      const h = optionHousehold[items[i] ?? 0] ?? 0;
      const profit = profits[i] ?? 0;
      dimensions.forEach((d, k) => (itemUse[k] = use[h * dimensionCount + d] ?? 0));
      const inner = itemUse[0] ?? 0;
      let outerOffset = 0;
      for (let k = 1; k < dimensions.length; k++) outerOffset += (itemUse[k] ?? 0) * (stride[k] ?? 0);
      const base = i * size;
      for (let outer = outerCount - 1; outer >= 0; outer--) {
        const start = outer * row;
        if (start < outerOffset) break;
        // Each outer coordinate must be at least the item's use in that dimension.
        let fits = true;
        for (let k = 1, rest = outer; k < dimensions.length; k++) {
          const e = extent[k] ?? 1;
          const coordinate = rest % e;
          rest = (rest - coordinate) / e;
          if (coordinate < (itemUse[k] ?? 0)) {
            fits = false;
            break;
          }
        }
        if (!fits) continue;
        const from = start - outerOffset - inner;
        for (let c = row - 1; c >= inner; c--) {
          const value = (values[from + c] ?? 0) + profit;
          if (value > (values[start + c] ?? 0)) {
            values[start + c] = value;
            choices[base + start + c] = 1;
          }
        }
      }
    }
    let state = size - 1;
    for (let i = n - 1; i >= 0; i--) {
      if (!choices[i * size + state]) continue;
      const option = items[i] ?? 0;
      taken[option] = 1;
      const h = optionHousehold[option] ?? 0;
      dimensions.forEach((d, k) => (state -= (use[h * dimensionCount + d] ?? 0) * (stride[k] ?? 0)));
    }
    return values[size - 1] ?? 0;
  }

  /** The LP bound of a one-dimensional knapsack (Dantzig): best profit per unit first, the last one in part. */
  private fractionalValue(m: number, d: number, items: number[], profits: number[], taken: Uint8Array): number {
    const { dimensionCount, use, optionHousehold, capacity } = this.instance;
    const weight = (i: number): number => use[(optionHousehold[items[i] ?? 0] ?? 0) * dimensionCount + d] ?? 0;
    const order = items.map((_, i) => i).sort((a, b) => (profits[b] ?? 0) * weight(a) - (profits[a] ?? 0) * weight(b));
    let room = capacity[m * dimensionCount + d] ?? 0;
    let value = 0;
    for (const i of order) {
      const w = weight(i);
      if (w <= room) {
        room -= w;
        value += profits[i] ?? 0;
        taken[items[i] ?? 0] = 1;
      } else {
        value += ((profits[i] ?? 0) * room) / w;
        break;
      }
    }
    return value;
  }
}

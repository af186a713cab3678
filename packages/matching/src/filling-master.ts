import type { Highs, Model } from "highs";
import { stoppingCallbacks, type MipSettings } from "./assignment-mip.ts";
import type { CompiledInstance } from "./compiled-instance.ts";
import type { KnapsackRelaxation } from "./knapsack-bound.ts";
import { Placement } from "./placement.ts";

/** A filling's reduced cost must exceed this to enter the master. */
const ENTERING = 1e-7;
const MAX_ROUNDS = 400;
/** Weight of the best prices so far in the prices the fillings are found at (Wentges). */
const SMOOTHING = 0.8;
/** Capacity comparisons allow for the rounding of fractional use values (as in placement.ts). */
const CAPACITY_TOLERANCE = 1e-9;

/**
 * Feasible fillings of municipalities (a set of options of one municipality that respects all its
 * capacities), each kept once: the columns of the master problem.
 */
export class FillingPool {
  readonly municipality: number[] = [];
  readonly options: Int32Array[] = [];
  private readonly known = new Set<string>();

  constructor(readonly instance: CompiledInstance) {}

  get size(): number {
    return this.municipality.length;
  }

  /** Adds each municipality's filling among the options marked in `taken`, made feasible; returns the new fillings' indices. */
  addTaken(taken: Uint8Array): number[] {
    const byMunicipality = new Map<number, number[]>();
    taken.forEach((inFilling, option) => {
      if (!inFilling) return;
      const m = this.instance.optionMunicipality[option] ?? 0;
      const list = byMunicipality.get(m);
      if (list) list.push(option);
      else byMunicipality.set(m, [option]);
    });
    return [...byMunicipality].flatMap(([m, options]) => this.add(m, options));
  }

  /** Adds the filling of every municipality in a settlement; returns the new fillings' indices. */
  addPlacement(placement: Placement): number[] {
    const taken = new Uint8Array(this.instance.optionScore.length);
    placement.chosen.forEach((option) => {
      if (option >= 0) taken[option] = 1;
    });
    return this.addTaken(taken);
  }

  /** Adds each option as a filling of its own; returns the new fillings' indices. */
  addSingles(options: number[]): number[] {
    return options.flatMap((option) => this.add(this.instance.optionMunicipality[option] ?? 0, [option]));
  }

  /** The options in order while they fit (a filling priced in some dimension may exceed it). */
  private add(m: number, options: number[]): number[] {
    const { dimensionCount, use, capacity, optionHousehold } = this.instance;
    const room = capacity.slice(m * dimensionCount, (m + 1) * dimensionCount);
    const kept = options.filter((option) => {
      const h = optionHousehold[option] ?? 0;
      for (let d = 0; d < dimensionCount; d++) if ((use[h * dimensionCount + d] ?? 0) > (room[d] ?? 0) + CAPACITY_TOLERANCE) return false;
      for (let d = 0; d < dimensionCount; d++) room[d] = (room[d] ?? 0) - (use[h * dimensionCount + d] ?? 0);
      return true;
    });
    const key = `${m}:${kept.join(",")}`;
    if (kept.length === 0 || this.known.has(key)) return [];
    this.known.add(key);
    this.municipality.push(m);
    this.options.push(Int32Array.from(kept));
    return [this.size - 1];
  }
}

export interface FillingMasterOutcome {
  /** The least K(u) over the master's household prices: an upper bound on every settlement. */
  bound: number;
  /** The best settlement made of the fillings generated, when the integer master found one. */
  placement: Placement | undefined;
  /**
   * Per option, the share of the master LP's last optimal solution that places its household
   * there (all zero if the LP never solved): a far tighter relaxation than the assignment LP's
   * (1,000 households: 4,205 against 4,247), to choose the households a MIP reconsiders.
   */
  optionValue: Float64Array;
  rounds: number;
  fillings: number;
  /** The household prices u of `bound` (the least K(u) found). */
  prices: Float64Array;
}

/**
 * Dantzig–Wolfe decomposition by municipality: the master LP chooses a convex combination of
 * fillings for each municipality with each household in at most one (exactly one when it must be
 * placed); its household duals u price new fillings, found by the knapsacks of K(u), which is an
 * upper bound for any u. Where the subgradient steps only approach the best u, the master LP
 * reaches it (up to the fillings of the large municipalities whose knapsacks are priced), and the
 * master solved in integers over the fillings generated gives settlements close to that bound.
 * `pool` must contain a settlement placing every mustPlace household (the master is infeasible otherwise).
 */
export function solveFillingMaster(
  highs: Highs,
  pool: FillingPool,
  relaxation: KnapsackRelaxation,
  settings: MipSettings & {
    lpSeconds: number;
    integer: boolean;
    start: Placement;
    centre: Float64Array;
    centreBound: number;
    /** Called once when the LP has come near the bound; then rounds go on while `goOn` holds, until the bound is the LP's value. */
    onNearBound?: () => void;
    goOn?: () => boolean;
  },
): FillingMasterOutcome {
  const instance = pool.instance;
  const { householdCount, municipalityCount, mustPlace, unplacedPenalty, optionHousehold, optionScore } = instance;
  const startedAt = performance.now();
  const elapsed = (): number => (performance.now() - startedAt) / 1000;
  const columns = (indices: number[]) => {
    const cost = new Float64Array(indices.length);
    const starts = new Int32Array(indices.length + 1);
    const rows: number[] = [];
    indices.forEach((filling, column) => {
      const options = pool.options[filling] ?? new Int32Array();
      for (const option of options) {
        cost[column] = (cost[column] ?? 0) + (optionScore[option] ?? 0) + unplacedPenalty;
        rows.push(optionHousehold[option] ?? 0);
      }
      rows.push(householdCount + (pool.municipality[filling] ?? 0));
      starts[column + 1] = rows.length;
    });
    const indicesArray = Int32Array.from(rows);
    return {
      cost,
      lower: new Float64Array(indices.length),
      upper: new Float64Array(indices.length).fill(1),
      matrix: { format: "csc" as const, numRows: householdCount + municipalityCount, numCols: indices.length, starts, indices: indicesArray, values: new Float64Array(indicesArray.length).fill(1) },
    };
  };
  const first = columns(Array.from({ length: pool.size }, (_, index) => index));
  const rowLower = new Float64Array(householdCount + municipalityCount).fill(-highs.infinity);
  mustPlace.forEach((must, h) => (rowLower[h] = must ? 1 : -highs.infinity));
  const model: Model = highs.createModel({
    numCols: pool.size,
    numRows: householdCount + municipalityCount,
    sense: highs.constants.objectiveSense.maximize,
    offset: -unplacedPenalty * householdCount,
    colCost: first.cost,
    colLower: first.lower,
    colUpper: first.upper,
    rowLower,
    rowUpper: new Float64Array(householdCount + municipalityCount).fill(1),
    matrix: first.matrix,
  });
  const taken = new Uint8Array(optionScore.length);
  const masterPrices = new Float64Array(householdCount);
  const priced = new Float64Array(householdCount);
  // Wentges smoothing: the fillings are priced between the best prices so far (the centre) and the
  // master's duals, which swing widely while the master has few fillings (K at the master's first
  // duals is twice the bound on 1,000 households).
  const centre = Float64Array.from(settings.centre);
  let bound = settings.centreBound;
  let smoothing = SMOOTHING;
  let rounds = 0;
  let nearBound = false;
  const optionValue = new Float64Array(optionScore.length);
  const outcome = (placement: Placement | undefined): FillingMasterOutcome => ({ bound, placement, optionValue, rounds, fillings: pool.size, prices: centre });
  try {
    model.options.set({ output_flag: false, random_seed: settings.seed });
    for (; rounds < MAX_ROUNDS && elapsed() < settings.lpSeconds; rounds++) {
      model.options.set({ time_limit: Math.max(settings.lpSeconds - elapsed(), 0.1) });
      const { modelStatus } = model.run();
      if (modelStatus !== highs.constants.modelStatus.optimal) break;
      const { rowDual, colValue } = model.getSolution();
      optionValue.fill(0);
      colValue.forEach((value, filling) => {
        if (value > 0) for (const option of pool.options[filling] ?? []) optionValue[option] = (optionValue[option] ?? 0) + value;
      });
      const lpValue = Number(model.info.get("objective_function_value"));
      // A maximisation's duals are ≥ 0 on binding ≤ rows in HiGHS; a mustPlace household's may be either sign.
      for (let h = 0; h < householdCount; h++) masterPrices[h] = mustPlace[h] ? (rowDual[h] ?? 0) : Math.max(0, rowDual[h] ?? 0);
      // The master's value is at most the DW bound, itself at most any K(u). Once they are within a tenth of the gap
      // target, the master's own duals have settled: K at them falls to the LP's value within a few rounds (1,000
      // households, instance 3: 4,023.24 → 4,022.92 in 15 rounds), where the smoothed prices alone took 27 rounds for 0.28.
      const scale = settings.relativeGap * Math.max(1, Math.abs(bound));
      if (lpValue >= bound - 0.1 * scale) {
        if (!nearBound) settings.onNearBound?.();
        nearBound = true;
        priceAt(masterPrices);
        if (bound - lpValue <= 0.01 * scale || !settings.goOn?.()) break;
      }
      for (let h = 0; h < householdCount; h++) priced[h] = smoothing * (centre[h] ?? 0) + (1 - smoothing) * (masterPrices[h] ?? 0);
      const added = priceAt(priced);
      if (!added.some((filling) => reducedCost(filling, rowDual) > ENTERING)) {
        // Mispriced: nothing enters at the master's duals, so price closer to them.
        if (smoothing === 0) break;
        smoothing = smoothing < 0.1 ? 0 : smoothing / 2;
      }
    }

    if (!settings.integer) return outcome(undefined);
    // The master in integers over the fillings generated, the incumbent's fillings as its start.
    const startColumns = new Set(pool.addPlacement(settings.start));
    if (startColumns.size > 0) model.addCols(columns([...startColumns]));
    const colValue = new Float64Array(pool.size);
    fillingsOf(pool, settings.start).forEach((filling) => (colValue[filling] = 1));
    model.changeColsIntegrality({ kind: "range", from: 0, to: pool.size - 1 }, new Int32Array(pool.size).fill(highs.constants.variableType.integer));
    model.options.set({ time_limit: Math.max(settings.timeLimitSeconds - elapsed(), 0.1), mip_rel_gap: settings.relativeGap });
    model.raw.setSolution({ colValue });
    const stopAtObjective = Math.min(settings.stopAtObjective ?? Infinity, bound - settings.relativeGap * Math.max(1, Math.abs(bound)));
    model.run(stoppingCallbacks(highs, { ...settings, stopAtObjective, timeLimitSeconds: settings.timeLimitSeconds - elapsed() }));
    if (model.info.get("primal_solution_status") !== highs.constants.solutionStatus.feasible) return outcome(undefined);
    const values = model.getSolution().colValue;
    const placement = new Placement(instance);
    values.forEach((value, filling) => {
      if (value > 0.5) for (const option of pool.options[filling] ?? []) placement.place(optionHousehold[option] ?? 0, option);
    });
    return outcome(placement.isFeasible() ? placement : undefined);
  } finally {
    model.dispose();
  }

  /**
   * K at these prices, a bound kept when it is the best so far (its prices the new centre); the knapsacks' fillings all
   * join the master (those that do not price out yet are still good pieces for the integer master). Returns the new ones.
   */
  function priceAt(prices: Float64Array): number[] {
    const value = relaxation.evaluate(prices, taken);
    if (value < bound) {
      bound = value;
      centre.set(prices);
    }
    const added = pool.addTaken(taken);
    if (added.length > 0) model.addCols(columns(added));
    return added;
  }

  function reducedCost(filling: number, rowDual: Float64Array): number {
    let value = -(rowDual[householdCount + (pool.municipality[filling] ?? 0)] ?? 0);
    for (const option of pool.options[filling] ?? []) value += (optionScore[option] ?? 0) + unplacedPenalty - (rowDual[optionHousehold[option] ?? 0] ?? 0);
    return value;
  }
}

/** The pool's indices of a settlement's fillings (after addPlacement, each is in the pool). */
function fillingsOf(pool: FillingPool, placement: Placement): number[] {
  const byMunicipality = new Map<number, number[]>();
  placement.chosen.forEach((option) => {
    if (option < 0) return;
    const m = pool.instance.optionMunicipality[option] ?? 0;
    byMunicipality.set(m, [...(byMunicipality.get(m) ?? []), option]);
  });
  const wanted = new Map([...byMunicipality].map(([m, options]) => [`${m}:${options.sort((a, b) => a - b).join(",")}`, m]));
  const found: number[] = [];
  pool.options.forEach((options, filling) => {
    if (wanted.has(`${pool.municipality[filling]}:${options.join(",")}`)) found.push(filling);
  });
  return found;
}

import type { MipSettings } from "./assignment-mip.ts";
import { compileInstance, type CompiledInstance } from "./compiled-instance.ts";
import { improveByEjections } from "./ejection-moves.ts";
import { CHAIN_MILLISECONDS, improveByExchangeChains } from "./exchange-chains.ts";
import { greedyPlacement } from "./greedy.ts";
import { highsModule, highsRuntime } from "./highs-runtime.ts";
import { obviousInfeasibility } from "./infeasibility.ts";
import { lagrangianBound, type LagrangianBound } from "./lagrangian-bound.ts";
import { neighbourhoodSearch } from "./neighbourhood-search.ts";
import { Placement } from "./placement.ts";
import { solveRelaxation } from "./relaxation.ts";
import { completeFromRelaxation, integralPart } from "./round-relaxation.ts";
import { infeasibleResult, settlementResult } from "./settlement-result.ts";
import { placementFromFillings, searchHouseholdPrices } from "./household-prices.ts";
import { EXACT_KNAPSACK_WORK, KnapsackRelaxation } from "./knapsack-bound.ts";
import { MipThread, solveOnBothThreads } from "./mip-thread.ts";
import { DISAGREEMENT_GAP, disagreement, improveOverDisagreement, searchBesideMip } from "./disagreement.ts";
import { FillingPool, solveFillingMaster } from "./filling-master.ts";
import { NeighbourhoodGuide } from "./neighbourhood-guide.ts";
import type { SettlementInstance, SettlementMethod, SettlementResult, SolveOptions } from "./settlement-schema.ts";
import { solvePlainMip } from "./plain-mip.ts";
import type { Highs } from "highs";

const DEFAULT_TIME_LIMIT_SECONDS = 60;
const DEFAULT_RELATIVE_GAP = 1e-3;
/**
 * Kept back from the time limit for checking and explaining, and for HiGHS overrunning its time
 * limit (by up to 2 s measured on 1,000 households); a tenth of short limits (an interactive run of 6 s).
 */
const FINISHING_SECONDS = 3;
const FINISHING_SHARE = 0.1;
/** The price search runs until this share of the time limit has passed, and for at least the second share. */
const SEARCH_SHARE = 0.4;
const MIN_SEARCH_SHARE = 0.1;
/** From this many options on, a second thread solves the MIPs too (a 300-household instance has 12,000). */
const PARALLEL_FROM_OPTIONS = 20_000;
/** Share of the time left after the price search that goes to the whole MIP when it is small enough to try. */
const WHOLE_MIP_SHARE = 0.5;
/** Up to this many columns the whole MIP beats neighbourhood search in 60 s (1,000 households: 0.24 % vs 2.7 % gap); above it, it stalls at the root. */
const MAX_FIXED_MIP_COLUMNS = 40_000;
/** Most time for the ejection moves on one settlement (from greedy to none left: 0.15 s on 1,000 households, 2 s on 5,000). */
const EJECTION_MILLISECONDS = 2000;
/**
 * Up to this many options one plain MIP is as fast as the decomposition (50 households of the
 * benchmark's shape, 542 options: 0.3 s of CPU each, and the MIP proves optimality); from 100
 * households (1,462 options) the decomposition is 3–4 times faster (see the README).
 */
const PLAIN_UP_TO_OPTIONS = 800;
/**
 * Up to this many options the master over municipality fillings runs (300 households of the
 * benchmark: 7,800 options; 1,000: 35,000, where it is the only phase that lowers the bound to
 * 4,206.2 and its integer solve leads to a settlement within 0.1 %).
 */
const MASTER_UP_TO_OPTIONS = 40_000;
/** Shares of the time left after the price search for the master (LP and integer) and for its LP. */
const MASTER_SHARE = 0.5;
const MASTER_LP_SHARE = 0.25;
/** Options per household that start the master as fillings of one household each. */
const SINGLE_FILLINGS_EACH = 3;
/**
 * The helper's MIP beside the master may run this much past the master's share: the master raises
 * its stop signal once its LP is near the bound, or else on returning, so it answers before
 * MipThread counts it overdue.
 */
const MEANWHILE_MARGIN_SECONDS = 5;
/**
 * The MIP beside the master is not stopped before it has had this long (or the master's share of the time, if less).
 * On 1,000 households (instance 3) the master's LP once came near its bound 1.4 s after the price search: the MIP,
 * stopped before it had found anything, left the search to start from 4,012.2, and it ended 0.128 % short in 37 s.
 * Given 3 s, the MIP found 4,018.8, and the run reached 0.1 % in 9.0 s.
 */
const MIN_MEANWHILE_SECONDS = 3;
/**
 * Without the master (over MASTER_UP_TO_OPTIONS), the helper's whole MIP over the disagreement runs beside this thread's
 * search for this share of the time left, and then both threads search from the better settlement, as after the master.
 * Before, the MIP ran to the end and neither thread saw the other's settlements: 2,000 households (seed 1, 60 s limit)
 * took 29.3–58.6 s in nine runs, and five missed 0.1 %. With a tenth, HiGHS sometimes answered before its first good
 * settlement (8,606.8 against 8,623.9), and a run missed; with a fifth, 14.8–16.3 s in three runs. 5,000 and 10,000
 * households took as long as before (11.7–31.1 s, where the target is mostly reached while the MIP runs).
 */
const MIP_BESIDE_SEARCH_SHARE = 0.2;
const INFEASIBLE = "the mustPlace households cannot all be placed within the capacities";

/**
 * Small instances: one plain MIP (see chooseMethod). Otherwise the decomposition:
 * 1. LP relaxation by column generation; its capacity prices λ give the LP (Lagrangian) bound.
 * 2. Household prices u, from the LP duals, lowered by subgradient steps on the knapsack bound
 *    K(u) (each municipality filled exactly by dynamic programming): a stronger upper bound. The
 *    municipalities' fillings also give settlements (the best one so far is the incumbent).
 * 2b. Up to MASTER_UP_TO_OPTIONS: a Dantzig–Wolfe master over those fillings, which lowers the
 *    bound further and is then solved in integers (see filling-master.ts).
 * 3. The households the LP, the fillings and the incumbent disagree on are reconsidered, the others
 *    kept where they are (a RINS-like neighbourhood): by their MIP, and with a second thread also by
 *    a search over smaller MIPs of 250 of them at a time (see disagreement.ts). After the master,
 *    the search's rounds reopen the municipalities where the settlement falls short at the
 *    master's prices (see neighbourhood-guide.ts).
 * 4. While the gap is above target: the whole MIP when it is small enough once every option that
 *    cannot appear in a better settlement is removed (it can prove optimality); otherwise
 *    large-neighbourhood search, a MIP over a few reopened municipalities at a time.
 * 5. Check feasibility and explain.
 */
export async function solveSettlement(instance: SettlementInstance, options: SolveOptions = {}): Promise<SettlementResult> {
  const startedAt = performance.now();
  const compiled = compileInstance(instance);
  const obvious = obviousInfeasibility(compiled);
  if (obvious) return infeasibleResult(instance, obvious, startedAt);
  if (chooseMethod(compiled, options.method) === "plain") return solvePlain(instance, compiled, options, startedAt);
  const helper = compiled.optionScore.length >= PARALLEL_FROM_OPTIONS ? new MipThread(compiled, await highsModule()) : undefined;
  try {
    return await solveCompiled(instance, compiled, helper, options, startedAt);
  } finally {
    helper?.close();
  }
}

async function solveCompiled(
  instance: SettlementInstance,
  compiled: CompiledInstance,
  helper: MipThread | undefined,
  options: SolveOptions,
  startedAt: number,
): Promise<SettlementResult> {
  const timeLimit = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  const relativeGap = options.relativeGap ?? DEFAULT_RELATIVE_GAP;
  const elapsed = (): number => (performance.now() - startedAt) / 1000;
  const secondsLeft = (): number => timeLimit - elapsed() - Math.min(FINISHING_SECONDS, FINISHING_SHARE * timeLimit);
  const settings = (): MipSettings => ({ timeLimitSeconds: secondsLeft(), relativeGap, seed: options.seed ?? 0 });
  let incumbent: Placement | undefined;
  let bound = Infinity;
  const target = (): number => bound - relativeGap * Math.max(1, Math.abs(bound));
  const closeEnough = (placement: Placement | undefined): boolean => placement !== undefined && placement.objective() >= target();
  // MATCHING_TRACE=1 prints the end of each phase on stderr (the benchmark's breakdown).
  const trace = (phase: string): void => {
    if (!process.env.MATCHING_TRACE) return;
    const cpu = process.cpuUsage().user / 1e6;
    console.error(`  ${elapsed().toFixed(1)} s (process CPU ${cpu.toFixed(1)} s) ${phase}: objective ${incumbent?.objective().toFixed(2) ?? "none"}, bound ${bound.toFixed(2)}`);
  };

  const highs = await highsRuntime();
  const relaxation = solveRelaxation(highs, compiled, secondsLeft(), settings().seed);
  if (relaxation.status === "infeasible") return infeasibleResult(instance, INFEASIBLE, startedAt);
  const lagrangian = lagrangianBound(compiled, relaxation.prices);
  bound = lagrangian.bound;
  const rounded = completeFromRelaxation(integralPart(compiled, relaxation.optionValue), relaxation.optionValue, lagrangian.optionLoss);
  // Exchange chains wait for the price search's better settlements: from greedy's they take 0.8 s on 1,000 households, which the master misses.
  incumbent = better(improved(rounded, { chains: false }), improved(greedyPlacement(compiled), { chains: false }));
  trace(`LP relaxation (${relaxation.status}) and rounding`);

  const knapsacks = new KnapsackRelaxation(compiled, relaxation.prices);
  const pool = new FillingPool(compiled);
  const withMaster = compiled.optionScore.length <= MASTER_UP_TO_OPTIONS;
  const search = searchHouseholdPrices(compiled, knapsacks, lagrangian.bestProfit, {
    incumbent: () => incumbent?.objective() ?? lagrangian.bound - 0.01 * Math.max(1, Math.abs(lagrangian.bound)),
    closeEnough: (value) => incumbent !== undefined && incumbent.objective() >= value - relativeGap * Math.max(1, Math.abs(value)),
    // A twentieth of the gap allowed per ten rounds.
    worthwhile: (value) => 0.05 * relativeGap * Math.max(1, Math.abs(value)),
    secondsLeft: ((until) => () => Math.min(secondsLeft(), until - elapsed()))(Math.max(SEARCH_SHARE * timeLimit, elapsed() + MIN_SEARCH_SHARE * timeLimit)),
    onFillings: (taken) => (incumbent = better(incumbent, placementFromFillings(compiled, taken))),
    // Only the master uses the pool (5,000 households: 24,000 fillings it would never read).
    onEachFillings: withMaster ? (taken) => pool.addTaken(taken) : undefined,
  });
  bound = Math.min(bound, search.bound);
  // The fillings' settlements get single moves only while the search runs; ejection moves once now (5,000 households: 21,138.6 → 21,189.0 in 1.5 s).
  incumbent = better(improved(incumbent), incumbent);
  trace(`knapsack bound (${search.iterations} rounds)`);

  // The relaxation whose solution chooses the households the MIPs reconsider: the master's, once it has run.
  let optionValue = relaxation.optionValue;
  // Where the settlement falls short at the master's prices: it guides both threads' search rounds.
  let guide: NeighbourhoodGuide | undefined;
  const disagreementScope = (start: Placement) => ({
    ...disagreement(compiled, start, optionValue, search.taken, lagrangian.optionLoss),
    forcePlace: new Uint8Array(compiled.householdCount),
    start,
  });
  if (incumbent && !closeEnough(incumbent) && withMaster) {
    pool.addPlacement(incumbent);
    // Each household alone in its options of least LP loss: they keep the master's first household prices near the LP's.
    pool.addSingles(leastLossOptions(compiled, lagrangian.optionLoss, SINGLE_FILLINGS_EACH));
    const exactKnapsacks = new KnapsackRelaxation(compiled, relaxation.prices, EXACT_KNAPSACK_WORK);
    const masterSeconds = MASTER_SHARE * secondsLeft();
    // The master runs on this thread alone: meanwhile the helper's core solves the MIP over the disagreement.
    const stopSignal = new Int32Array(new SharedArrayBuffer(4));
    const answered = new Int32Array(new SharedArrayBuffer(4));
    const stopMipFrom = elapsed() + Math.min(MIN_MEANWHILE_SECONDS, masterSeconds);
    const stopMipWhenDue = (): void => {
      if (elapsed() >= stopMipFrom) Atomics.store(stopSignal, 0, 1);
    };
    const meanwhile = helper?.solve(compiled, disagreementScope(incumbent), {
      ...settings(),
      relativeGap: DISAGREEMENT_GAP,
      timeLimitSeconds: masterSeconds + MEANWHILE_MARGIN_SECONDS,
      stopAtObjective: target(),
      stopSignal,
      answered,
    });
    // With the helper (1,000 households and more) the integer master is left out: on 1,000 households it found no
    // better settlement than its start in 22 s, where the search over the disagreement found 4,202 from 4,197.
    const integer = helper === undefined;
    const master = solveFillingMaster(highs, pool, exactKnapsacks, {
      ...settings(),
      timeLimitSeconds: masterSeconds,
      lpSeconds: (integer ? MASTER_LP_SHARE : MASTER_SHARE) * secondsLeft(),
      integer,
      start: incumbent,
      centre: search.prices,
      centreBound: search.bound,
      // Inside a MIP, HiGHS notices the stop signal only between its sub-MIP heuristics (1.1–3.9 s late on 1,000
      // households), and the last one often ends with its best settlement: the master lowers the bound meanwhile.
      ...(meanwhile && {
        onNearBound: stopMipWhenDue,
        goOn: () => {
          stopMipWhenDue();
          return Atomics.load(answered, 0) === 0;
        },
      }),
    });
    if (meanwhile && Atomics.load(stopSignal, 0) === 0) await new Promise((resolve) => setTimeout(resolve, Math.max(0, stopMipFrom - elapsed()) * 1000));
    Atomics.store(stopSignal, 0, 1);
    bound = Math.min(bound, master.bound);
    if (helper) guide = new NeighbourhoodGuide(compiled, { capacity: relaxation.prices, household: master.prices });
    if (master.optionValue.some((value) => value > 0)) optionValue = master.optionValue;
    incumbent = better(improved(master.placement), incumbent);
    if (meanwhile) incumbent = better(improved((await meanwhile).placement), incumbent);
    trace(`master over ${master.fillings} fillings (${master.rounds} rounds)${meanwhile ? " and the disagreement MIP beside it" : ""}`);
  }

  // With the master, the helper's MIP over the disagreement ran beside it; without, it runs beside the search.
  if (incumbent && !closeEnough(incumbent) && helper && !withMaster) {
    const beside = await searchBesideMip(highs, disagreementScope(incumbent), { ...settings(), stopAtObjective: target() }, helper, MIP_BESIDE_SEARCH_SHARE * secondsLeft(), secondsLeft);
    incumbent = better(improved(beside), incumbent);
    trace("MIP over the disagreement beside the search");
  }
  if (incumbent && !closeEnough(incumbent)) {
    const scope = disagreementScope(incumbent);
    // Alone, the whole MIP may follow (it can also lower the bound) and gets the other half of the time. With the helper its
    // MIP over the disagreement has run, and both threads search to the end: the whole MIP did not lower the master's
    // bound (1,000 households: 4,207.1–4,207.4 against 4,206.5).
    const share = helper ? 0 : WHOLE_MIP_SHARE;
    const until = elapsed() + (1 - share) * secondsLeft();
    const improvedOne = await improveOverDisagreement(
      highs,
      scope,
      { ...settings(), timeLimitSeconds: until - elapsed(), stopAtObjective: target() },
      helper,
      () => Math.min(secondsLeft(), until - elapsed()),
      guide,
    );
    incumbent = better(improved(improvedOne), incumbent);
    trace("MIP over the disagreement");
  }
  // The whole-instance MIP, when small enough, has had its say on every household: no search after it.
  let searchedWhole = false;
  if (!closeEnough(incumbent) && (!incumbent || secondsLeft() > 0)) {
    const fixed = await solveFixedMip(highs, compiled, lagrangian, incumbent, { ...settings(), stopAtObjective: target() }, helper);
    if (fixed) {
      searchedWhole = true;
      if (fixed.bound === -Infinity && !incumbent) return infeasibleResult(instance, INFEASIBLE, startedAt);
      bound = Math.min(bound, fixed.bound);
      incumbent = better(improved(fixed.placement), incumbent);
      trace("whole MIP");
    }
  }
  if (incumbent && !searchedWhole && !closeEnough(incumbent)) {
    incumbent = neighbourhoodSearch(highs, incumbent, target(), secondsLeft, settings());
    trace("neighbourhood search");
  }
  if (!incumbent) {
    return infeasibleResult(instance, `no settlement placing every mustPlace household was found within ${timeLimit} s`, startedAt);
  }
  return settlementResult(instance, compiled, incumbent, bound, startedAt);
}

function chooseMethod(instance: CompiledInstance, requested: SolveOptions["method"]): SettlementMethod {
  if (requested && requested !== "auto") return requested;
  return instance.optionScore.length <= PLAIN_UP_TO_OPTIONS ? "plain" : "decomposition";
}

/**
 * One MIP over every option, started from the greedy settlement improved by moves. Its bound is
 * HiGHS's, or where HiGHS ends without one, the Lagrangian bound at zero capacity prices (each
 * household in its best candidate).
 */
async function solvePlain(instance: SettlementInstance, compiled: CompiledInstance, options: SolveOptions, startedAt: number): Promise<SettlementResult> {
  const timeLimit = options.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  const secondsLeft = timeLimit - (performance.now() - startedAt) / 1000 - Math.min(FINISHING_SECONDS, FINISHING_SHARE * timeLimit);
  const start = better(improved(greedyPlacement(compiled)), undefined);
  const settings = { timeLimitSeconds: secondsLeft, relativeGap: options.relativeGap ?? DEFAULT_RELATIVE_GAP, seed: options.seed ?? 0 };
  const outcome = solvePlainMip(await highsRuntime(), compiled, settings, start);
  if (outcome.bound === -Infinity) return infeasibleResult(instance, INFEASIBLE, startedAt);
  const placement = better(improved(outcome.placement), start);
  if (!placement) return infeasibleResult(instance, `no settlement placing every mustPlace household was found within ${timeLimit} s`, startedAt);
  const bound = Math.min(outcome.bound, lagrangianBound(compiled, new Float64Array(compiled.capacity.length)).bound);
  return settlementResult(instance, compiled, placement, bound, startedAt);
}

/**
 * The whole MIP without the options that cannot appear in a settlement better than the incumbent
 * (see lagrangian-bound.ts), and with the households placed that must be. Skipped (undefined)
 * when too many options remain. Its bound holds for the whole instance.
 */
async function solveFixedMip(
  highs: Highs,
  instance: CompiledInstance,
  lagrangian: LagrangianBound,
  incumbent: Placement | undefined,
  settings: MipSettings,
  helper: MipThread | undefined,
) {
  const incumbentValue = incumbent ? incumbent.objective() : -Infinity;
  // A little slack so rounding in the bound arithmetic never removes an option that belongs.
  const allowance = lagrangian.bound - incumbentValue + 1e-7 * Math.max(1, Math.abs(lagrangian.bound));
  const keepOption = new Uint8Array(instance.optionScore.length);
  lagrangian.optionLoss.forEach((loss, option) => (keepOption[option] = loss <= allowance ? 1 : 0));
  const forcePlace = new Uint8Array(instance.householdCount);
  incumbent?.chosen.forEach((option, household) => {
    if (option < 0) return;
    keepOption[option] = 1;
    forcePlace[household] = (lagrangian.unplacedLoss[household] ?? 0) > allowance ? 1 : 0;
  });
  if (keepOption.reduce((count, keep) => count + keep, 0) > MAX_FIXED_MIP_COLUMNS) return undefined;
  const outcome = await solveOnBothThreads(highs, instance, { base: new Placement(instance), keepOption, forcePlace, start: incumbent }, settings, helper);
  // A better settlement is bounded by the MIP, any other by the incumbent.
  return { placement: outcome.placement, bound: Math.min(lagrangian.bound, Math.max(incumbentValue, outcome.bound)) };
}

/** Each household's `count` options of least loss. */
function leastLossOptions(instance: CompiledInstance, optionLoss: Float64Array, count: number): number[] {
  const { householdCount, optionStart } = instance;
  const chosen: number[] = [];
  for (let h = 0; h < householdCount; h++) {
    const options = Array.from({ length: (optionStart[h + 1] ?? 0) - (optionStart[h] ?? 0) }, (_, index) => (optionStart[h] ?? 0) + index);
    chosen.push(...options.sort((a, b) => (optionLoss[a] ?? 0) - (optionLoss[b] ?? 0)).slice(0, count));
  }
  return chosen;
}

/** A copy improved by single and ejection moves, then exchange chains (the input may be a MIP start still in use). */
function improved(placement: Placement | undefined, { chains } = { chains: true }): Placement | undefined {
  if (!placement) return undefined;
  const copy = placement.clone();
  improveByEjections(copy, performance.now() + EJECTION_MILLISECONDS);
  if (chains) improveByExchangeChains(copy, performance.now() + CHAIN_MILLISECONDS);
  return copy;
}

/** The feasible one of the two with the higher objective. */
function better(a: Placement | undefined, b: Placement | undefined): Placement | undefined {
  const candidates = [a, b].filter((p): p is Placement => p !== undefined && p.isFeasible());
  return candidates.reduce<Placement | undefined>((best, p) => (!best || p.objective() > best.objective() ? p : best), undefined);
}

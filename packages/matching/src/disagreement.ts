import type { Highs } from "highs";
import { solveAssignmentMip, type MipScope, type MipSettings } from "./assignment-mip.ts";
import type { CompiledInstance } from "./compiled-instance.ts";
import { CHAIN_MILLISECONDS, improveByExchangeChains } from "./exchange-chains.ts";
import { mulberry32 } from "./instance-generator.ts";
import type { MipThread } from "./mip-thread.ts";
import { Placement } from "./placement.ts";
import { SharedIncumbent } from "./shared-incumbent.ts";
import type { NeighbourhoodGuide } from "./neighbourhood-guide.ts";

/** Options of least LP loss open to each household reconsidered. */
const OPTIONS_EACH = 12;
/** Households reopened per round of the search over the disagreement, and the seconds a round may take. */
const HOUSEHOLDS_PER_ROUND = 250;
const SECONDS_PER_ROUND = 5;
/**
 * A round's MIP stops once its bound is within this share of what is still missing to the target.
 * HiGHS spent most of a round proving its neighbourhood's optimum: 5 s rounds that had found their
 * settlement after 2.5 s. On 1,000 households, eight runs took 101.7 s to 0.1 % in all with 0.3
 * against 134.7 s without, the longest 18.3 s against 34.0 s.
 */
const PROOF_SHARE = 0.3;
/**
 * A round stops at its first settlement better than its start by this much: both threads then go on from it, with its
 * exchange chains. Traced on 1,000 households, HiGHS found a round's better settlement after 1.3–1.6 s and spent the
 * rest of its 5 s on 0.03–0.1 more. Three runs of the 12 pairs of instance and solver seed against two before: the median
 * per pair fell in 9 of the 12, most where the search is long (instance 3, solver seed 3: 16.1–19.3 s against 22.7–23.4 s).
 */
const FIRST_IMPROVEMENT = 1e-6;
/** After this many rounds without improvement, a round reopens this factor more households. */
const STALE_ROUNDS = 15;
const GROWTH = 1.4;
/**
 * A guided round (after the filling master) reopens this factor more households: its lossy municipalities and their
 * wanted households are few, and the rest are drawn at random. On 1,000 households (instances 1–3 × solver seeds 0–3,
 * fresh processes, only this thread guided), the median time to 0.1 % was 9.0 and 9.15 s with 2, 9.15 s with 1.6 and
 * 13.25 s with 3 (two runs missed), against 11.95 and 10.6 s with random rounds only; with 1 the rounds took 0.03–0.2 s
 * and mostly found nothing (one traced run). See the README's Eighth session.
 */
const GUIDED_ROUND_FACTOR = 2;
/**
 * Every this many rounds a guided search draws its municipalities at random instead. Guided rounds alone can circle
 * around the same lossy municipalities: instance 3 with solver seed 3 took 26.9–27.8 s in four runs, making gains of
 * 0.04–0.2 for 12 s, where random rounds alone took 12.8–13.3 s. Over two sweeps of the twelve pairs, every third round
 * at random: median 9.25 s, mean 10.2 s, longest 17.5 s; every second: 9.8, 10.0 and 14.6 s; never: 9.3, 11.2 and 27.8 s
 * over four sweeps.
 */
const RANDOM_EVERY = 3;
/** The relative gap of a MIP over the disagreement: only the target counts, HiGHS's own gap is against a restricted problem. */
export const DISAGREEMENT_GAP = 1e-5;
/** How long the helper may take to answer once this thread has stopped. */
const REPLY_WAIT_MILLISECONDS = 200;

/**
 * The households to reconsider: all but those whose incumbent option the LP takes wholly and
 * exactly one municipality's filling takes. Those keep their place (in `base`); the others may
 * take their options of least LP loss, the ones the fillings took, and their incumbent one.
 */
export function disagreement(
  instance: CompiledInstance,
  incumbent: Placement,
  optionValue: Float64Array,
  taken: Uint8Array,
  optionLoss: Float64Array,
): { base: Placement; keepOption: Uint8Array } {
  const { householdCount, optionHousehold, optionStart } = instance;
  const fillings = new Int32Array(householdCount);
  taken.forEach((inFilling, option) => {
    const h = optionHousehold[option] ?? 0;
    if (inFilling) fillings[h] = (fillings[h] ?? 0) + 1;
  });
  const base = new Placement(instance);
  const keepOption = new Uint8Array(optionHousehold.length);
  for (let h = 0; h < householdCount; h++) {
    const chosen = incumbent.chosen[h] ?? -1;
    if (chosen >= 0 && (optionValue[chosen] ?? 0) > 1 - 1e-6 && taken[chosen] && fillings[h] === 1) {
      base.place(h, chosen);
      continue;
    }
    const options = Array.from({ length: (optionStart[h + 1] ?? 0) - (optionStart[h] ?? 0) }, (_, index) => (optionStart[h] ?? 0) + index);
    options.sort((a, b) => (optionLoss[a] ?? 0) - (optionLoss[b] ?? 0));
    options.forEach((option, rank) => {
      if (rank < OPTIONS_EACH || taken[option] || option === chosen) keepOption[option] = 1;
    });
  }
  return { base, keepOption };
}

/**
 * Improves the incumbent over the disagreement, once the helper's MIP over it has had its time
 * (searchBesideMip, or beside the master): with a helper thread, both threads search, from one
 * shared settlement (the first to reach settings.stopAtObjective stops the other), each guided by
 * the guide when there is one. Alone, the whole MIP (small instances, where it is quick).
 */
export async function improveOverDisagreement(
  highs: Highs,
  scope: MipScope & { start: Placement },
  settings: MipSettings,
  helper: MipThread | undefined,
  secondsLeft: () => number,
  guide?: NeighbourhoodGuide,
): Promise<Placement | undefined> {
  const instance = scope.base.instance;
  settings = onlyTheTarget(settings);
  if (!helper) return solveAssignmentMip(highs, instance, scope, settings).placement;
  const stopSignal = new Int32Array(new SharedArrayBuffer(4));
  const shared = SharedIncumbent.create(instance, scope.start);
  const remote = helper.search(instance, scope, { ...settings, timeLimitSeconds: secondsLeft(), seed: settings.seed + 1, stopSignal }, shared, guide?.prices);
  const best = searchNeighbourhoods(highs, scope, { ...settings, stopSignal }, secondsLeft, shared, guide);
  Atomics.store(stopSignal, 0, 1);
  // The helper has offered everything it found; inside a MIP HiGHS may take seconds to notice the signal, so it is not waited for.
  await Promise.race([remote, replyWait()]);
  return shared.betterThan(best) ?? best;
}

/**
 * Two ways at once over the disagreement, each from the scope's start (the first to reach
 * settings.stopAtObjective stops the other, and the better result counts):
 *  - on the helper, HiGHS on the whole disagreement MIP, for `mipSeconds`: sometimes fast (9 s of
 *    CPU to 0.05 % on one 5,000-household instance), sometimes slow (90–120 s to 0.1 % on another);
 *  - here, searchNeighbourhoods, which goes on until the MIP has answered: inside a MIP HiGHS
 *    notices its stop signal late (5 s on 2,000 households), and this core need not wait for it.
 */
export async function searchBesideMip(
  highs: Highs,
  scope: MipScope & { start: Placement },
  settings: MipSettings,
  helper: MipThread,
  mipSeconds: number,
  secondsLeft: () => number,
): Promise<Placement> {
  const instance = scope.base.instance;
  settings = onlyTheTarget(settings);
  const startedAt = performance.now();
  const stopMip = new Int32Array(new SharedArrayBuffer(4));
  // Raised by the helper once its MIP has answered, and by this thread's search on reaching the target.
  const over = new Int32Array(new SharedArrayBuffer(4));
  const remote = helper.solve(instance, scope, { ...settings, timeLimitSeconds: secondsLeft(), seed: settings.seed + 1, stopSignal: stopMip, answered: over });
  const best = searchNeighbourhoods(highs, scope, { ...settings, stopSignal: over }, () => {
    if ((performance.now() - startedAt) / 1000 >= mipSeconds) Atomics.store(stopMip, 0, 1);
    return secondsLeft();
  });
  Atomics.store(stopMip, 0, 1);
  const other = await Promise.race([remote.then((reply) => reply.placement), replyWait()]);
  return other && other.objective() > best.objective() ? other : best;
}

/** The settings with DISAGREEMENT_GAP. */
function onlyTheTarget(settings: MipSettings): MipSettings {
  return { ...settings, relativeGap: DISAGREEMENT_GAP };
}

/** Resolves (undefined) after REPLY_WAIT_MILLISECONDS. */
function replyWait(): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), REPLY_WAIT_MILLISECONDS));
}

/**
 * Large-neighbourhood search over the disagreement: reopens about 250 of its households at a time
 * (those that could go to a few municipalities drawn at random), the rest fixed at the best
 * settlement so far, and ends each round at its first better settlement. With a guide, two rounds
 * in three reopen twice as many, drawn by the guide (where the settlement falls short of the
 * bound), also outside the disagreement; and in every round the households reopened may also take
 * the options the municipalities' best fillings want (a household outside the disagreement only
 * those and its current one). It goes on until
 * settings.stopAtObjective is reached (then it raises settings.stopSignal), the signal is raised
 * elsewhere, or the time is up. The settlement only improves.
 */
export function searchNeighbourhoods(
  highs: Highs,
  scope: MipScope & { start: Placement },
  settings: MipSettings,
  secondsLeft: () => number,
  shared?: SharedIncumbent,
  guide?: NeighbourhoodGuide,
): Placement {
  const instance = scope.base.instance;
  const stopSignal = settings.stopSignal ?? new Int32Array(new SharedArrayBuffer(4));
  const stopAt = settings.stopAtObjective ?? Infinity;
  const keptOptions: number[] = [];
  scope.keepOption.forEach((keep, option) => {
    if (keep) keptOptions.push(option);
  });
  const householdsAt: number[][] = Array.from({ length: instance.municipalityCount }, () => []);
  for (const option of keptOptions) householdsAt[instance.optionMunicipality[option] ?? 0]?.push(instance.optionHousehold[option] ?? 0);
  const reachable = householdsAt.filter((households) => households.length > 0).length;
  const random = mulberry32(settings.seed + 2);
  /** Marks in `reopen` the households that could go to municipalities drawn at random, until `size`. */
  const drawAtRandom = (size: number, reopen: Uint8Array): void => {
    const drawn = new Uint8Array(instance.municipalityCount);
    for (let count = 0, draws = 0; count < size && draws < reachable; ) {
      const m = instance.optionMunicipality[keptOptions[Math.floor(random() * keptOptions.length)] ?? 0] ?? 0;
      if (drawn[m]) continue;
      drawn[m] = 1;
      draws++;
      for (const h of householdsAt[m] ?? []) {
        if (!reopen[h]) count++;
        reopen[h] = 1;
      }
    }
  };
  let best = scope.start;
  let perRound = HOUSEHOLDS_PER_ROUND;
  let stale = 0;
  for (let round = 0; keptOptions.length > 0 && secondsLeft() > 0 && Atomics.load(stopSignal, 0) === 0; round++) {
    best = shared?.betterThan(best) ?? best;
    if (best.objective() >= stopAt) {
      Atomics.store(stopSignal, 0, 1);
      break;
    }
    const reopen = new Uint8Array(instance.householdCount);
    if (guide && round % RANDOM_EVERY !== RANDOM_EVERY - 1) guide.draw(best, GUIDED_ROUND_FACTOR * perRound, random, reopen);
    else drawAtRandom(perRound, reopen);
    const base = best.clone();
    reopen.forEach((open, h) => {
      if (open) base.unplace(h);
    });
    // A household's current option too: exchange chains may have moved it outside the scope, and the start must stay feasible.
    const keepOption = Uint8Array.from(scope.keepOption, (keep, option) => {
      const h = instance.optionHousehold[option] ?? 0;
      return reopen[h] && (keep || best.chosen[h] === option || guide?.wanted[option]) ? 1 : 0;
    });
    const outcome = solveAssignmentMip(
      highs,
      instance,
      { base, keepOption, forcePlace: scope.forcePlace, start: best },
      {
        ...settings,
        seed: settings.seed + round,
        timeLimitSeconds: Math.min(SECONDS_PER_ROUND, secondsLeft()),
        stopSignal,
        stopAtImprovement: best.objective() + FIRST_IMPROVEMENT,
        ...(Number.isFinite(stopAt) && { absoluteGap: PROOF_SHARE * Math.max(0, stopAt - best.objective()) }),
      },
    );
    if (outcome.placement && outcome.placement.objective() > best.objective() + 1e-9) {
      improveByExchangeChains(outcome.placement, performance.now() + CHAIN_MILLISECONDS);
      best = outcome.placement;
      shared?.offer(best);
      stale = 0;
    } else if (++stale >= STALE_ROUNDS) {
      // Stuck in what these neighbourhoods can reach: reopen more at a time.
      perRound *= GROWTH;
      stale = 0;
    }
  }
  return best;
}

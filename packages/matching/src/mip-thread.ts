import { Worker } from "node:worker_threads";
import type { Highs } from "highs";
import { solveAssignmentMip, type MipOutcome, type MipScope, type MipSettings } from "./assignment-mip.ts";
import type { CompiledInstance } from "./compiled-instance.ts";
import { Placement } from "./placement.ts";
import type { SharedIncumbent } from "./shared-incumbent.ts";
import { highsModule } from "./highs-runtime.ts";
import type { GuidePrices } from "./neighbourhood-guide.ts";

const workerModule = new URL("./mip-worker.ts", import.meta.url).href;
/** As in solve-in-worker.ts: the worker registers tsx itself before loading the TypeScript module. */
const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(workerModule)}); })`;

/** How long past its time limit a MIP on the helper thread may take to answer before it counts as failed. */
const REPLY_GRACE_SECONDS = 0.5;

export interface MipRequest {
  /** Numbers the requests, so that the reply to one given up on is not taken for the next one's. */
  id: number;
  /** A large-neighbourhood search over the scope (searchNeighbourhoods) rather than one MIP. */
  search: boolean;
  /** The SharedIncumbent's memory, for a search that shares its best settlement. */
  shared: SharedArrayBuffer | undefined;
  baseChosen: Int32Array;
  keepOption: Uint8Array;
  forcePlace: Uint8Array;
  startChosen: Int32Array | undefined;
  settings: MipSettings;
  /** The prices a search's guide is made at (NeighbourhoodGuide), for a guided search. */
  guide: GuidePrices | undefined;
}

export interface MipReply {
  id: number;
  chosen: Int32Array | undefined;
  bound: number;
}

/**
 * A second thread with its own HiGHS, for the other core of a two-core machine: it solves the same
 * MIP with another random seed while this thread solves it too (HiGHS is single-threaded in
 * WebAssembly and its time to a good solution varies a lot with the seed); the first to reach the
 * target stops the other through a shared flag. Started early so that loading tsx and HiGHS
 * overlaps the relaxation. Any failure of the thread only means solving alone.
 */
export class MipThread {
  private readonly worker: Worker;
  private failed = false;
  private requests = 0;

  /** `wasmModule` is the process's compiled HiGHS (highsModule()), which the thread instantiates rather than compiling its own. */
  constructor(instance: CompiledInstance, wasmModule: WebAssembly.Module) {
    this.worker = new Worker(bootstrap, { eval: true, workerData: { instance, wasmModule } });
    this.worker.on("error", () => (this.failed = true));
  }

  /**
   * Posts the MIP at once (the caller is about to block this thread in HiGHS); resolves with its
   * best settlement (undefined if none, or the thread failed) and bound (Infinity if unknown).
   */
  solve(instance: CompiledInstance, scope: MipScope, settings: MipSettings): Promise<{ placement: Placement | undefined; bound: number }> {
    return this.post(instance, scope, settings, false);
  }

  /** The same for searchNeighbourhoods over the scope from its start (bound Infinity: a search proves none), guided when given the guide's prices. */
  search(
    instance: CompiledInstance,
    scope: MipScope & { start: Placement },
    settings: MipSettings,
    shared?: SharedIncumbent,
    guide?: GuidePrices,
  ): Promise<{ placement: Placement | undefined; bound: number }> {
    return this.post(instance, scope, settings, true, shared?.buffer, guide);
  }

  private post(
    instance: CompiledInstance,
    scope: MipScope,
    settings: MipSettings,
    search: boolean,
    shared?: SharedArrayBuffer,
    guide?: GuidePrices,
  ): Promise<{ placement: Placement | undefined; bound: number }> {
    const failed = { placement: undefined, bound: Infinity };
    if (this.failed) return Promise.resolve(failed);
    const request: MipRequest = {
      id: ++this.requests,
      search,
      shared,
      baseChosen: scope.base.chosen,
      keepOption: scope.keepOption,
      forcePlace: scope.forcePlace,
      startChosen: scope.start?.chosen,
      settings,
      guide,
    };
    return new Promise((resolve) => {
      // HiGHS checks its time limit only now and then (not inside an LP): the caller's deadline does not wait for it.
      const overdue = setTimeout(() => {
        this.failed = true;
        onError();
      }, (settings.timeLimitSeconds + REPLY_GRACE_SECONDS) * 1000);
      const onMessage = (reply: MipReply): void => {
        if (reply.id !== request.id) return;
        clearTimeout(overdue);
        this.worker.off("message", onMessage);
        this.worker.off("error", onError);
        this.worker.off("exit", onError);
        if (!reply.chosen) return resolve({ placement: undefined, bound: reply.bound });
        const placement = new Placement(instance);
        reply.chosen.forEach((option, household) => {
          if (option >= 0) placement.place(household, option);
        });
        resolve({ placement: placement.isFeasible() ? placement : undefined, bound: reply.bound });
      };
      const onError = (): void => {
        clearTimeout(overdue);
        this.worker.off("message", onMessage);
        resolve(failed);
      };
      this.worker.on("message", onMessage);
      this.worker.once("error", onError);
      this.worker.once("exit", onError);
      this.worker.postMessage(request);
    });
  }

  close(): void {
    void this.worker.terminate();
  }
}

/**
 * The MIP on two threads with different seeds: the first to reach settings.stopAtObjective stops
 * the other, and the better settlement and the lower bound of the two hold (both solve the same
 * problem). With a helper thread, the other is a thread of its own too, not this one: inside a
 * MIP HiGHS can overrun its time limit by seconds where no callback can stop it (4.8 s measured
 * on 1,000 households), and a thread answers at its deadline however late its HiGHS is.
 * Without one (small instances), solved here alone.
 */
export async function solveOnBothThreads(
  highs: Highs,
  instance: CompiledInstance,
  scope: MipScope,
  settings: MipSettings,
  helper: MipThread | undefined,
): Promise<MipOutcome> {
  if (!helper) return solveAssignmentMip(highs, instance, scope, settings);
  const second = new MipThread(instance, await highsModule());
  try {
    const stopSignal = new Int32Array(new SharedArrayBuffer(4));
    const outcomes = await Promise.all([
      second.solve(instance, scope, { ...settings, stopSignal }),
      helper.solve(instance, scope, { ...settings, seed: settings.seed + 1, stopSignal }),
    ]);
    const placements = outcomes.map((outcome) => outcome.placement).filter((p): p is Placement => p !== undefined);
    const placement = placements.reduce<Placement | undefined>((best, p) => (!best || p.objective() > best.objective() ? p : best), undefined);
    return { placement, bound: Math.min(...outcomes.map((outcome) => outcome.bound)) };
  } finally {
    second.close();
  }
}

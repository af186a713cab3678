import { parentPort, workerData } from "node:worker_threads";
import { solveAssignmentMip } from "./assignment-mip.ts";
import { searchNeighbourhoods } from "./disagreement.ts";
import type { CompiledInstance } from "./compiled-instance.ts";
import { highsRuntime, useHighsModule } from "./highs-runtime.ts";
import type { MipReply, MipRequest } from "./mip-thread.ts";
import { Placement } from "./placement.ts";
import { SharedIncumbent } from "./shared-incumbent.ts";
import { NeighbourhoodGuide } from "./neighbourhood-guide.ts";

/** The other side of MipThread: one compiled instance, any number of MIPs over it (messages wait while HiGHS loads). */
const { instance, wasmModule } = workerData as { instance: CompiledInstance; wasmModule: WebAssembly.Module };
useHighsModule(wasmModule);
const highs = await highsRuntime();

const fromChoices = (chosen: Int32Array): Placement => {
  const placement = new Placement(instance);
  chosen.forEach((option, household) => {
    if (option >= 0) placement.place(household, option);
  });
  return placement;
};

parentPort?.on("message", (request: MipRequest) => {
  const receivedAt = performance.now();
  const scope = {
    base: fromChoices(request.baseChosen),
    keepOption: request.keepOption,
    forcePlace: request.forcePlace,
    start: request.startChosen ? fromChoices(request.startChosen) : undefined,
  };
  const secondsLeft = (): number => request.settings.timeLimitSeconds - (performance.now() - receivedAt) / 1000;
  const outcome =
    request.search && scope.start
      ? {
          placement: searchNeighbourhoods(
            highs,
            { ...scope, start: scope.start },
            request.settings,
            secondsLeft,
            request.shared && new SharedIncumbent(request.shared, instance),
            request.guide && new NeighbourhoodGuide(instance, request.guide),
          ),
          bound: Infinity,
        }
      : solveAssignmentMip(highs, instance, scope, request.settings);
  const reply: MipReply = { id: request.id, chosen: outcome.placement?.chosen, bound: outcome.bound };
  if (request.settings.answered) Atomics.store(request.settings.answered, 0, 1);
  parentPort?.postMessage(reply);
});

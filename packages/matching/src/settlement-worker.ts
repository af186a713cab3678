import { parentPort, workerData } from "node:worker_threads";
import { useHighsModule } from "./highs-runtime.ts";
import type { SettlementInstance, SolveOptions } from "./settlement-schema.ts";
import { solveSettlement } from "./solve-settlement.ts";

const { instance, options, wasmModule } = workerData as { instance: SettlementInstance; options: SolveOptions; wasmModule: WebAssembly.Module };
useHighsModule(wasmModule);
try {
  parentPort?.postMessage({ result: await solveSettlement(instance, options) });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}

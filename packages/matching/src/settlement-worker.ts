import { parentPort, workerData } from "node:worker_threads";
import type { SettlementInstance, SolveOptions } from "./settlement-schema.ts";
import { solveSettlement } from "./solve-settlement.ts";

const { instance, options } = workerData as { instance: SettlementInstance; options: SolveOptions };
try {
  parentPort?.postMessage({ result: await solveSettlement(instance, options) });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}

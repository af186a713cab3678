import { Worker } from "node:worker_threads";
import type { SettlementInstance, SettlementResult, SolveOptions } from "./settlement-schema.ts";

/**
 * Runs solveSettlement in a worker thread: HiGHS blocks its thread for the whole solve, and a
 * server must keep answering meanwhile. The worker is TypeScript; it inherits `--import tsx`
 * through the parent's execArgv.
 */
export function solveSettlementInWorker(instance: SettlementInstance, options: SolveOptions = {}): Promise<SettlementResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./settlement-worker.ts", import.meta.url), { workerData: { instance, options } });
    worker.once("message", (message: { result?: SettlementResult; error?: string }) => {
      if (message.result) resolve(message.result);
      else reject(new Error(message.error ?? "the settlement worker failed"));
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the settlement worker stopped with exit code ${code}`));
    });
  });
}

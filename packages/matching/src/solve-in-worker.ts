import { Worker } from "node:worker_threads";
import { highsModule } from "./highs-runtime.ts";
import type { SettlementInstance, SettlementResult, SolveOptions } from "./settlement-schema.ts";

const workerModule = new URL("./settlement-worker.ts", import.meta.url).href;
/**
 * tsx's `--import tsx` does not install its loader in worker threads (measured on Node 20 with
 * tsx 4.23: ERR_UNKNOWN_FILE_EXTENSION), so the worker registers tsx itself before loading the
 * TypeScript module.
 */
const bootstrap = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(workerModule)}); })`;

/**
 * Runs solveSettlement in a worker thread: HiGHS blocks its thread for the whole solve, and a
 * server must keep answering meanwhile. The worker gets the process's compiled HiGHS, which this
 * thread keeps: a server's later solves start with the code its earlier ones optimised.
 */
export async function solveSettlementInWorker(instance: SettlementInstance, options: SolveOptions = {}): Promise<SettlementResult> {
  const wasmModule = await highsModule();
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: { instance, options, wasmModule } });
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

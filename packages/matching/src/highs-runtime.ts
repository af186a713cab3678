import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import loadHighs, { type Highs } from "highs";

let compiled: Promise<WebAssembly.Module> | undefined;
let runtime: Promise<Highs> | undefined;

/**
 * HiGHS's WebAssembly, compiled once per process and handed to every worker that solves (in its
 * workerData, then useHighsModule). V8 compiles the code as it first runs, and its hot functions a
 * second time, optimised, on background threads. A worker that loaded HiGHS itself compiled it anew
 * once no other thread held it (a server's every solve: 0.7 s to the end of the relaxation against
 * 0.4 s). With one module that this thread keeps, the optimised code serves every later solve.
 */
export function highsModule(): Promise<WebAssembly.Module> {
  compiled ??= readFile(fileURLToPath(import.meta.resolve("highs/runtime"))).then((bytes) => WebAssembly.compile(bytes));
  return compiled;
}

/** One HiGHS runtime per thread (its own memory), loaded on first use from the process's compiled module. */
export function highsRuntime(): Promise<Highs> {
  runtime ??= highsModule().then((wasmModule) => loadHighs({ wasmModule }));
  return runtime;
}

/**
 * In a worker: use the module its parent passed in workerData rather than compiling another. Without
 * one, HiGHS's loader would quietly compile its own, so a caller that forgot to pass it fails here.
 */
export function useHighsModule(wasmModule: WebAssembly.Module): void {
  if (!(wasmModule instanceof WebAssembly.Module)) throw new Error("the worker was given no compiled HiGHS (highsModule()) in its workerData");
  compiled ??= Promise.resolve(wasmModule);
}

import loadHighs, { type Highs } from "highs";

let runtime: Promise<Highs> | undefined;

/** One HiGHS WebAssembly runtime per thread, loaded on first use. */
export function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}

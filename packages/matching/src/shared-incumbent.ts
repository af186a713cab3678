import type { CompiledInstance } from "./compiled-instance.ts";
import { Placement } from "./placement.ts";

/**
 * The best settlement two threads' searches have found, in shared memory: each offers what it
 * finds and takes up the other's when that is better, so both search around one settlement
 * instead of two that drift apart (1,000 households: two searches alone ended at 4,202.8 and
 * 4,201.2, and only the better one counted).
 */
export class SharedIncumbent {
  /** The buffer holds the lock (bytes 0–3), the objective (8–15, aligned for a Float64) and each household's chosen option (from 16). */
  private readonly lock: Int32Array;
  private readonly objective: Float64Array;
  private readonly chosen: Int32Array;

  constructor(
    readonly buffer: SharedArrayBuffer,
    private readonly instance: CompiledInstance,
  ) {
    this.lock = new Int32Array(buffer, 0, 1);
    this.objective = new Float64Array(buffer, 8, 1);
    this.chosen = new Int32Array(buffer, 16, instance.householdCount);
  }

  static create(instance: CompiledInstance, start: Placement): SharedIncumbent {
    const shared = new SharedIncumbent(new SharedArrayBuffer(16 + 4 * instance.householdCount), instance);
    shared.objective[0] = -Infinity;
    shared.offer(start);
    return shared;
  }

  /** Keeps the placement if it is better than the one held. */
  offer(placement: Placement): void {
    const value = placement.objective();
    this.locked(() => {
      if (value <= (this.objective[0] ?? -Infinity) + 1e-9) return;
      this.chosen.set(placement.chosen);
      this.objective[0] = value;
    });
  }

  /** The settlement held, when it is better than `current`. */
  betterThan(current: Placement): Placement | undefined {
    if ((this.objective[0] ?? -Infinity) <= current.objective() + 1e-9) return undefined;
    const chosen = this.locked(() => Int32Array.from(this.chosen));
    const placement = new Placement(this.instance);
    chosen.forEach((option, household) => {
      if (option >= 0) placement.place(household, option);
    });
    return placement.isFeasible() && placement.objective() > current.objective() + 1e-9 ? placement : undefined;
  }

  /** Copies of a thousand numbers: a spin lock is shorter than any wait. */
  private locked<T>(body: () => T): T {
    while (Atomics.compareExchange(this.lock, 0, 0, 1) !== 0);
    try {
      return body();
    } finally {
      Atomics.store(this.lock, 0, 0);
    }
  }
}

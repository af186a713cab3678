import type { Messages } from "../locales/nb.ts";
import type { ArrivalSpan } from "../dates/arrival-deadline.ts";

export type DeterminationId = keyof Messages["determinations"];

/** A value placed into a translated text: a number, a date (`YYYY-MM-DD`), a day of the year (`MM-DD`), a time after arrival, an amount in kroner, or a title kept as written. */
export type MessageValue = number | { date: string } | { monthDay: string } | { afterArrival: ArrivalSpan } | { kroner: number } | { text: string };
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** The outcome of one rule before translation: the value, which of `Texts` explains it, and the provisions it rests on. */
export interface Finding<Texts, Value> {
  value: Value;
  reason: Exclude<keyof Texts, "title">;
  values?: MessageValues;
  legalBasis: readonly string[];
}

/** A determination of the arrival plan. */
export type Determination<Id extends DeterminationId, Value> = Finding<Messages["determinations"][Id], Value>;

/** Joined list → the lists it was joined from, so the values behind a determination can be found again. */
const partsOfJoined = new WeakMap<readonly string[], readonly (readonly string[])[]>();

/** The lists `legalBasis` was joined from (itself when it was not joined). */
export function legalBasisParts(legalBasis: readonly string[]): readonly (readonly string[])[] {
  return partsOfJoined.get(legalBasis) ?? [legalBasis];
}

type JoinCache = WeakMap<readonly string[], { joined?: readonly string[]; next: JoinCache }>;
const joinCache: JoinCache = new WeakMap();

/**
 * The provisions of several lists, without repeats. The lists come from parameter files that never
 * change after loading, so each combination is built once and then shared (frozen) between plans.
 */
export function joinLegalBasis(...lists: (readonly string[])[]): readonly string[] {
  let cache = joinCache;
  let entry: { joined?: readonly string[]; next: JoinCache } | undefined;
  for (const list of lists) {
    entry = cache.get(list);
    if (!entry) {
      entry = { next: new WeakMap() };
      cache.set(list, entry);
    }
    cache = entry.next;
  }
  if (!entry) return [];
  if (!entry.joined) {
    entry.joined = Object.freeze([...new Set(lists.flat())]);
    partsOfJoined.set(entry.joined, lists.flatMap(legalBasisParts));
  }
  return entry.joined;
}

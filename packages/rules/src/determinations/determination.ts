import type { Messages } from "../locales/nb.ts";

export type DeterminationId = keyof Messages["determinations"];

/** A value placed into a translated text: a number, a date (`YYYY-MM-DD`) or a day of the year (`MM-DD`). */
export type MessageValue = number | { date: string } | { monthDay: string };
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** The outcome of one rule before translation: the value, which text explains it, and the provisions it rests on. */
export interface Determination<Id extends DeterminationId, Value> {
  value: Value;
  reason: Exclude<keyof Messages["determinations"][Id], "title">;
  values?: MessageValues;
  legalBasis: readonly string[];
}

export function joinLegalBasis(...lists: (readonly string[])[]): readonly string[] {
  return lists.length === 1 ? lists[0]! : [...new Set(lists.flat())];
}

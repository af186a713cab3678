import type { SnippetPart } from "./search-query.ts";

const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * A short piece of `text` around the words that matched, with those words marked: the window of
 * `length` words that holds the most of them (the earliest such window), "…" where text is cut.
 * Undefined when no word of the text is among `matched` (lowercased words).
 */
export function snippetOf(text: string, matched: ReadonlySet<string>, length = 28): SnippetPart[] | undefined {
  const words = [...text.matchAll(wordPattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, hit: matched.has(match[0].normalize("NFC").toLowerCase()) }));
  if (!words.some((word) => word.hit)) return undefined;
  // Slide a window of `length` words and keep the earliest with the most hits; then centre the hits in it.
  let bestEnd = 0;
  let bestHits = -1;
  let hits = 0;
  for (let index = 0; index < words.length; index++) {
    if (words[index]!.hit) hits++;
    if (index >= length && words[index - length]!.hit) hits--;
    if (hits > bestHits) {
      bestHits = hits;
      bestEnd = index;
    }
  }
  const inWindow = words.map((word, index) => ({ word, index })).filter(({ word, index }) => word.hit && index > bestEnd - length && index <= bestEnd);
  const first = inWindow[0]!.index;
  const last = inWindow.at(-1)!.index;
  const slack = length - (last - first + 1);
  const from = Math.max(0, Math.min(first - Math.floor(slack / 2), words.length - length));
  const to = Math.min(words.length, from + length);
  const parts: SnippetPart[] = [];
  const push = (value: string, match: boolean) => {
    if (value === "") return;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += value;
    else parts.push({ text: value, match });
  };
  const startAt = from === 0 ? 0 : words[from]!.start;
  const endAt = to === words.length ? text.length : words[to - 1]!.end;
  if (from > 0) push("… ", false);
  let cursor = startAt;
  for (const word of words.slice(from, to)) {
    push(text.slice(cursor, word.start), false);
    push(text.slice(word.start, word.end), word.hit);
    cursor = word.end;
  }
  push(text.slice(cursor, endAt), false);
  if (to < words.length) push(" …", false);
  return parts.map((part) => ({ ...part, text: part.text.replace(/\s+/g, " ") }));
}

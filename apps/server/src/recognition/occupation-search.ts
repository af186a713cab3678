import { recognitionData, type Occupation } from "@velkomst/rules";
import { foldText } from "../search/search-folding.ts";
import { languageCodes } from "@velkomst/i18n";

/** An occupation a typed title may mean, with the name it matched and how well (1 = the same after folding). */
export interface OccupationMatch {
  occupation: Occupation;
  matchedName: string;
  score: number;
}

interface IndexedName {
  occupation: Occupation;
  name: string;
  folded: string;
  grams: ReadonlySet<string>;
}

/** Three-letter pieces of each word, padded so short words and word starts count (the trigram idea of the search index). */
function trigramsOf(folded: string): Set<string> {
  const grams = new Set<string>();
  for (const word of folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

let index: IndexedName[] | undefined;
/** Every name of every occupation in every language, so a title is found whatever language the page is in. */
function nameIndex(): IndexedName[] {
  index ??= recognitionData().occupations.flatMap((occupation) => {
    const names = new Set(languageCodes.map((language) => occupation.names[language]));
    return [...names].map((name) => {
      const folded = foldText(name);
      return { occupation, name, folded, grams: trigramsOf(folded) };
    });
  });
  return index;
}

/** Below this a match is more noise than meaning ("lege" should not find "bergsprenger"). */
const minimumScore = 0.4;

/**
 * Occupations whose title (in any language) is like the typed text, best first, one entry per
 * occupation: the same after folding (æ→ae, accents, Arabic letter forms) scores 1, a title that
 * contains the text 0.9, otherwise the trigram likeness, which forgives a typo or two.
 * A STYRK-08 code or an occupation id finds that occupation.
 */
export function findOccupations(text: string, limit = 8): OccupationMatch[] {
  const query = foldText(text.trim());
  if (query === "") return [];
  const data = recognitionData();
  const exact = data.byId.get(text.trim()) ?? data.byStyrk.get(text.trim());
  if (exact) return [{ occupation: exact, matchedName: exact.names.nb, score: 1 }];
  const queryGrams = trigramsOf(query);
  const best = new Map<string, OccupationMatch>();
  for (const entry of nameIndex()) {
    const score = entry.folded === query ? 1 : query.length >= 3 && entry.folded.includes(query) ? 0.9 : dice(queryGrams, entry.grams);
    if (score < minimumScore) continue;
    const previous = best.get(entry.occupation.id);
    if (!previous || score > previous.score) best.set(entry.occupation.id, { occupation: entry.occupation, matchedName: entry.name, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.occupation.names.nb.localeCompare(b.occupation.names.nb, "nb")).slice(0, limit);
}

/** A best match this far ahead of the next is taken as meant; closer calls are offered as a choice. */
const clearLead = 0.15;

/** The match a typed title clearly means (the same after folding, alone, or well ahead of the next), if any. */
export function clearBest(matches: readonly OccupationMatch[]): OccupationMatch | undefined {
  const [best, next] = matches;
  return best && (best.score === 1 || !next || best.score - next.score >= clearLead) ? best : undefined;
}

import { foldText } from "../search/search-folding.ts";

/** Municipality names in Norwegian alphabetical order: Æ, Ø and Å come last, after Z, whatever the reader's language. */
export const norwegianCollator = new Intl.Collator("nb", { sensitivity: "base", numeric: true });

export function byNorwegianName<T extends { name: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => norwegianCollator.compare(a.name, b.name));
}

/**
 * Ukrainian (and Russian) letters in Latin, after Ukraine's national transliteration, simplified to
 * one spelling per letter. Norwegian names have no official Cyrillic form, so a Ukrainian reader who
 * types "Тромсе" or "Осло" is matched through this and a little typo tolerance.
 */
const cyrillicLetters: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "h", ґ: "g", д: "d", е: "e", є: "ie", ж: "zh", з: "z", и: "y", і: "i", ї: "i", й: "i",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch",
  ш: "sh", щ: "shch", ь: "", ю: "iu", я: "ia", ы: "y", э: "e", ё: "e", ъ: "", "'": "", "’": "",
};

export function cyrillicToLatin(text: string): string {
  return [...text.toLowerCase()].map((letter) => cyrillicLetters[letter] ?? letter).join("");
}

const cyrillic = /\p{Script=Cyrillic}/u;

/**
 * How a Norwegian name sounds to a Cyrillic writer, in the same Latin letters the transliteration
 * gives: ø and æ are written е, å о, and h, g, j and y blur (Гамар is Hamar, Берген Bergen, Фрея Frøya).
 */
function soundKey(latin: string): string {
  return latin
    .replace(/[øæ]/g, "e")
    .replace(/å/g, "o")
    .replace(/kh/g, "h")
    .replace(/[hg]/g, "g")
    .replace(/[jy]/g, "i");
}

/** The forms a reader's query is compared in: folded Latin, or for Cyrillic the transliterated sound key. */
function queryKey(query: string): { key: string; cyrillic: boolean } {
  const trimmed = query.trim().toLowerCase();
  if (cyrillic.test(trimmed)) return { key: soundKey(foldText(cyrillicToLatin(trimmed))), cyrillic: true };
  return { key: foldText(trimmed), cyrillic: false };
}

function nameKey(name: string, forCyrillic: boolean): string {
  return forCyrillic ? foldText(soundKey(name.toLowerCase())) : foldText(name);
}

/** Edits (insert, delete, substitute, swap two neighbours) between two short words: "Tromos" is one from "Tromso". */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** How well a name matches, lower is better; undefined when it does not. */
function matchRank(key: string, name: string): number | undefined {
  if (name === key) return 0;
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (name.startsWith(key) || words.some((word) => word.startsWith(key))) return 1;
  if (name.includes(key)) return 2;
  // One slip of the finger in a word of four letters or more: a prefix as long or one longer (a letter
  // left out), from six letters also one shorter (a letter too many), so "trom" does not find "Romsdal".
  if (key.length < 4) return undefined;
  const lengths = key.length >= 6 ? [-1, 0, 1] : [0, 1];
  const slip = words.some((word) => lengths.some((extra) => editDistance(key, word.slice(0, key.length + extra)) <= 1));
  return slip ? 3 : undefined;
}

/**
 * The municipalities whose name matches what the reader typed, best first, then A–Z: æ/ø/å folded
 * ("Froya" finds Frøya), Cyrillic transliterated ("Тромсе" finds Tromsø), one typo forgiven.
 */
export function findMunicipalities<T extends { name: string }>(list: readonly T[], query: string): T[] {
  const { key, cyrillic: isCyrillic } = queryKey(query);
  if (!key) return byNorwegianName(list);
  const ranked = list.flatMap((item) => {
    const rank = matchRank(key, nameKey(item.name, isCyrillic));
    return rank === undefined ? [] : [{ item, rank }];
  });
  return ranked.sort((a, b) => a.rank - b.rank || norwegianCollator.compare(a.item.name, b.item.name)).map((entry) => entry.item);
}

/**
 * Folding: how search compares words. The same function is applied to the indexed words and to
 * what the reader types, so "forerkort", "foererkort" and "førerkort" meet, and so do "pamelding",
 * "paamelding" and "påmelding". Typos are not folded here; the trigram index takes care of them.
 */

/** Letters with no Unicode decomposition, spelled the way Norwegians type them on a foreign keyboard. */
const letterSpellings: Record<string, string> = {
  æ: "ae",
  ø: "o",
  œ: "oe",
  å: "a",
  ß: "ss",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  // Arabic letters written in different ways by different keyboards and writers.
  ى: "ي",
  ی: "ي",
  ة: "ه",
  ک: "ك",
  ـ: "", // tatweel, a stretch that carries no letter
  ґ: "г",
};
/** Letters that decompose (ä = a + ¨) but are spelled like æ and ø, so they are replaced before accents go. */
const umlauts: Record<string, string> = { ä: "ae", ö: "o" };
const spelledLetters = new RegExp(`[${Object.keys(letterSpellings).join("")}]`, "gu");
const combiningMarks = /\p{M}+/gu;
/** The Arabic definite article, alone or after و (and), ف (so), ب (with), ك (like), and ل+ال written لل. */
const arabicArticle = /(^|[^\p{L}\p{N}])(?:وال|فال|بال|كال|لل|ال)+(?=\p{Script=Arabic}{2,})/gu;

/**
 * Lowercase, with æ→ae, ø→o, å→a (and then "aa"→"a", "oe"→"o", the ASCII spellings of å and ø),
 * idempotent (folding a folded text changes nothing),
 * accents and other combining marks removed (é→e, ą→a, й→и, Arabic short vowels and hamza seats),
 * Arabic letter variants unified (أ إ آ→ا, ى→ي, ة→ه) and the Arabic definite article dropped from
 * the start of a word (الطبيب→طبيب), so "doctor" finds "the doctor".
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFC")
    .replace(/[äö]/g, (letter) => umlauts[letter] ?? letter)
    .normalize("NFD")
    .replace(combiningMarks, "")
    .normalize("NFC")
    .replace(spelledLetters, (letter) => letterSpellings[letter] ?? letter)
    .replace(arabicArticle, "$1")
    .replace(/a{2,}/g, "a")
    .replace(/oe+/g, "o");
}

const wordPattern = /[\p{L}\p{N}]+/gu;
/** Words longer than this are not words a reader types (URLs, codes); they stay out of the word list. */
export const longestWord = 40;

/** The words of a text, lowercased but not folded, in order (duplicates kept). */
export function wordsOf(text: string): string[] {
  return (text.normalize("NFC").toLowerCase().match(wordPattern) ?? []).filter((word) => word.length <= longestWord);
}

/** The distinct words of a text, each with its folded form. */
export function distinctFoldedWords(text: string): Array<{ word: string; folded: string }> {
  const seen = new Map<string, string>();
  for (const word of wordsOf(text)) if (!seen.has(word)) seen.set(word, foldText(word));
  return [...seen].map(([word, folded]) => ({ word, folded })).filter((entry) => entry.folded !== "");
}

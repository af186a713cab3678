import bidiFactory, { type EmbeddingLevels } from "bidi-js";

/**
 * Line layout for PDF text in any of the site's scripts: a font per run by the characters it can
 * draw, line breaking at spaces, and the Unicode bidirectional algorithm (UAX #9, by bidi-js) to put
 * each line's runs in visual order. Pure: the caller measures text, so tests need no fonts.
 */

const bidi = bidiFactory();

export type Direction = "ltr" | "rtl";

/** A font that draws the code points it covers (a subset file of one family, for example). */
export interface FontCoverage {
  key: string;
  covers(codePoint: number): boolean;
}

/** The width of `text` drawn with the font `font` (in the caller's units). */
export type MeasureText = (text: string, font: string) => number;

/** One piece of a line, in visual order from the left, with one font and one direction. */
export interface VisualRun {
  font: string;
  /** The run's characters in reading (logical) order, as in the source text. */
  text: string;
  /**
   * What to hand the shaping engine so the glyphs come out left to right as they must be seen.
   * fontkit lays out a string whose script is right-to-left (Arabic) in reverse on its own, shaping it
   * in logical order; any other right-to-left run (spaces, brackets, punctuation) is reversed here with
   * its mirrored brackets, and a left-to-right run that fontkit would reverse (Arabic-Indic digits) is
   * reversed first so the two reversals cancel.
   */
  glyphText: string;
  /** Drawn right to left (an odd bidi level). */
  rtl: boolean;
  /** Where the run lies in the paragraph's text: `text === paragraph.slice(start, end)`. */
  start: number;
  end: number;
  width: number;
}

export interface LaidOutLine {
  /** Left to right, as drawn. */
  runs: VisualRun[];
  width: number;
  /** The line's characters in reading order (what a screen reader or a copy should get). */
  text: string;
  /** Some run on the line is right to left, so the drawn order differs from the reading order. */
  hasRtl: boolean;
}

/** A string the shaping engine (fontkit) treats as right-to-left: it finds its script from the first letter of a script. */
const rtlScript = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** Characters with no script of their own: they take the font of what comes before them when it can draw them. */
const sharedCharacter = /[\p{Script=Common}\p{Script=Inherited}]/u;

/** The code points of a `U+0000-00FF,U+0131` list (as in fontsource's unicode.json) as a coverage test. */
export function unicodeRangeCoverage(list: string): (codePoint: number) => boolean {
  const ranges = list.split(",").map((part) => {
    const match = part.trim().match(/^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i);
    if (!match) throw new Error(`Not a Unicode range: ${part}`);
    const from = parseInt(match[1]!, 16);
    return [from, match[2] ? parseInt(match[2], 16) : from] as const;
  });
  return (codePoint) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/**
 * The font for each UTF-16 index of `text`: letters take the first font that covers them; spaces,
 * punctuation, digits and combining marks keep the previous character's font when it covers them, so
 * runs stay long. Nothing covers it: the first font (it draws its "missing" glyph).
 */
export function fontsFor(text: string, fonts: readonly FontCoverage[]): string[] {
  const result: string[] = new Array(text.length);
  let previous: FontCoverage | undefined;
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index)!;
    const char = String.fromCodePoint(codePoint);
    const font =
      (previous && sharedCharacter.test(char) && previous.covers(codePoint) ? previous : undefined) ?? fonts.find((f) => f.covers(codePoint)) ?? fonts[0];
    if (!font) throw new Error("No fonts to lay out text with");
    for (let unit = 0; unit < char.length; unit++) result[index + unit] = font.key;
    previous = font;
    index += char.length;
  }
  return result;
}

const bidiIsolates = /[\u2066-\u2069]/g;

function reverseMirrored(text: string, mirror: boolean): string {
  return Array.from(text)
    .reverse()
    .map((char) => (mirror ? bidi.getMirroredCharacter(char) ?? char : char))
    .join("");
}

function mirrored(text: string): string {
  return Array.from(text, (char) => bidi.getMirroredCharacter(char) ?? char).join("");
}

/** The text that makes fontkit draw `text` (one font, one level) in the right visual order. */
function glyphTextFor(text: string, rtl: boolean): string {
  const engineReverses = rtlScript.test(text);
  if (rtl) return engineReverses ? mirrored(text) : reverseMirrored(text, true);
  return engineReverses ? reverseMirrored(text, false) : text;
}

interface Paragraph {
  text: string;
  levels: EmbeddingLevels;
  fonts: string[];
}

/** The runs of `text[start, end)` in visual order: UAX #9 rule L2 by bidi-js, then runs of one font and one level. */
function lineRuns(paragraph: Paragraph, start: number, end: number, measure: MeasureText): VisualRun[] {
  if (end <= start) return [];
  const { text, levels, fonts } = paragraph;
  // The line's indices, reversed range by range as UAX #9 rule L2 says (bidi-js gives the ranges).
  const order = Array.from({ length: end - start }, (_, offset) => start + offset);
  for (const [from, to] of bidi.getReorderSegments(text, levels, start, end - 1)) {
    const reversed = order.slice(from! - start, to! - start + 1).reverse();
    order.splice(from! - start, reversed.length, ...reversed);
  }
  const runs: VisualRun[] = [];
  let group: number[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const from = Math.min(first, last);
    const to = Math.max(first, last) + 1;
    // Isolates (FSI … PDI) shape the bidi levels above but are invisible: they are not drawn.
    const runText = text.slice(from, to).replace(bidiIsolates, "");
    if (runText === "") {
      group = [];
      return;
    }
    const rtl = (levels.levels[first]! & 1) === 1;
    runs.push({ font: fonts[first]!, text: runText, glyphText: glyphTextFor(runText, rtl), rtl, start: from, end: to, width: measure(runText, fonts[first]!) });
    group = [];
  };
  for (const index of order) {
    const previous = group[group.length - 1];
    const continues =
      previous !== undefined &&
      fonts[index] === fonts[previous] &&
      levels.levels[index] === levels.levels[previous] &&
      index === previous + ((levels.levels[index]! & 1) === 1 ? -1 : 1);
    // A surrogate pair is one character: its second half comes after its first in either direction.
    const pairHalf = previous !== undefined && Math.abs(index - previous) === 1 && isSurrogatePair(text, Math.min(index, previous));
    if (!continues && !pairHalf) flush();
    group.push(index);
  }
  flush();
  return runs;
}

function isSurrogatePair(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** Pieces of `text[start, end)` that have one font each, with their widths summed. */
function widthOf(paragraph: Paragraph, start: number, end: number, measure: MeasureText): number {
  let width = 0;
  let from = start;
  for (let index = start + 1; index <= end; index++) {
    if (index === end || paragraph.fonts[index] !== paragraph.fonts[from]) {
      width += measure(paragraph.text.slice(from, index), paragraph.fonts[from]!);
      from = index;
    }
  }
  return width;
}

/** Where a word too long for a line may break: after a slash, ?, &, = or hyphen (addresses), else anywhere. */
function breakLongWord(paragraph: Paragraph, start: number, end: number, maxWidth: number, measure: MeasureText): number[] {
  const cuts: number[] = [];
  let from = start;
  while (widthOf(paragraph, from, end, measure) > maxWidth) {
    let cut = from + 1;
    let preferred = -1;
    for (let index = from + 1; index < end; index++) {
      if (isSurrogatePair(paragraph.text, index - 1)) continue;
      if (widthOf(paragraph, from, index, measure) > maxWidth) break;
      cut = index;
      if (/[/?&=\-]/.test(paragraph.text[index - 1]!)) preferred = index;
    }
    if (preferred > from && preferred - from > (cut - from) / 2) cut = preferred;
    cuts.push(cut);
    from = cut;
  }
  return cuts;
}

export interface LayoutOptions {
  /** The paragraph's base direction; "auto" takes it from the first strong letter (UAX #9 P2–P3). */
  direction: Direction | "auto";
  /** The widest a line may be. */
  width: number;
  fonts: readonly FontCoverage[];
  measure: MeasureText;
}

/** White space a line may break at: all of it but the no-break spaces (a phone number, "10\u00a0000"). */
const breakingSpace = /[^\S\u00a0\u202f]+/g;
const unbreakable = /(?:[^\s]|[\u00a0\u202f])+/g;

/**
 * Breaks a paragraph into lines no wider than `width` (at spaces; a longer word at a slash or
 * anywhere) and gives each line's runs in visual order. White space is collapsed; bidi levels come
 * from the whole paragraph with the given base direction.
 */
export function layoutParagraph(source: string, options: LayoutOptions): LaidOutLine[] {
  const text = source.normalize("NFC").replace(breakingSpace, " ").trim();
  if (!text) return [];
  const paragraph: Paragraph = { text, levels: bidi.getEmbeddingLevels(text, options.direction), fonts: fontsFor(text, options.fonts) };
  const { measure, width: maxWidth } = options;

  // Lines as [start, end) without the spaces they break at.
  const ranges: Array<[number, number]> = [];
  let lineStart = -1;
  let lineEnd = -1;
  let lineWidth = 0;
  for (const match of text.matchAll(unbreakable)) {
    const start = match.index;
    const end = start + match[0].length;
    const wordWidth = widthOf(paragraph, start, end, measure);
    if (lineStart >= 0) {
      const withWord = lineWidth + widthOf(paragraph, lineEnd, start, measure) + wordWidth;
      if (withWord <= maxWidth) {
        lineEnd = end;
        lineWidth = withWord;
        continue;
      }
      ranges.push([lineStart, lineEnd]);
    }
    let from = start;
    for (const cut of wordWidth > maxWidth ? breakLongWord(paragraph, start, end, maxWidth, measure) : []) {
      ranges.push([from, cut]);
      from = cut;
    }
    lineStart = from;
    lineEnd = end;
    lineWidth = widthOf(paragraph, from, end, measure);
  }
  if (lineStart >= 0) ranges.push([lineStart, lineEnd]);

  return ranges.map(([start, end]) => {
    const runs = lineRuns(paragraph, start, end, measure);
    return {
      runs,
      width: runs.reduce((sum, run) => sum + run.width, 0),
      text: text.slice(start, end),
      hasRtl: runs.some((run) => run.rtl),
    };
  });
}

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";
import { unicodeRangeCoverage, type FontCoverage } from "./pdf-text-layout.ts";

/**
 * The PDF's fonts: Noto Sans and Noto Sans Arabic (SIL Open Font License) from fontsource, which
 * splits each family into one file per script subset. Read, unpacked and opened once per process.
 */

const require = createRequire(import.meta.url);

/** The subsets the six languages need: Latin (æøå), Latin Extended (Polish), Cyrillic (Ukrainian), Arabic. */
const fontSources = [
  { pkg: "@fontsource/noto-sans", prefix: "noto-sans", subset: "latin" },
  { pkg: "@fontsource/noto-sans", prefix: "noto-sans", subset: "latin-ext" },
  { pkg: "@fontsource/noto-sans", prefix: "noto-sans", subset: "cyrillic" },
  { pkg: "@fontsource/noto-sans-arabic", prefix: "noto-sans-arabic", subset: "arabic" },
] as const;

export const fontWeights = [400, 700] as const;
export type FontWeight = (typeof fontWeights)[number];

interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface GlyphRun {
  glyphs: unknown[];
  positions: GlyphPosition[];
  readonly advanceWidth: number;
}
/** The parts of a fontkit font used here (pdfkit draws with it; fontkit ships no types). */
export interface ShapingFont {
  unitsPerEm: number;
  layout(text: string, features?: unknown): GlyphRun;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export interface PdfFont extends FontCoverage {
  /** The font, opened once for every document: pdfkit takes a fontkit font as well as a file. */
  font: ShapingFont;
  /** The width of `text` at 1 pt, shaped as it is drawn. */
  width(text: string): number;
}
/** Per weight, the subset fonts in the order a character looks for one that covers it. */
export type FontSet = Record<FontWeight, PdfFont[]>;

/** pdfkit's own fontkit (not whichever one is hoisted), so the fonts are the kind pdfkit draws with. */
const fontkit = createRequire(require.resolve("pdfkit"))("fontkit") as { create(data: Buffer): ShapingFont };

/** Shaped texts kept per font, then forgotten all at once. */
const shapeCacheLimit = 20_000;

/**
 * A font opened once per process, whose shaping results are kept: a plan repeats the same texts,
 * and every language's plans share most of them. pdfkit scales the positions it gets in place, so
 * each caller gets its own copy of them (the glyphs themselves are never changed).
 */
function openFont(data: Buffer): Pick<PdfFont, "font" | "width"> {
  const font = fontkit.create(data);
  const runs = new Map<string, GlyphRun>();
  const shaped = (text: string, features: unknown): GlyphRun => {
    const key = Array.isArray(features) && features.length > 0 ? `${text}\u0000${features.join(",")}` : text;
    let run = runs.get(key);
    if (!run) {
      if (runs.size >= shapeCacheLimit) runs.clear();
      run = font.layout(text, features);
      runs.set(key, run);
    }
    return run;
  };
  const caching: ShapingFont = Object.create(font, {
    layout: {
      value(text: string, features?: unknown): GlyphRun {
        const run = shaped(text, features);
        const positions = run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({ xAdvance, yAdvance, xOffset, yOffset }));
        return {
          glyphs: run.glyphs,
          positions,
          get advanceWidth() {
            return positions.reduce((sum, position) => sum + position.xAdvance, 0);
          },
        };
      },
    },
  });
  return { font: caching, width: (text) => shaped(text, undefined).advanceWidth / font.unitsPerEm };
}

/**
 * A WOFF 1.0 file (https://www.w3.org/TR/WOFF/) as the plain font inside it. fontkit reads WOFF,
 * but inflates a table on every read of it (the glyph table once per glyph), with a JavaScript
 * inflate: unpacking once here makes a plan's PDF several times faster.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error("Not a WOFF 1.0 file");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error("WOFF table has the wrong length");
    return { tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data };
  });
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= numTables) {
    searchRange *= 2;
    entrySelector++;
  }
  const headerLength = 12 + 16 * numTables;
  const padded = (length: number) => (length + 3) & ~3;
  const sfnt = Buffer.alloc(headerLength + tables.reduce((sum, table) => sum + padded(table.data.length), 0));
  sfnt.writeUInt32BE(flavor, 0);
  sfnt.writeUInt16BE(numTables, 4);
  sfnt.writeUInt16BE(searchRange * 16, 6);
  sfnt.writeUInt16BE(entrySelector, 8);
  sfnt.writeUInt16BE(numTables * 16 - searchRange * 16, 10);
  let offset = headerLength;
  // WOFF keeps the table directory sorted by tag, as the font's own directory must be.
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    sfnt.writeUInt32BE(table.tag, record);
    sfnt.writeUInt32BE(table.checksum, record + 4);
    sfnt.writeUInt32BE(offset, record + 8);
    sfnt.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(sfnt, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}

let loaded: FontSet | undefined;

/** The fonts, resolved from their packages (not from a path into node_modules) and read on first use. */
export function pdfFonts(): FontSet {
  if (loaded) return loaded;
  const ranges = new Map<string, Record<string, string>>();
  const rangesOf = (pkg: string) => {
    let value = ranges.get(pkg);
    if (!value) {
      // fontsource's own list of the code points each subset file holds.
      value = JSON.parse(readFileSync(require.resolve(`${pkg}/unicode.json`), "utf8")) as Record<string, string>;
      ranges.set(pkg, value);
    }
    return value;
  };
  const fontsOf = (weight: FontWeight): PdfFont[] =>
    fontSources.map(({ pkg, prefix, subset }) => {
      const list = rangesOf(pkg)[subset];
      if (!list) throw new Error(`${pkg} has no ${subset} subset`);
      const inRanges = unicodeRangeCoverage(list);
      return {
        key: `${subset}-${weight}`,
        // Every subset file keeps the space too (a test checks), so a run of Arabic words stays one run.
        covers: (codePoint: number) => codePoint === 0x20 || inRanges(codePoint),
        ...openFont(woffToSfnt(readFileSync(require.resolve(`${pkg}/files/${prefix}-${subset}-${weight}-normal.woff`)))),
      };
    });
  loaded = { 400: fontsOf(400), 700: fontsOf(700) };
  return loaded;
}

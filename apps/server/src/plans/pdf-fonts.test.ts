import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, test } from "node:test";
import PDFDocument from "pdfkit";
import { fontWeights, pdfFonts, woffToSfnt } from "./pdf-fonts.ts";

const require = createRequire(import.meta.url);

/** The OpenType table checksum: the sum of its big-endian 32-bit words, zero-padded. */
function tableChecksum(data: Buffer): number {
  const padded = Buffer.alloc((data.length + 3) & ~3);
  data.copy(padded);
  let sum = 0;
  for (let offset = 0; offset < padded.length; offset += 4) sum = (sum + padded.readUInt32BE(offset)) >>> 0;
  return sum;
}

/** The font engine pdfkit uses for a registered font (fontkit's object behind pdfkit's font). */
interface EngineFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): { glyphs: Array<{ name: string }> };
}
interface PdfkitFont {
  font: EngineFont;
  encode(text: string, features?: string[]): [string[], unknown[]];
}
function pdfkitFont(key: string): PdfkitFont {
  const doc = new PDFDocument({ font: "" });
  for (const font of [...pdfFonts()[400], ...pdfFonts()[700]]) doc.registerFont(font.key, font.font as unknown as Buffer);
  doc.font(key);
  return (doc as unknown as { _font: PdfkitFont })._font;
}

describe("the PDF's fonts", () => {
  test("a WOFF file unpacks to the font inside it: same tables, each with its original checksum", () => {
    const woff = readFileSync(require.resolve("@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff"));
    const sfnt = woffToSfnt(woff);
    const numTables = woff.readUInt16BE(12);
    assert.equal(sfnt.readUInt32BE(0), 0x00010000, "TrueType outlines");
    assert.equal(sfnt.readUInt16BE(4), numTables);
    let previousTag = "";
    for (let index = 0; index < numTables; index++) {
      const record = 12 + index * 16;
      const tag = sfnt.toString("latin1", record, record + 4);
      assert.ok(tag > previousTag, "tables sorted by tag");
      previousTag = tag;
      const data = Buffer.from(sfnt.subarray(sfnt.readUInt32BE(record + 8), sfnt.readUInt32BE(record + 8) + sfnt.readUInt32BE(record + 12)));
      if (tag === "head") data.writeUInt32BE(0, 8); // checkSumAdjustment does not count in head's own checksum
      assert.equal(tableChecksum(data), sfnt.readUInt32BE(record + 4), tag);
    }
    assert.throws(() => woffToSfnt(sfnt), /Not a WOFF 1.0 file/);
  });

  test("four subset files per weight cover Norwegian, Polish, Ukrainian and Arabic letters, and each has the space", () => {
    for (const weight of fontWeights) {
      const fonts = pdfFonts()[weight];
      assert.deepEqual(
        fonts.map((font) => font.key),
        [`latin-${weight}`, `latin-ext-${weight}`, `cyrillic-${weight}`, `arabic-${weight}`],
      );
      const firstCovering = (char: string) => fonts.find((font) => font.covers(char.codePointAt(0)!))?.key;
      assert.deepEqual(["ø", "Å", "ł", "ż", "ї", "ґ", "ع", "،"].map(firstCovering), [
        `latin-${weight}`,
        `latin-${weight}`,
        `latin-ext-${weight}`,
        `latin-ext-${weight}`,
        `cyrillic-${weight}`,
        `cyrillic-${weight}`,
        `arabic-${weight}`,
        `arabic-${weight}`,
      ]);
      for (const font of fonts) assert.ok(pdfkitFont(font.key).font.hasGlyphForCodePoint(0x20), `${font.key} has the space its coverage claims`);
    }
    assert.equal(pdfFonts(), pdfFonts(), "read once per process");
  });

  test("through pdfkit, Arabic letters are joined (the font's GSUB) and come out right to left", () => {
    const arabic = pdfkitFont("arabic-400");
    const glyphs = (text: string) => arabic.encode(text, [])[0];
    // Letters without dots (the font draws dots as marks of their own): seen, lam, meem.
    const letters = ["س", "ل", "م"];
    const isolated = letters.map((letter) => glyphs(letter)[0]);
    const word = glyphs(letters.join(""));
    assert.equal(word.length, 3);
    // Drawn left to right: the final meem first, the initial seen last, each in its joining form.
    for (let index = 0; index < 3; index++) assert.notEqual(word[2 - index], isolated[index], `letter ${index + 1} takes its joining form`);
    assert.deepEqual(
      arabic.font.layout(letters.join("")).glyphs.map((glyph) => glyph.name),
      ["uni0645.fina", "uni0644.medi", "uni0633.init"],
    );
    // The same letters apart (spaces between) stay isolated, in right-to-left order.
    assert.deepEqual(glyphs("س ل م").filter((_, index) => index % 2 === 0), [...isolated].reverse());
  });
});

import { inflateSync } from "node:zlib";

// A small reader for the PDFs pdfkit writes: objects, inflated streams, the fonts' ToUnicode maps,
// the glyphs shown per page (TJ) and the ActualText of marked content. Enough to read back what
// was drawn; not a general PDF parser.

interface PdfObject {
  dictionary: string;
  stream?: Buffer;
}

const octalDigits = /[0-7]{1,3}/y;

/** A PDF literal string `( … )` at `start` (the opening bracket): its bytes and where it ends. */
export function literalString(text: string, start: number): { bytes: Buffer; end: number } {
  const bytes: number[] = [];
  let depth = 0;
  let index = start;
  for (; index < text.length; index++) {
    const char = text[index]!;
    if (char === "\\") {
      const next = text[++index]!;
      octalDigits.lastIndex = index;
      const octal = octalDigits.exec(text);
      if (octal) {
        bytes.push(parseInt(octal[0], 8));
        index += octal[0].length - 1;
      } else bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
      continue;
    }
    if (char === "(" && depth++ === 0) continue;
    if (char === ")" && --depth === 0) break;
    bytes.push(char.charCodeAt(0));
  }
  return { bytes: Buffer.from(bytes), end: index };
}

/** A PDF text string: UTF-16BE after its byte order mark, else PDFDocEncoding (Latin-1 here). */
export function textString(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString("utf16le");
  return bytes.toString("latin1");
}

export function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\n/g)) {
    const start = match.index + match[0].length;
    const endAt = text.indexOf("endobj", start);
    const streamAt = text.lastIndexOf("\nstream\n", endAt) + 1;
    if (streamAt > start) {
      const dictionary = text.slice(start, streamAt);
      const length = Number(dictionary.match(/\/Length (\d+)/)?.[1]);
      const raw = pdf.subarray(streamAt + 7, streamAt + 7 + length);
      objects.set(Number(match[1]), { dictionary, stream: /\/FlateDecode/.test(dictionary) ? inflateSync(raw) : raw });
    } else objects.set(Number(match[1]), { dictionary: text.slice(start, endAt) });
  }
  return objects;
}

/** A font's ToUnicode map (pdfkit writes `bfrange` with arrays): glyph code → text. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexText = (hex: string) => String.fromCharCode(...(hex.match(/[0-9a-f]{4}/gi) ?? []).map((unit) => parseInt(unit, 16)));
  for (const [, from, , list] of cmap.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
    [...list!.matchAll(/<([0-9a-f ]+)>/gi)].forEach(([, hex], offset) => map.set(parseInt(from!, 16) + offset, hexText(hex!)));
  }
  for (const [, code, hex] of cmap.matchAll(/^<([0-9a-f]+)>\s*<([0-9a-f]+)>$/gim)) map.set(parseInt(code!, 16), hexText(hex!));
  return map;
}

export interface ReadPdf {
  raw: string;
  objects: Map<number, PdfObject>;
  /** Per page: the glyphs as text, in drawing order, one line per baseline. */
  pages: string[];
  /** Every ActualText in the pages' marked content, in order. */
  actualTexts: string[];
  info: Record<string, string>;
}

export function readPdf(pdf: Buffer): ReadPdf {
  const objects = readObjects(pdf);
  const raw = pdf.toString("latin1");
  const ref = (dictionary: string, key: string) => Number(dictionary.match(new RegExp(`/${key} (\\d+) 0 R`))?.[1]);
  const unicodeOfFont = new Map<number, Map<number, string>>();
  const fontMap = (id: number) => {
    let map = unicodeOfFont.get(id);
    if (!map) {
      map = toUnicode(objects.get(ref(objects.get(id)!.dictionary, "ToUnicode"))!.stream!.toString("latin1"));
      unicodeOfFont.set(id, map);
    }
    return map;
  };
  const pages: string[] = [];
  const actualTexts: string[] = [];
  const pageIds = [...raw.matchAll(/\/Kids \[([^\]]*)\]/g)].flatMap(([, kids]) => [...kids!.matchAll(/(\d+) 0 R/g)].map(([, id]) => Number(id)));
  for (const pageId of pageIds) {
    const page = objects.get(pageId)!.dictionary;
    const resources = objects.get(ref(page, "Resources"))!.dictionary;
    const fonts = new Map([...resources.matchAll(/\/(F\d+) (\d+) 0 R/g)].map(([, name, id]) => [name!, Number(id)]));
    const content = objects.get(ref(page, "Contents"))!.stream!.toString("latin1");
    let font = new Map<number, string>();
    let text = "";
    let lineY: number | undefined;
    let firstTm = false;
    for (const token of content.matchAll(/\/ActualText \(|\/(F\d+) [\d.]+ Tf|[\d.-]+ ([\d.-]+) Tm|\[([^\]]*)\] TJ|\bBT\b/g)) {
      if (token[0].startsWith("/ActualText")) actualTexts.push(textString(literalString(content, token.index + token[0].length - 1).bytes));
      else if (token[1]) font = fontMap(fonts.get(token[1])!);
      else if (token[0] === "BT") firstTm = true;
      else if (token[2] !== undefined) {
        // A new line where a text object starts on another baseline (later Tm in it place marks).
        const y = Number(token[2]);
        if (firstTm && lineY !== undefined && Math.abs(y - lineY) > 2) text += "\n";
        if (firstTm) lineY = y;
        firstTm = false;
      } else if (token[3] !== undefined) {
        for (const [, hex] of token[3].matchAll(/<([0-9a-f]*)>/gi)) for (const code of hex!.match(/.{4}/g) ?? []) text += font.get(parseInt(code, 16)) ?? "\ufffd";
      }
    }
    pages.push(text);
  }
  const infoDictionary = objects.get(ref(raw.slice(raw.lastIndexOf("trailer")), "Info"))!.dictionary;
  const info: Record<string, string> = {};
  for (const [, key, id] of infoDictionary.matchAll(/\/(\w+) (\d+) 0 R/g)) {
    const value = objects.get(Number(id))!.dictionary.trim();
    info[key!] = value.startsWith("(") ? textString(literalString(value, 0).bytes) : value;
  }
  return { raw, objects, pages, actualTexts, info };
}

import PDFDocument from "pdfkit";
import { directionOf, type Language } from "@velkomst/i18n";
import { pdfFonts, type FontSet, type FontWeight, type PdfFont } from "./pdf-fonts.ts";
import { layoutParagraph, type Direction, type LaidOutLine } from "./pdf-text-layout.ts";

/**
 * Tagged A4 documents for every language of the site (the arrival plan, the CV): text is laid out
 * here (pdf-text-layout.ts) rather than by pdfkit, which knows neither bidi nor fonts per script;
 * pdfkit draws each run and fontkit shapes it (Arabic joining forms by the font's GSUB).
 */
// ---------------------------------------------------------------------------------------------
// Page and type.

export const A4 = { width: 595.28, height: 841.89 };
export const margin = { side: 56.7, top: 56.7, bottom: 84 };
const footerTop = A4.height - 64;
export const contentWidth = A4.width - 2 * margin.side;

export interface TextStyle {
  size: number;
  weight: FontWeight;
  color: string;
  /** Space above and below the block, in points. */
  before: number;
  after: number;
}

export const styles = {
  h1: { size: 22, weight: 700, color: "#0b1f33", before: 0, after: 8 },
  h2: { size: 16, weight: 700, color: "#0b1f33", before: 18, after: 6 },
  h3: { size: 12.5, weight: 700, color: "#0b1f33", before: 12, after: 3 },
  h4: { size: 10.5, weight: 700, color: "#0b1f33", before: 6, after: 2 },
  body: { size: 10.5, weight: 400, color: "#1a1a1a", before: 0, after: 4 },
  strong: { size: 10.5, weight: 700, color: "#1a1a1a", before: 0, after: 2 },
  small: { size: 9.5, weight: 400, color: "#333333", before: 0, after: 4 },
  link: { size: 9.5, weight: 400, color: "#0b5bb5", before: 0, after: 2 },
  footer: { size: 8, weight: 400, color: "#444444", before: 0, after: 0 },
} satisfies Record<string, TextStyle>;

export const indentStep = 24;

// ---------------------------------------------------------------------------------------------
// Writing blocks of text with their structure tags.

export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

export interface BlockOptions {
  /** Extra space on the start side (left in left-to-right, right in right-to-left). */
  indent?: number;
  /** Space kept free on the end side (for the tick box beside a step's heading). */
  endIndent?: number;
  /** The block is a link to this address: a Link tag with one annotation per line. */
  link?: string;
  /** The block's language when it differs from the document's (the legal references are Norwegian). */
  lang?: string;
  /** The text's own base direction; "auto" follows its first letter (a Norwegian reference in an Arabic plan). */
  textDirection?: Direction | "auto";
  /** Keep this many following lines of body text on the same page (headings). */
  keepWithNext?: number;
  /** Add the block to the document outline (bookmarks). */
  bookmark?: boolean;
}

export class PdfWriter {
  y = margin.top;
  /** A list label waiting for the first line of its item's body. */
  private pendingLabel: { element: Struct; text: string } | undefined;

  private readonly fontsByKey: Map<string, PdfFont>;

  constructor(
    private readonly doc: Doc,
    private readonly direction: Direction,
    private readonly fonts: FontSet,
    private readonly lineFactor: number,
  ) {
    this.fontsByKey = new Map([...fonts[400], ...fonts[700]].map((font) => [font.key, font]));
  }

  lineHeight(style: TextStyle): number {
    return style.size * this.lineFactor;
  }

  private measure(style: TextStyle) {
    const byKey = this.fontsByKey;
    return (text: string, font: string) => byKey.get(font)!.width(text) * style.size;
  }

  layout(text: string, style: TextStyle, width: number, textDirection: Direction | "auto" = this.direction): LaidOutLine[] {
    return layoutParagraph(text, { direction: textDirection, width, fonts: this.fonts[style.weight], measure: this.measure(style) });
  }

  newPage() {
    this.doc.addPage();
    this.y = margin.top;
  }

  private ensureRoom(height: number) {
    if (this.y + height > A4.height - margin.bottom && this.y > margin.top) this.newPage();
  }

  /** Draws one laid-out line with its top at `top`, its start edge `indent` in from the margin. */
  drawLine(line: LaidOutLine, style: TextStyle, top: number, indent: number, align: Direction = this.direction) {
    const baseline = top + style.size * ((this.lineFactor - 1) / 2 + 0.92);
    let x = align === "ltr" ? margin.side + indent : A4.width - margin.side - indent - line.width;
    const start = x;
    this.doc.fillColor(style.color);
    for (const run of line.runs) {
      this.doc
        .font(run.font)
        .fontSize(style.size)
        // A right-to-left run with spaces is shaped whole (`features` turns off pdfkit's word-by-word
        // layout, which would put an Arabic run's words back in left-to-right order).
        .text(run.glyphText, x, baseline, { lineBreak: false, baseline: "alphabetic", ...(run.rtl && /\s/.test(run.glyphText) ? { features: [] } : {}) });
      x += run.width;
    }
    return { x: start, baseline, width: line.width };
  }

  /**
   * A block of text as one structure element (P, H1…H4) under `parent`, a P with a Link inside for a
   * link. Returns the top of its first line (it may have moved to a new page), if it drew anything.
   */
  block(parent: Struct, type: string, text: string, style: TextStyle, options: BlockOptions = {}): number | undefined {
    const doc = this.doc;
    const indent = options.indent ?? 0;
    const lines = this.layout(text, style, contentWidth - indent - (options.endIndent ?? 0), options.textDirection);
    if (lines.length === 0) return undefined;
    const lineHeight = this.lineHeight(style);
    this.y += style.before;
    this.ensureRoom(lineHeight * Math.min(lines.length, 2) + (options.keepWithNext ?? 0) * this.lineHeight(styles.body));
    const firstTop = this.y;
    if (options.bookmark) doc.outline.addItem(text);

    const outer = doc.struct(type, options.lang ? { lang: options.lang } : {});
    parent.add(outer);
    const element = options.link ? doc.struct("Link") : outer;
    if (element !== outer) outer.add(element);
    const tag = options.link ? "Link" : type;
    lines.forEach((line, index) => {
      this.ensureRoom(lineHeight);
      if (index === 0 && this.pendingLabel) this.drawLabel(style, indent);
      // A line drawn in another order than it reads carries its reading order as ActualText.
      const span = line.hasRtl ? doc.struct("Span", { actual: line.text }) : undefined;
      if (span) element.add(span);
      const content = doc.markStructureContent(span ? "Span" : tag, span ? { actual: line.text } : {});
      const drawn = this.drawLine(line, style, this.y, indent);
      if (options.link) {
        const underline = drawn.baseline + style.size * 0.18;
        doc.save().moveTo(drawn.x, underline).lineTo(drawn.x + drawn.width, underline).lineWidth(0.5).strokeColor(style.color).stroke().restore();
      }
      doc.endMarkedContent();
      (span ?? element).add(content);
      span?.end();
      if (options.link) doc.link(drawn.x, this.y, drawn.width, lineHeight, options.link, { structParent: element, Contents: new String(text) } as never);
      this.y += lineHeight;
    });
    if (element !== outer) element.end();
    outer.end();
    this.y += style.after;
    return firstTop;
  }

  /** The label of a list item ("1.", "•"), drawn beside the first line of the item's body. */
  private drawLabel(bodyStyle: TextStyle, bodyIndent: number) {
    const { element, text } = this.pendingLabel!;
    this.pendingLabel = undefined;
    const style = { ...styles.body, size: bodyStyle.size, weight: bodyStyle.weight, color: bodyStyle.color };
    const [line] = this.layout(text, style, indentStep);
    if (!line) return;
    const content = this.doc.markStructureContent("Lbl");
    // The label sits in the gutter before the body, its end edge 6 pt from the text.
    this.drawLine(line, style, this.y, bodyIndent - 6 - line.width);
    this.doc.endMarkedContent();
    element.add(content);
    element.end();
  }

  /** A list (L) whose items (LI) have a label (Lbl) and a body (LBody) that `fill` writes. */
  list<T>(parent: Struct, items: readonly T[], label: (item: T, index: number) => string, fill: (body: Struct, item: T, index: number) => void) {
    const list = this.doc.struct("L");
    parent.add(list);
    items.forEach((item, index) => {
      const li = this.doc.struct("LI");
      list.add(li);
      const lbl = this.doc.struct("Lbl");
      li.add(lbl);
      this.pendingLabel = { element: lbl, text: label(item, index) };
      const body = this.doc.struct("LBody");
      li.add(body);
      fill(body, item, index);
      if (this.pendingLabel) lbl.end();
      this.pendingLabel = undefined;
      body.end();
      li.end();
    });
    list.end();
  }

  /** A box to tick by hand, at the end side of the line that starts at `top`: decoration, so an artifact. */
  tickBox(top: number, style: TextStyle) {
    const size = style.size * 0.9;
    const x = this.direction === "ltr" ? A4.width - margin.side - size : margin.side;
    const y = top + style.size * ((this.lineFactor - 1) / 2 + 0.92) - size;
    this.doc.markContent("Artifact", { type: "Layout" });
    this.doc.save().rect(x, y, size, size).lineWidth(0.8).strokeColor("#555555").stroke().restore();
    this.doc.endMarkedContent();
  }

  /** The footer of every page, an artifact (pagination): the page number and the link that re-creates the plan. */
  footers(pageText: (number: number, total: number) => string, shareUrl: string) {
    const { start, count } = this.doc.bufferedPageRange();
    // The address on the start side, the page number on the end side of the first line.
    const pageNumberWidth = 90;
    const urlLines = this.layout(shareUrl, styles.footer, contentWidth - pageNumberWidth, "ltr");
    for (let index = start; index < start + count; index++) {
      this.doc.switchToPage(index);
      this.doc.markContent("Artifact", { type: "Pagination" });
      this.doc
        .save()
        .moveTo(margin.side, footerTop)
        .lineTo(A4.width - margin.side, footerTop)
        .lineWidth(0.5)
        .strokeColor("#999999")
        .stroke()
        .restore();
      let top = footerTop + 4;
      const [pageLine] = this.layout(pageText(index - start + 1, count), styles.footer, pageNumberWidth);
      if (pageLine) this.drawLine(pageLine, styles.footer, top, 0, this.direction === "ltr" ? "rtl" : "ltr");
      for (const line of urlLines) {
        this.drawLine(line, styles.footer, top, 0);
        top += this.lineHeight(styles.footer);
      }
      this.doc.endMarkedContent();
    }
  }
}

/** A tagged A4 PDF 1.7 in `lang`, its writer with the fonts registered, its Document root, and the bytes once `doc.end()` is called. */
export function openTaggedPdf(lang: Language, info: { Title: string; Subject: string; CreationDate: Date }) {
  const direction: Direction = directionOf(lang);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: margin.top, bottom: margin.bottom, left: margin.side, right: margin.side },
    pdfVersion: "1.7",
    tagged: true,
    lang,
    displayTitle: true,
    bufferPages: true,
    // No default font: pdfkit would load Helvetica's metrics for nothing.
    font: "",
    info: { ...info, Author: "Velkomst", Creator: "Velkomst" },
  });
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const fonts = pdfFonts();
  // The fonts opened once per process (pdfkit would parse a file again for every document).
  for (const font of [...fonts[400], ...fonts[700]]) doc.registerFont(font.key, font.font as unknown as Buffer);
  const writer = new PdfWriter(doc, direction, fonts, direction === "rtl" ? 1.65 : 1.42);
  const root = doc.struct("Document");
  doc.addStructure(root);
  return { doc, writer, root, bytes };
}

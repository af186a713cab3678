import { openTaggedPdf, styles } from "../plans/pdf-writer.ts";
import type { CvDocument } from "./cv-content.ts";
import { skillsProfileTexts } from "./skills-profile-texts.ts";

/**
 * The CV as a tagged A4 PDF (the arrival plan's writer: fonts per script, bidi, structure): the
 * name as H1, each Europass section an H2 with its entries as H3 and paragraphs, in the CV's
 * language (right to left in Arabic). Typed text (names, employers) keeps its own direction.
 */
export function cvToPdf(cv: CvDocument, now: Date): Promise<Buffer> {
  const c = skillsProfileTexts(cv.lang);
  const { doc, writer: w, root, bytes } = openTaggedPdf(cv.lang, { Title: cv.title, Subject: cv.subject, CreationDate: now });
  w.block(root, "H1", cv.name, styles.h1, { textDirection: "auto" });
  for (const section of cv.sections) {
    const sect = doc.struct("Sect");
    root.add(sect);
    w.block(sect, "H2", section.heading, styles.h2, { keepWithNext: 3, bookmark: true });
    for (const entry of section.entries) {
      if (entry.heading) w.block(sect, "H3", entry.heading, styles.h3, { keepWithNext: 2, textDirection: "auto" });
      for (const line of entry.lines.filter(Boolean)) w.block(sect, "P", line, styles.body, { textDirection: "auto" });
    }
    sect.end();
  }
  w.block(root, "P", cv.generated, styles.small);
  root.end();
  w.footers((number, total) => c("cv.page", { number, total }), "");
  doc.end();
  return bytes;
}

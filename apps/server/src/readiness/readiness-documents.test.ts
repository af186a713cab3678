import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { checkDocument, cleanFileName, contentDisposition, maxDocumentBytes } from "./readiness-documents.ts";
import { minimalPdf } from "./readiness-demo.ts";

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const zipWith = (name: string) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(name, "latin1")]);

test("accepts the six formats when name and first bytes agree, and decides the type itself", () => {
  assert.deepEqual(checkDocument("Avtale.PDF", minimalPdf("x")), { ok: true, contentType: "application/pdf", fileName: "Avtale.PDF" });
  assert.equal(checkDocument("plan.docx", zipWith("word/document.xml")).ok, true);
  assert.equal(checkDocument("budsjett.xlsx", zipWith("xl/workbook.xml")).ok, true);
  assert.equal(checkDocument("notat.odt", zipWith("mimetypeapplication/vnd.oasis.opendocument.text")).ok, true);
  assert.equal(checkDocument("kart.png", png).ok, true);
  assert.equal(checkDocument("bilde.jpeg", jpg).ok, true);
});

test("refuses other types, disguised files, empty and too large files", () => {
  assert.deepEqual(checkDocument("skript.html", Buffer.from("<script>alert(1)</script>")), { ok: false, problem: "fileType" });
  assert.deepEqual(checkDocument("faktura.pdf", Buffer.from("<html>not a pdf</html>")), { ok: false, problem: "fileType" });
  assert.deepEqual(checkDocument("bilde.png", jpg), { ok: false, problem: "fileType" });
  assert.deepEqual(checkDocument("plan.docx", zipWith("xl/workbook.xml")), { ok: false, problem: "fileType" });
  assert.deepEqual(checkDocument("tom.pdf", new Uint8Array()), { ok: false, problem: "fileType" });
  assert.deepEqual(checkDocument("uten-endelse", minimalPdf("x")), { ok: false, problem: "fileType" });
  assert.deepEqual(checkDocument("stor.pdf", Buffer.alloc(maxDocumentBytes + 1, 0x25)), { ok: false, problem: "fileTooLarge" });
  assert.deepEqual(checkDocument("avkortet.pdf", minimalPdf("x"), true), { ok: false, problem: "fileTooLarge" });
});

test("file names lose paths and control characters and stay within 200 characters with their extension", () => {
  assert.equal(cleanFileName("C:\\Users\\mona\\avtale.pdf"), "avtale.pdf");
  assert.equal(cleanFileName("../../etc/passwd.pdf"), "passwd.pdf");
  assert.equal(cleanFileName('a"b\u0000c\n.pdf'), "abc.pdf");
  const long = cleanFileName(`${"å".repeat(300)}.pdf`);
  assert.equal(long.length, 200);
  assert.ok(long.endsWith(".pdf"));
  const emoji = cleanFileName(`${"😀".repeat(250)}.pdf`);
  assert.equal(Array.from(emoji).length, 200);
  assert.doesNotThrow(() => contentDisposition(emoji));
});

test("Content-Disposition keeps the real name in RFC 5987 form and can never break the header", () => {
  assert.equal(contentDisposition("Avtale Frøya.pdf"), `attachment; filename="Avtale Frya.pdf"; filename*=UTF-8''Avtale%20Fr%C3%B8ya.pdf`);
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 80 }), (raw) => {
      const header = contentDisposition(cleanFileName(raw) || "x");
      assert.match(header, /^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!._~-]*$/);
      assert.ok(!/[\r\n]/.test(header));
      const quoted = /filename="([^"]*)"/.exec(header)?.[1] ?? "";
      assert.ok(!quoted.includes('"') && !quoted.includes("\\"));
    }),
  );
});

/**
 * What may be attached to a checklist item: a few office and image formats, at most 5 MB. The
 * type is decided here from the name's extension AND the file's first bytes, never from what the
 * browser claims, and downloads carry that type with `nosniff`.
 */
export const maxDocumentBytes = 5 * 1024 * 1024;

interface DocumentType {
  extensions: readonly string[];
  contentType: string;
  /** Does the file start the way this format does? */
  matches: (bytes: Uint8Array) => boolean;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);
const zip = [0x50, 0x4b, 0x03, 0x04];
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** A zip (OOXML and ODF are zips) that names the given part or mimetype early on. */
function zipContaining(marker: string) {
  const needle = Buffer.from(marker, "latin1");
  return (bytes: Uint8Array) => startsWith(bytes, zip) && Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 64 * 1024)).includes(needle);
}

export const documentTypes: readonly DocumentType[] = [
  { extensions: ["pdf"], contentType: "application/pdf", matches: (b) => startsWith(b, ascii("%PDF-")) },
  {
    extensions: ["docx"],
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    matches: zipContaining("word/"),
  },
  {
    extensions: ["xlsx"],
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    matches: zipContaining("xl/"),
  },
  // An ODF file starts with an uncompressed "mimetype" entry holding its type.
  { extensions: ["odt"], contentType: "application/vnd.oasis.opendocument.text", matches: zipContaining("application/vnd.oasis.opendocument.text") },
  { extensions: ["png"], contentType: "image/png", matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { extensions: ["jpg", "jpeg"], contentType: "image/jpeg", matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
];

export type DocumentCheck = { ok: true; contentType: string; fileName: string } | { ok: false; problem: "fileType" | "fileTooLarge" };

/** A file name safe to store and show: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  // Cut by code points, never inside a surrogate pair.
  const characters = Array.from(cleaned);
  if (characters.length <= 200) return cleaned;
  const dot = characters.lastIndexOf(".");
  const extension = dot > 0 && characters.length - dot <= 6 ? characters.slice(dot) : [];
  return [...characters.slice(0, 200 - extension.length), ...extension].join("");
}

export function checkDocument(fileName: string, bytes: Uint8Array, truncated = false): DocumentCheck {
  if (truncated || bytes.byteLength > maxDocumentBytes) return { ok: false, problem: "fileTooLarge" };
  const name = cleanFileName(fileName);
  const extension = name.includes(".") ? (name.split(".").pop() ?? "").toLowerCase() : "";
  const type = documentTypes.find((t) => t.extensions.includes(extension));
  if (!name || bytes.byteLength === 0 || !type || !type.matches(bytes)) return { ok: false, problem: "fileType" };
  return { ok: true, contentType: type.contentType, fileName: name };
}

/**
 * `attachment` with an ASCII fallback name and the real name in RFC 5987 form, so "Avtale Frøya.pdf"
 * arrives with its ø and no header can be broken by the name.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\%;]/g, "_").trim() || "document";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Bytes as a Buffer whether the driver gave a Buffer (pg) or a Uint8Array (PGlite). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { FastifyReply, FastifyRequest } from "fastify";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text worth compressing: HTML, CSS, JavaScript, JSON, iCalendar, SVG, plain text, the manifest. */
export function compressible(contentType: string | undefined): boolean {
  return /^(text\/|application\/(json|problem\+json|manifest\+json|javascript)|image\/svg\+xml)/.test(contentType ?? "");
}

/** The encoding to send: brotli when the client takes it, else gzip, else none (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | string[] | undefined, offerBrotli = true): "br" | "gzip" | undefined {
  const accepted = new Set(
    String(acceptEncoding ?? "")
      .split(",")
      .map((part) => part.trim().toLowerCase().split(";"))
      .filter(([, ...params]) => !params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param)))
      .map(([coding]) => coding?.trim()),
  );
  if (offerBrotli && accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return undefined;
}

/** Below this a compressed answer saves less than a packet. */
const minimumBytes = 1024;

function addVary(reply: FastifyReply, field: string) {
  const current = reply.getHeader("vary");
  const fields = String(current ?? "").split(",").map((f) => f.trim()).filter(Boolean);
  if (!fields.some((f) => f.toLowerCase() === field.toLowerCase())) reply.header("vary", [...fields, field].join(", "));
}

/**
 * Compresses dynamic text answers (brotli at a fast quality, or gzip) as they are sent. Not for a
 * signed-in person (BREACH): their pages carry personal data and secrets (names, TOTP set-up) next
 * to what the request reflects, so an attacker who can make their browser send requests could read
 * them off the compressed length. Anonymous pages are compressed, including those with a form
 * token: that token is salted anew on every answer, so its bytes never repeat for a length to
 * reveal. Static files are compressed once at start instead (static-assets.ts).
 */
export async function compressResponse(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (request.viewer || request.method === "HEAD" || reply.getHeader("content-encoding")) return payload;
  if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
  const bytes = typeof payload === "string" ? Buffer.from(payload) : payload;
  if (bytes.length < minimumBytes || !compressible(String(reply.getHeader("content-type") ?? ""))) return payload;
  addVary(reply, "Accept-Encoding");
  const encoding = chooseEncoding(request.headers["accept-encoding"]);
  if (!encoding) return payload;
  const compressed =
    encoding === "br"
      ? await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
      : await gzipAsync(bytes, { level: 6 });
  reply.header("content-encoding", encoding).removeHeader("content-length");
  return compressed;
}

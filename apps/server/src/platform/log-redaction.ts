import type { FastifyRequest } from "fastify";

/** Path segments after which a secret follows: password links, event cancel links, reported workers' own links and their ID checks' calendar files. */
const secretAfter = new Set(["nytt-passord", "avmelding", "ny-arbeidstaker", "id-kontroll"]);

/**
 * A request address as the log may keep it: no query string (plan answers, search words) and no
 * one-time link secrets in the path.
 */
export function loggablePath(url: string): string {
  const path = url.split("?", 1)[0] ?? "";
  const segments = path.split("/");
  return segments.map((segment, index) => (index > 0 && secretAfter.has(segments[index - 1] ?? "") && segment !== "" ? "[redacted]" : segment)).join("/");
}

/** Fastify's request serializer with the address redacted (the default logs the full URL). */
export function serializeRequest(request: FastifyRequest) {
  return { method: request.method, url: loggablePath(request.url), remoteAddress: request.ip };
}

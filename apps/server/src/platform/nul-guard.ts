import type { FastifyRequest } from "fastify";
import { InvalidInputError } from "./domain-errors.ts";

const nulMessage = "expected text without NUL characters (%00)";

/** The dotted path of the first string holding a NUL character, if any. */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === "string") return value.includes("\u0000") ? path : undefined;
  if (Array.isArray(value)) return value.map((item, index) => nulPath(item, `${path}.${index}`)).find((found) => found !== undefined);
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * NUL never belongs in an address, a form or a JSON body, and PostgreSQL refuses it in text; so it
 * is refused here with a 400 naming where it was, not deep inside as a 500.
 */
export async function refuseNulInUrl(request: FastifyRequest): Promise<void> {
  if (/%00|\u0000/i.test(request.url)) throw new InvalidInputError([{ path: "url", code: "nul", message: nulMessage }], 400);
}

export async function refuseNulInBody(request: FastifyRequest): Promise<void> {
  const path = nulPath(request.body, "");
  if (path !== undefined) throw new InvalidInputError([{ path: path || "body", code: "nul", message: nulMessage }], 400);
}

import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * The API takes JSON only. A cross-site HTML form can send form-encoded bodies but not JSON
 * without a CORS preflight (which we never allow), so this also shields cookie-authenticated
 * API calls from cross-site request forgery. A form with no fields still names its type, so a
 * write without a body is refused too unless it names JSON or nothing.
 */
export async function apiContentTypeGuard(request: FastifyRequest, reply: FastifyReply) {
  const hasBody = request.headers["content-length"] !== undefined && request.headers["content-length"] !== "0";
  const namesType = request.headers["content-type"] !== undefined;
  if (!hasBody && request.headers["transfer-encoding"] === undefined && !namesType) return;
  const type = request.headers["content-type"] ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return reply
      .status(415)
      .send({ type: "unsupported-media-type", errors: [{ path: "", message: "expected Content-Type: application/json" }] });
  }
}

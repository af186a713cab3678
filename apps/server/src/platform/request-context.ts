import type { FastifyRequest } from "fastify";
import type { Language } from "@velkomst/i18n";
import { hashToken } from "../auth/tokens.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { Config } from "../config.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in staff member, or null for visitors (and before a second factor is given). */
    viewer: Viewer | null;
    /** A session that still waits for its TOTP code. */
    pendingSecondFactor: { token: string; userId: string } | null;
    sessionToken: string | null;
    /** The language of the page: from the path, else the visitor's browser, else bokmål. */
    language: Language;
  }
}

export const sessionCookie = "velkomst_session";
export const languageCookie = "velkomst_lang";

/** What a form token is bound to: the session (by its hash), or "visitor" (the CSRF library refuses an empty binding). */
export function csrfBinding(request: FastifyRequest): string {
  return request.sessionToken ? hashToken(request.sessionToken) : "visitor";
}

/** Cookies are `Secure` whenever the public address is https, and on any https request (behind a proxy that says so). */
export function secureCookies(config: Pick<Config, "publicUrl">): true | "auto" {
  return config.publicUrl.startsWith("https://") ? true : "auto";
}

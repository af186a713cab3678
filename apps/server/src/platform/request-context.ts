import type { Language } from "@velkomst/i18n";
import type { Viewer } from "../auth/viewer.ts";

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

import fp from "fastify-plugin";
import { isLanguage, matchAcceptLanguage, sourceLanguage } from "@velkomst/i18n";
import { languageCookie, sessionCookie } from "./request-context.ts";

/** Resolves who is asking and in which language, before any route runs. */
export const sessionPlugin = fp(async (app) => {
  app.decorateRequest("viewer", null);
  app.decorateRequest("pendingSecondFactor", null);
  app.decorateRequest("sessionToken", null);
  app.decorateRequest("language", sourceLanguage);

  app.addHook("onRequest", async (request) => {
    const pathLanguage = request.url.split("/")[1] ?? "";
    request.language = isLanguage(pathLanguage)
      ? pathLanguage
      : (() => {
          const chosen = request.cookies[languageCookie];
          return chosen && isLanguage(chosen) ? chosen : (matchAcceptLanguage(request.headers["accept-language"]) ?? sourceLanguage);
        })();

    const token = request.cookies[sessionCookie];
    if (!token) return;
    const session = await app.services.sessions.find(token);
    if (!session) return;
    request.sessionToken = token;
    if (session.secondFactorPending) {
      request.pendingSecondFactor = { token, userId: session.userId };
      return;
    }
    const user = await app.services.users.findById(session.userId);
    if (user && !user.disabled) {
      request.viewer = { id: user.id, email: user.email, name: user.name, totpEnabled: user.totpEnabled, assignments: user.assignments };
    }
  });
});

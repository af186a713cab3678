import fp from "fastify-plugin";
import { hasAnyRole } from "../auth/viewer.ts";
import { ForbiddenError, UnauthenticatedError } from "./domain-errors.ts";

/**
 * Enforces each route's declared `config.access` before its handler runs, and refuses to
 * register a route that declares none: every route × role answer is decided here.
 */
export const accessPlugin = fp(async (app) => {
  app.addHook("onRoute", (route) => {
    if (route.method === "HEAD" || route.url.startsWith("/assets/")) return;
    if (!route.config?.access) throw new Error(`Route ${route.method} ${route.url} declares no config.access`);
  });

  app.addHook("preHandler", async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access.kind === "public") return;
    if (!request.viewer) throw new UnauthenticatedError();
    if (access.kind === "roles" && !hasAnyRole(request.viewer, access.roles)) throw new ForbiddenError();
  });
});

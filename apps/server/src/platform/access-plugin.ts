import fp from "fastify-plugin";
import { hasAnyRole } from "../auth/viewer.ts";
import { ForbiddenError, UnauthenticatedError } from "./domain-errors.ts";
import type { Access } from "./access.ts";

export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every route with who may call it, for the authorisation matrix test and operators. */
    routeAccess: readonly RouteAccess[];
  }
}

/**
 * Enforces each route's declared `config.access` before its handler runs, and refuses to
 * register a route that declares none: every route × role answer is decided here.
 */
export const accessPlugin = fp(async (app) => {
  const catalog: RouteAccess[] = [];
  app.decorate("routeAccess", catalog);
  app.addHook("onRoute", (route) => {
    if (route.method === "HEAD" || route.url.startsWith("/assets/")) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no config.access`);
    for (const method of [route.method].flat()) catalog.push({ method, url: route.url, access });
  });

  // Before validation, so a caller without access learns nothing about what a route accepts.
  app.addHook("preValidation", async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access.kind === "public") return;
    if (!request.viewer) throw new UnauthenticatedError();
    if (access.kind === "roles" && !hasAnyRole(request.viewer, access.roles)) throw new ForbiddenError();
  });
});

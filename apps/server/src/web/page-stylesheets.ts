import type { FastifyInstance } from "fastify";

/**
 * Declares the module CSS of every page a route plugin serves, in one line at the top of the
 * module's pages plugin: `pageStylesheets(app, "events.css")` (files in apps/server/public; a
 * name that does not exist stops the start). Pages load Designsystemet and app.css plus only
 * these. A component shown on another module's pages can instead render
 * `<ModuleStylesheet name="…" />` itself (web/components/module-stylesheet.tsx).
 */
export function pageStylesheets(app: FastifyInstance, ...names: string[]): void {
  for (const name of names) app.assets.url(name);
  // Hooks added inside a route plugin reach only that plugin's routes (Fastify encapsulation).
  app.addHook("onRequest", async (request) => {
    request.pageStylesheets = [...(request.pageStylesheets ?? []), ...names];
  });
}

declare module "fastify" {
  interface FastifyRequest {
    /** Module stylesheets of the page, set by pageStylesheets. */
    pageStylesheets: string[] | null;
  }
}

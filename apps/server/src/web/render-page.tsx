import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import type { FastifyReply, FastifyRequest } from "fastify";
import { directionOf } from "@velkomst/i18n";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { csrfBinding } from "../platform/request-context.ts";
import { Document } from "./document.tsx";
import { ModuleStylesheet } from "./components/module-stylesheet.tsx";
import { PageContextProvider, type PageContext } from "./page-context.tsx";

export interface PageOptions {
  title: string;
  /** Scripts that enhance the page; it must work without them. Served from /assets. */
  scripts?: string[];
  status?: number;
  /** The page shows what one person told us (e.g. plan answers in the address): never cached by anyone else, nor kept. */
  personal?: boolean;
  /** Personal, but the person's own to keep on their phone for reading offline (the plan they made). */
  offline?: boolean;
}

/** A form sent back with problems to fix: its title says so first, for screen readers and tab lists. */
function invalidInput(status: number | undefined): boolean {
  return status === 400 || status === 422;
}

/** The query part of a URL, with its "?", or "" when it has none. */
function queryOf(url: string): string {
  const start = url.indexOf("?");
  return start === -1 || start === url.length - 1 ? "" : url.slice(start);
}

/**
 * Renders a page to HTML on the server. A page that shows nothing personal and issued no form
 * token may be cached by browsers and proxies; anything else is private.
 */
export function sendPage(request: FastifyRequest, reply: FastifyReply, body: ReactNode, options: PageOptions): FastifyReply {
  const lang = request.language;
  let csrfToken: string | undefined;
  const context: PageContext = {
    lang,
    dir: directionOf(lang),
    t: uiTranslator(lang),
    viewer: request.viewer,
    path: request.url.split("?")[0] ?? "/",
    now: request.server.services.clock.now(),
    search: queryOf(request.url),
    asset: (name) => request.server.assets.url(name),
    csrfToken: () => (csrfToken ??= reply.generateCsrf({ userInfo: csrfBinding(request) })),
  };
  const html = renderToString(
    <PageContextProvider value={context}>
      <Document title={invalidInput(options.status) ? context.t("errors.titleWithError", { title: options.title }) : options.title} scripts={options.scripts ?? []}>
        {(request.pageStylesheets ?? []).map((name) => (
          <ModuleStylesheet key={name} name={name} />
        ))}
        {body}
      </Document>
    </PageContextProvider>,
  );
  const cacheable = !request.viewer && !options.personal && csrfToken === undefined && (options.status ?? 200) === 200;
  // The service worker keeps these on the phone for reading offline: what anyone may read, and a
  // person's own plan; never a staff page nor another personal one.
  if ((options.status ?? 200) === 200 && (options.offline || (!request.viewer && !options.personal))) reply.header("x-offline", "save");
  return reply
    .status(options.status ?? 200)
    .type("text/html; charset=utf-8")
    .header("cache-control", cacheable ? "public, max-age=300" : "private, no-store")
    .header("vary", "Cookie")
    .send(`<!doctype html>${html}`);
}

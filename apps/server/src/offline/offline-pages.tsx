import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyPluginAsync } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { directionOf, languageCodes, sourceLanguage, type Language } from "@velkomst/i18n";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { publicAccess } from "../platform/access.ts";
import { compressOnce, sendAsset, type AssetCatalog } from "../platform/static-assets.ts";
import { languageParam } from "../web/language-param.ts";
import { paths } from "../web/paths.ts";
import { sendPage } from "../web/render-page.tsx";
import { offlineTexts } from "./offline-texts.ts";
import { OfflinePage } from "./offline-views.tsx";

/** Velkomst's colour in the browser's bar and on the home screen (the icon's background). */
export const themeColour = "#1e2b3c";
export const manifestPath = (lang: Language) => `/${lang}/manifest.webmanifest`;
export const offlinePagePath = (lang: Language) => `/${lang}/frakoblet`;
/** Saved by the service worker at install: the assets every page uses. Module stylesheets follow the pages that use them. */
const coreAssets = ["ds-theme.css", "ds-index.css", "app.css", "offline.js", "favicon.svg"];

/** The service worker's script with this version's asset names in it: a new version is a new script, which the browser installs. */
export function serviceWorkerScript(catalog: AssetCatalog): string {
  return readFileSync(join(import.meta.dirname, "service-worker.js"), "utf8")
    .replace("__VERSION__", catalog.version)
    .replace("__CORE_ASSETS__", JSON.stringify(coreAssets.map((name) => catalog.url(name))))
    .replace("__LANGUAGES__", JSON.stringify([sourceLanguage, ...languageCodes.filter((code) => code !== sourceLanguage)]));
}

function manifest(lang: Language, catalog: AssetCatalog) {
  const t = uiTranslator(lang);
  return {
    // One app whichever language it was installed from; it opens in that language.
    id: "/",
    name: t("meta.siteName"),
    short_name: t("meta.siteName"),
    description: t("meta.tagline"),
    lang,
    dir: directionOf(lang),
    start_url: paths.landing(lang),
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: themeColour,
    icons: [
      { src: catalog.url("icon-192.png"), sizes: "192x192", type: "image/png", purpose: "any maskable" },
      { src: catalog.url("icon-512.png"), sizes: "512x512", type: "image/png", purpose: "any maskable" },
      { src: catalog.url("favicon.svg"), sizes: "any", type: "image/svg+xml" },
    ],
  };
}

/** The installable app: service worker, web app manifest per language, and the offline page. */
export const offlinePages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const worker = Buffer.from(serviceWorkerScript(app.assets));
  const workerAsset = { contentType: "text/javascript; charset=utf-8", identity: worker, ...compressOnce(worker, "text/javascript") };

  // Always asked again (no-cache), so a new version is found on the next visit; unchanged, it costs a 304.
  const etag = `"${createHash("sha256").update(worker).digest("hex").slice(0, 16)}"`;
  app.get("/sw.js", { config: { access: publicAccess }, schema: { hide: true } }, async (request, reply) => {
    reply.header("etag", etag);
    if (request.headers["if-none-match"] === etag) return reply.status(304).header("cache-control", "no-cache").send();
    return sendAsset(request, reply, workerAsset, "no-cache");
  });

  app.get(
    "/:lang/manifest.webmanifest",
    { config: { access: publicAccess }, schema: { hide: true, params: Type.Object({ lang: languageParam }) } },
    async (request, reply) =>
      reply.type("application/manifest+json; charset=utf-8").header("cache-control", "public, max-age=86400").send(JSON.stringify(manifest(request.params.lang, app.assets))),
  );

  app.get("/:lang/frakoblet", { config: { access: publicAccess }, schema: { params: Type.Object({ lang: languageParam }) } }, async (request, reply) =>
    sendPage(request, reply, <OfflinePage />, { title: offlineTexts(request.params.lang)("page.title") }),
  );
};

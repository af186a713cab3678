import type { AccessTable } from "./allowed.ts";

/** Who may call each route of the installable app: everyone (the worker, the manifest, the offline page hold nothing personal). */
export const offlineRoutes: AccessTable = {
  "GET /sw.js": "public",
  "GET /:lang/manifest.webmanifest": "public",
  "GET /:lang/frakoblet": "public",
};

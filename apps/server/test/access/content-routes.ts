import type { AccessTable } from "./allowed.ts";

/** Who may call each route of the content module. */
export const contentRoutes: AccessTable = {
  "GET /:lang/kommune/:number/info": "public",
  "GET /:lang/kommune/:number/info/:slug": "public",
};

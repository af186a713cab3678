import type { AccessTable } from "./allowed.ts";

/** Who may call each route of the search module: everyone, as it finds only what readers may read. */
export const searchRoutes: AccessTable = {
  "GET /api/v1/municipalities/:number/search": "public",
  "GET /:lang/kommune/:number/sok": "public",
};

import type { AccessTable } from "./allowed.ts";

/** Who may call each route of the recognition module (public: it answers from the data and stores nothing). */
export const recognitionRoutes: AccessTable = {
  "POST /api/v1/recognition": "public",
  "GET /:lang/godkjenning": "public",
};

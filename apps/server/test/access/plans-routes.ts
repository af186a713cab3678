import type { AccessTable } from "./allowed.ts";

/** Who may call each route of the plans module. */
export const plansRoutes: AccessTable = {
  "POST /api/v1/plan": "public",
  "GET /:lang/min-plan": "public",
  "GET /:lang/min-plan/alle": "public",
  "GET /:lang/min-plan/steg/:n": "public",
  "GET /:lang/min-plan/resultat": "public",
  "GET /:lang/min-plan/kalender.ics": "public",
};

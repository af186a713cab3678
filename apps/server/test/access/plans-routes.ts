import type { AccessTable } from "./allowed.ts";

/** Who may call each route of the plans module. */
export const plansRoutes: AccessTable = {
  "POST /api/v1/plan": "public",
  "GET /:lang/min-plan": "public",
  "GET /:lang/min-plan/alle": "public",
  "GET /:lang/min-plan/steg/:n": "public",
  "GET /:lang/min-plan/resultat": "public",
  "GET /:lang/min-plan/kalender.ics": "public",
  "GET /:lang/min-plan/plan.pdf": "public",
  "GET /:lang/min-side": ["newcomer"],
  "GET /:lang/min-side/ny-konto": "public",
  "POST /:lang/min-side/ny-konto": "public",
  "POST /:lang/min-side/plan": ["newcomer"],
  "POST /:lang/min-side/fremdrift": ["newcomer"],
  "POST /:lang/min-side/slett-plan": ["newcomer"],
  "GET /:lang/min-side/mine-data.json": ["newcomer"],
  "POST /:lang/min-side/slett-konto": ["newcomer"],
};

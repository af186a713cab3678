import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** Coordinators and municipality-admins guide people in their own municipalities (checked per case in guidance.test.ts). */
const guidance: readonly Role[] = ["coordinator", "municipality-admin"];

/** Who may call each route of the guidance module. */
export const guidanceRoutes: AccessTable = {
  "GET /:lang/kommune/:number/veiledning": "public",
  "POST /:lang/kommune/:number/veiledning": "public",
  "GET /:lang/kommune/:number/veiledning/takk": "public",
  "GET /:lang/ansatt/veiledning": guidance,
  "GET /:lang/ansatt/veiledning/ny": guidance,
  "POST /:lang/ansatt/veiledning": guidance,
  "GET /:lang/ansatt/veiledning/:id": guidance,
  "POST /:lang/ansatt/veiledning/:id/ta": guidance,
  "POST /:lang/ansatt/veiledning/:id/plan": guidance,
  "POST /:lang/ansatt/veiledning/:id/notat": guidance,
  "POST /:lang/ansatt/veiledning/:id/mote": guidance,
  "GET /:lang/ansatt/veiledning/:id/mote.ics": guidance,
  "POST /:lang/ansatt/veiledning/:id/henvisning": guidance,
  "POST /:lang/ansatt/veiledning/:id/avslutt": guidance,
  "POST /:lang/ansatt/veiledning/:id/innsyn": guidance,
  "GET /api/v1/guidance/cases": guidance,
  "GET /api/v1/guidance/cases/:id": guidance,
};

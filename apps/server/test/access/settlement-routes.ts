import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** IMDi runs the settlement cycle; municipality-admins answer for their own municipality (checked per record in settlement.test.ts). */
const imdi: readonly Role[] = ["national-admin"];
const settlement: readonly Role[] = ["national-admin", "municipality-admin"];

/** Who may call each route of the settlement module. */
export const settlementRoutes: AccessTable = {
  "GET /api/v1/settlement/years": settlement,
  "POST /api/v1/settlement/years": imdi,
  "GET /api/v1/settlement/years/:year": settlement,
  "POST /api/v1/settlement/years/:year/county-recommendations": imdi,
  "POST /api/v1/settlement/years/:year/requests": imdi,
  "POST /api/v1/settlement/years/:year/requests/all": imdi,
  "POST /api/v1/settlement/years/:year/municipalities/:number/decision": settlement,
  "GET /api/v1/settlement/years/:year/weights": imdi,
  "PUT /api/v1/settlement/years/:year/weights": imdi,
  "POST /api/v1/settlement/years/:year/runs": imdi,
  "GET /api/v1/settlement/years/:year/runs": imdi,
  "GET /api/v1/settlement/runs/:id": imdi,
  "POST /api/v1/settlement/runs/:id/enquiries": imdi,
  "POST /api/v1/settlement/proposals/:id/override": imdi,
  "POST /api/v1/settlement/proposals/:id/enquiry": imdi,
  "GET /api/v1/settlement/years/:year/enquiries": settlement,
  "POST /api/v1/settlement/enquiries/:id/answer": settlement,
  "GET /api/v1/settlement/households": settlement,
  "GET /api/v1/settlement/households/:id": settlement,
  "GET /api/v1/settlement/years/:year/fairness": imdi,
  "GET /:lang/ansatt/bosetting": settlement,
  "POST /:lang/ansatt/bosetting": imdi,
  "GET /:lang/ansatt/bosetting/:year": settlement,
  "POST /:lang/ansatt/bosetting/:year/fylker": imdi,
  "POST /:lang/ansatt/bosetting/:year/anmodninger": imdi,
  "POST /:lang/ansatt/bosetting/:year/anmodninger/alle": imdi,
  "GET /:lang/ansatt/bosetting/:year/kommuner/:number": settlement,
  "POST /:lang/ansatt/bosetting/:year/kommuner/:number/vedtak": settlement,
  "GET /:lang/ansatt/bosetting/:year/vekter": imdi,
  "POST /:lang/ansatt/bosetting/:year/vekter": imdi,
  "GET /:lang/ansatt/bosetting/:year/kjoringer": imdi,
  "POST /:lang/ansatt/bosetting/:year/kjoringer": imdi,
  "GET /:lang/ansatt/bosetting/kjoringer/:id": imdi,
  "POST /:lang/ansatt/bosetting/kjoringer/:id/foresporsler": imdi,
  "GET /:lang/ansatt/bosetting/forslag/:id": imdi,
  "POST /:lang/ansatt/bosetting/forslag/:id/overstyr": imdi,
  "POST /:lang/ansatt/bosetting/forslag/:id/foresporsel": imdi,
  "GET /:lang/ansatt/bosetting/:year/foresporsler": settlement,
  "POST /:lang/ansatt/bosetting/foresporsler/:id/svar": settlement,
  "GET /:lang/ansatt/bosetting/husstander": settlement,
  "GET /:lang/ansatt/bosetting/husstander/:id": settlement,
  "GET /:lang/ansatt/bosetting/:year/rettferdighet": imdi,
};

import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** The roles that edit services (within their own scope; the module's own tests check the scope). */
const editors: readonly Role[] = ["national-admin", "municipality-admin", "editor", "coordinator"];

/** Who may call each route of the directory module. */
export const directoryRoutes: AccessTable = {
  "GET /api/v1/municipalities/:number/services": "public",
  "GET /api/v1/services/:id": "public",
  "POST /api/v1/services": editors,
  "PUT /api/v1/services/:id": editors,
  "DELETE /api/v1/services/:id": editors,
  "GET /:lang/kommune/:number/tjenester": "public",
  "GET /:lang/kommune/:number/tjenester/:id": "public",
  "GET /:lang/ansatt/tjenester": editors,
  "GET /:lang/ansatt/tjenester/ny": editors,
  "POST /:lang/ansatt/tjenester": editors,
  "GET /:lang/ansatt/tjenester/:id": editors,
  "POST /:lang/ansatt/tjenester/:id": editors,
  "GET /:lang/ansatt/tjenester/:id/slett": editors,
  "POST /:lang/ansatt/tjenester/:id/slett": editors,
};

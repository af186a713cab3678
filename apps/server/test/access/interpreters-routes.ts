import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** The interpreter list and bookings belong to the same caseworkers as guidance, in their own municipalities and regions. */
const casework: readonly Role[] = ["coordinator", "municipality-admin"];

/** Who may call each route of the interpreters module. */
export const interpretersRoutes: AccessTable = {
  "GET /:lang/ansatt/tolker": casework,
  "GET /:lang/ansatt/tolker/ny": casework,
  "POST /:lang/ansatt/tolker": casework,
  "GET /:lang/ansatt/tolker/bestill": casework,
  "POST /:lang/ansatt/tolker/bestill": casework,
  "GET /:lang/ansatt/tolker/:id": casework,
  "POST /:lang/ansatt/tolker/:id": casework,
  "GET /:lang/ansatt/tolker/bestillinger/:id": casework,
  "POST /:lang/ansatt/tolker/bestillinger/:id": casework,
  "POST /:lang/ansatt/tolker/bestillinger/:id/avlys": casework,
};

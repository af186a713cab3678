import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** Coordinators and administrators copy theme evenings into their own municipality's events. */
const coordinators: readonly Role[] = ["national-admin", "municipality-admin", "coordinator"];

/** Who may call each route of the newcomer-team module. */
export const newcomerTeamRoutes: AccessTable = {
  "GET /:lang/ansatt/temakvelder": coordinators,
  "GET /:lang/ansatt/temakvelder/:template": coordinators,
  "POST /:lang/ansatt/temakvelder/:template": coordinators,
};

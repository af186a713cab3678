import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** The newcomer asks and withdraws (only their own, plan-requests.test.ts); the coordinators of the plan's municipality list and open (another municipality gets 404). */
const newcomer: readonly Role[] = ["newcomer"];
const casework: readonly Role[] = ["coordinator", "municipality-admin"];

/** Who may call each route of the plan-requests module. */
export const planRequestRoutes: AccessTable = {
  "POST /:lang/min-side/foresporsel": newcomer,
  "POST /:lang/min-side/foresporsel/:id/trekk": newcomer,
  "GET /:lang/ansatt/deltakere/foresporsler": casework,
  "GET /:lang/ansatt/deltakere/foresporsler/:id": casework,
};

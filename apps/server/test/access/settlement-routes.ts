import type { AccessTable } from "./allowed.ts";

/** Who may call each route of the settlement module. */
export const settlementRoutes: AccessTable = {};

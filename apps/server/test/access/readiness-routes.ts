import type { AccessTable } from "./allowed.ts";

/** Who may call each route of the readiness module. */
export const readinessRoutes: AccessTable = {};

import type { AccessTable } from "./allowed.ts";

/** Who may call each route of the search module. */
export const searchRoutes: AccessTable = {};

import type { AccessTable } from "./allowed.ts";

/** Who may call each route of the directory module. */
export const directoryRoutes: AccessTable = {};

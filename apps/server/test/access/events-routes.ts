import type { AccessTable } from "./allowed.ts";

/** Who may call each route of the events module. */
export const eventsRoutes: AccessTable = {};

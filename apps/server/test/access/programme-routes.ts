import { staffRoles } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** Who may call each route of the programme module: the contract's calculation is for staff. */
export const programmeRoutes: AccessTable = {
  "POST /api/v1/programme": staffRoles,
};

import type { Role } from "../staff/roles.ts";

/** Who may create, change and cancel events, and see who signed up, within their own area. */
export const eventStaffRoles: readonly Role[] = ["national-admin", "municipality-admin", "editor", "coordinator", "volunteer"];

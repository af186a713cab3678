import { caseworkRoles } from "../cases/case-access.ts";
import { rolesAllowed } from "../platform/access.ts";

/** Coordinators and municipality administrators guide people in the municipalities their scope covers (the cases module's caseworkers). */
export const guidanceRoles = caseworkRoles;
export const guidanceAccess = rolesAllowed(...guidanceRoles);

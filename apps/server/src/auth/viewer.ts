import type { Role, RoleAssignment } from "../staff/roles.ts";

/** The signed-in staff member behind a request. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  totpEnabled: boolean;
  assignments: readonly RoleAssignment[];
}

export function hasAnyRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer.assignments.some((assignment) => roles.includes(assignment.role));
}

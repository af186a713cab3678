import type { Role, RoleAssignment, MunicipalityPlace } from "../staff/roles.ts";
import { scopeCoversMunicipality } from "../staff/roles.ts";

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

/** Whether the viewer holds one of `roles` in a scope that covers the municipality. */
export function mayActIn(viewer: Viewer, roles: readonly Role[], place: MunicipalityPlace): boolean {
  return viewer.assignments.some((a) => roles.includes(a.role) && scopeCoversMunicipality(a.scope, place));
}

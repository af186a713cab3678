import { scopeCoversMunicipality, type MunicipalityPlace, type Role, type RoleAssignment } from "../staff/roles.ts";

/**
 * Who sees and who changes a readiness checklist. The municipality's or region's own staff
 * (coordinators, editors, municipality administrators with a municipality or region scope) keep
 * it up to date; the county and IMDi follow along: staff with a county or national scope read
 * every checklist inside it, but the checklist stays the municipality's to fill in (seed 000 §2.1:
 * the county is adviser and coordinator, the municipality takes responsibility).
 */
export const readinessReaderRoles: readonly Role[] = ["national-admin", "municipality-admin", "editor", "coordinator"];
export const readinessEditorRoles: readonly Role[] = ["municipality-admin", "editor", "coordinator"];

/** A checklist belongs to one municipality or to one region (and then covers its members). */
export interface ChecklistOwner {
  kind: "municipality" | "region";
  /** Kommunenummer or region id. */
  id: string;
  name: string;
  countyNumber: string;
  /** The municipalities the checklist covers: itself, or the region's members. */
  members: ReadonlyArray<{ number: string; name: string }>;
  places: readonly MunicipalityPlace[];
}

function assignmentCovers(assignment: RoleAssignment, owner: ChecklistOwner): boolean {
  if (owner.kind === "region" && assignment.scope.kind === "region" && assignment.scope.id === owner.id) return true;
  return owner.places.some((place) => scopeCoversMunicipality(assignment.scope, place));
}

export function canReadChecklist(viewer: { assignments: readonly RoleAssignment[] }, owner: ChecklistOwner): boolean {
  return viewer.assignments.some((a) => readinessReaderRoles.includes(a.role) && assignmentCovers(a, owner));
}

export function canEditChecklist(viewer: { assignments: readonly RoleAssignment[] }, owner: ChecklistOwner): boolean {
  return viewer.assignments.some(
    (a) => readinessEditorRoles.includes(a.role) && (a.scope.kind === "municipality" || a.scope.kind === "region") && assignmentCovers(a, owner),
  );
}

/** Whether the viewer reads this municipality's row in the overview. */
export function canReadMunicipality(viewer: { assignments: readonly RoleAssignment[] }, place: MunicipalityPlace): boolean {
  return viewer.assignments.some((a) => readinessReaderRoles.includes(a.role) && scopeCoversMunicipality(a.scope, place));
}

import type { Viewer } from "../auth/viewer.ts";
import { ForbiddenError } from "../platform/domain-errors.ts";
import { scopeCoversMunicipality, type MunicipalityPlace, type Role, type Scope } from "../staff/roles.ts";

/** Who runs mentor programmes in their own area: coordinators and the administrators above them. */
export const mentoringCoordinatorRoles: readonly Role[] = ["national-admin", "municipality-admin", "coordinator"];
/** Who may sign up as a mentor: volunteers, in the area their role is given for. */
export const mentorRoles: readonly Role[] = ["volunteer"];

export interface AreaServices {
  users: { placesOf(scopes: readonly Scope[]): Promise<Map<string, MunicipalityPlace[]>> };
}

/** The municipality numbers a viewer's assignments of these roles cover. */
export async function municipalitiesCovered(services: AreaServices, viewer: Viewer, roles: readonly Role[]): Promise<string[]> {
  const scopes = viewer.assignments.filter((a) => roles.includes(a.role)).map((a) => a.scope);
  const places = (await services.users.placesOf([{ kind: "national", id: "" }])).get("national:") ?? [];
  return places.filter((place) => scopes.some((scope) => scopeCoversMunicipality(scope, place))).map((p) => p.number);
}

export async function assertCoordinatorOf(services: AreaServices, viewer: Viewer, municipalityNumber: string): Promise<void> {
  if (!(await municipalitiesCovered(services, viewer, mentoringCoordinatorRoles)).includes(municipalityNumber)) throw new ForbiddenError("you can only run mentor programmes in your own area");
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An id from an address: anything that is not a uuid is simply not found (never a database error). */
export function isId(value: string): boolean {
  return uuidPattern.test(value);
}

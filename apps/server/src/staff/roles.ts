/**
 * The roles of the platform (issue 3). Each is held within a scope: the whole country, a county, a
 * region or a municipality. Newcomers register themselves to keep their plan; every other role is
 * staff, given by an administrator.
 */
export const roles = ["national-admin", "municipality-admin", "editor", "coordinator", "employer", "volunteer", "newcomer"] as const;
export type Role = (typeof roles)[number];

export const staffRoles = roles.filter((role): role is Exclude<Role, "newcomer"> => role !== "newcomer");
export type StaffRole = (typeof staffRoles)[number];

export const scopeKinds = ["national", "county", "region", "municipality"] as const;
export type ScopeKind = (typeof scopeKinds)[number];

export interface Scope {
  kind: ScopeKind;
  /** County number, region id or kommunenummer; empty for national. */
  id: string;
}

export interface RoleAssignment {
  role: Role;
  scope: Scope;
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** What a municipality belongs to, so a scope can be tested against it without another query. */
export interface MunicipalityPlace {
  number: string;
  countyNumber: string;
  regionIds: readonly string[];
}

export function scopeCoversMunicipality(scope: Scope, place: MunicipalityPlace): boolean {
  switch (scope.kind) {
    case "national":
      return true;
    case "county":
      return scope.id === place.countyNumber;
    case "region":
      return place.regionIds.includes(scope.id);
    case "municipality":
      return scope.id === place.number;
  }
}

/** Whether `outer` contains `inner`: an admin may only hand out roles inside their own scope. */
export function scopeContains(outer: Scope, inner: Scope, placesOf: (scope: Scope) => readonly MunicipalityPlace[]): boolean {
  if (outer.kind === "national") return true;
  if (outer.kind === inner.kind && outer.id === inner.id) return true;
  if (inner.kind === "national") return false;
  const innerPlaces = placesOf(inner);
  return innerPlaces.length > 0 && innerPlaces.every((place) => scopeCoversMunicipality(outer, place));
}

/** The roles each administrator role may give to others. */
export const grantableRoles: Record<Role, readonly Role[]> = {
  "national-admin": staffRoles,
  "municipality-admin": ["municipality-admin", "editor", "coordinator", "employer", "volunteer"],
  editor: [],
  coordinator: [],
  employer: [],
  volunteer: [],
  newcomer: [],
};

import type { Kysely } from "kysely";
import type { Viewer } from "../auth/viewer.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { ForbiddenError } from "../platform/domain-errors.ts";
import { scopeContains, scopeCoversMunicipality, type MunicipalityPlace, type Role, type Scope } from "../staff/roles.ts";
import type { PageScopeKind } from "./content-tables.ts";

/** Whose page it is: the national baseline, a region's or a municipality's. */
export type PageScope = { kind: "national" } | { kind: "region" | "municipality"; id: string };

/**
 * The roles that write content. Editors and municipality administrators work within their own
 * municipality or region; national administrators (and editors with a national scope) edit the
 * baseline. Everyone who may edit a page may also approve it, but never a text they changed or
 * submitted themselves (four eyes).
 */
export const contentRoles: readonly Role[] = ["national-admin", "municipality-admin", "editor"];

export const nationalScope: PageScope = { kind: "national" };

export function pageScopeOf(row: { scope_kind: PageScopeKind; scope_id: string }): PageScope {
  return row.scope_kind === "national" ? nationalScope : { kind: row.scope_kind, id: row.scope_id };
}

export function scopeColumns(scope: PageScope): { scope_kind: PageScopeKind; scope_id: string } {
  return scope.kind === "national" ? { scope_kind: "national", scope_id: "" } : { scope_kind: scope.kind, scope_id: scope.id };
}

export function asRoleScope(scope: PageScope): Scope {
  return scope.kind === "national" ? { kind: "national", id: "" } : { kind: scope.kind, id: scope.id };
}

export function encodePageScope(scope: PageScope): string {
  return scope.kind === "national" ? "national:" : `${scope.kind}:${scope.id}`;
}

export function decodePageScope(value: string): PageScope | undefined {
  const match = /^(national|region|municipality):(.*)$/.exec(value);
  if (!match) return undefined;
  const [, kind, id = ""] = match;
  if (kind === "national") return id === "" ? nationalScope : undefined;
  if (kind === "municipality") return /^\d{4}$/.test(id) ? { kind, id } : undefined;
  return /^[a-z0-9-]+$/.test(id) ? { kind: "region", id } : undefined;
}

export function samePageScope(a: PageScope, b: PageScope): boolean {
  return encodePageScope(a) === encodePageScope(b);
}

/** The scopes the viewer writes content in. */
export function contentScopesOf(viewer: Viewer): Scope[] {
  return viewer.assignments.filter((a) => contentRoles.includes(a.role)).map((a) => a.scope);
}

/** Answers "may this viewer edit (and approve) pages of this scope?" without further queries. */
export type ScopeChecker = (scope: PageScope) => boolean;

/** Every municipality with its county and regions, to test scopes against each other. */
export async function loadPlaces(db: Kysely<DatabaseSchema>): Promise<MunicipalityPlace[]> {
  const [municipalities, memberships] = await Promise.all([
    db.selectFrom("municipalities").select(["number", "county_number"]).execute(),
    db.selectFrom("region_municipalities").select(["region_id", "municipality_number"]).execute(),
  ]);
  const regionsOf = new Map<string, string[]>();
  for (const m of memberships) regionsOf.set(m.municipality_number, [...(regionsOf.get(m.municipality_number) ?? []), m.region_id]);
  return municipalities.map((m) => ({ number: m.number, countyNumber: m.county_number, regionIds: regionsOf.get(m.number) ?? [] }));
}

/**
 * One request asks several times (the page, the review count, the filter): the answer is kept
 * for the viewer object of that request for two seconds, so places are read once per request.
 */
const recentCheckers = new WeakMap<Viewer, { at: number; checker: Promise<ScopeChecker> }>();

export function scopeChecker(db: Kysely<DatabaseSchema>, viewer: Viewer): Promise<ScopeChecker> {
  const recent = recentCheckers.get(viewer);
  if (recent && Date.now() - recent.at < 2000) return recent.checker;
  const checker = buildScopeChecker(db, viewer);
  recentCheckers.set(viewer, { at: Date.now(), checker });
  checker.catch(() => recentCheckers.delete(viewer));
  return checker;
}

async function buildScopeChecker(db: Kysely<DatabaseSchema>, viewer: Viewer): Promise<ScopeChecker> {
  const own = contentScopesOf(viewer);
  if (own.some((scope) => scope.kind === "national")) return () => true;
  if (own.length === 0) return () => false;
  const places = await loadPlaces(db);
  const placesOf = (scope: Scope) => places.filter((place) => scopeCoversMunicipality(scope, place));
  return (scope) => own.some((outer) => scopeContains(outer, asRoleScope(scope), placesOf));
}

export function assertInScope(check: ScopeChecker, scope: PageScope): void {
  if (!check(scope)) throw new ForbiddenError("this page belongs to another municipality, region or the national baseline");
}

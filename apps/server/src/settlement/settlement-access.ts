import type { Viewer } from "../auth/viewer.ts";
import { ForbiddenError } from "../platform/domain-errors.ts";
import type { UserRepository } from "../staff/user-repository.ts";

/**
 * Who may do what in settlement. IMDi (national-admin) runs the cycle and sees every household; a
 * municipality-admin acts only for the municipalities their scope covers, and sees only the
 * households enquired about or settled there.
 */
export interface SettlementActor {
  viewer: Viewer;
  national: boolean;
  /** Municipalities the viewer answers for as municipality-admin (all of them for IMDi is not listed here). */
  municipalities: ReadonlySet<string>;
  ip: string | null;
}

export function isNational(viewer: Viewer): boolean {
  return viewer.assignments.some((a) => a.role === "national-admin");
}

export async function settlementActor(viewer: Viewer, users: UserRepository, ip: string | null): Promise<SettlementActor> {
  const national = isNational(viewer);
  const scopes = viewer.assignments.filter((a) => a.role === "municipality-admin").map((a) => a.scope);
  const municipalities = new Set<string>();
  if (scopes.length > 0) {
    const places = await users.placesOf(scopes);
    for (const list of places.values()) for (const place of list) municipalities.add(place.number);
  }
  return { viewer, national, municipalities, ip };
}

export function mayActFor(actor: SettlementActor, municipality: string): boolean {
  return actor.national || actor.municipalities.has(municipality);
}

export function requireNational(actor: SettlementActor): void {
  if (!actor.national) throw new ForbiddenError("only IMDi (national administrators) may do this");
}

export function requireMunicipality(actor: SettlementActor, municipality: string): void {
  if (!mayActFor(actor, municipality)) throw new ForbiddenError("you can only answer for the municipality you administer");
}

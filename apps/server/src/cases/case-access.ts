import type { Viewer } from "../auth/viewer.ts";
import { ForbiddenError } from "../platform/domain-errors.ts";
import type { Role } from "../staff/roles.ts";
import type { UserRepository } from "../staff/user-repository.ts";
import type { CaseActorRole } from "./cases-tables.ts";

/** Roles that follow participants up, each for the municipalities its scope covers. */
export const caseworkRoles: readonly Role[] = ["coordinator", "municipality-admin"];
/** Roles that may read a participant's access log: the caseworkers, and IMDi as auditor. */
export const accessLogRoles: readonly Role[] = [...caseworkRoles, "national-admin"];

/** Who is asking, and for which municipalities they follow participants up. */
export interface CaseActor {
  userId: string;
  name: string;
  municipalities: ReadonlySet<string>;
  auditor: boolean;
  /** The role written to the access log beside the name. */
  role: CaseActorRole;
}

export async function caseActor(viewer: Viewer, users: UserRepository): Promise<CaseActor> {
  const scopes = viewer.assignments.filter((a) => caseworkRoles.includes(a.role)).map((a) => a.scope);
  const municipalities = new Set<string>();
  if (scopes.length > 0) for (const places of (await users.placesOf(scopes)).values()) for (const place of places) municipalities.add(place.number);
  const auditor = viewer.assignments.some((a) => a.role === "national-admin");
  const caseworkRole = viewer.assignments.find((a) => caseworkRoles.includes(a.role))?.role as CaseActorRole | undefined;
  return { userId: viewer.id, name: viewer.name, municipalities, auditor, role: caseworkRole ?? (auditor ? "national-admin" : "coordinator") };
}

/** The participant acting on their own record from Min side: no municipality, no audit rights. */
export function participantSelf(viewer: Viewer): CaseActor {
  return { userId: viewer.id, name: viewer.name, municipalities: new Set(), auditor: false, role: "participant" };
}

export function requireCasework(actor: CaseActor, municipality: string): void {
  if (!actor.municipalities.has(municipality)) throw new ForbiddenError("you can only follow up participants in the municipalities you work for");
}

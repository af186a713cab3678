import type { Kysely } from "kysely";
import type { Viewer } from "../auth/viewer.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Role } from "../staff/roles.ts";

/** Who approves employers: the administrators of a municipality where the employer has a workplace. */
export const approverRoles: readonly Role[] = ["municipality-admin"];
/** Who follows the employers and reads the worker notices of their own municipalities. */
export const employerStaffRoles: readonly Role[] = ["municipality-admin", "coordinator"];
/** Who may be an employer's fixed contact in a municipality. */
export const contactRoles: readonly Role[] = ["coordinator", "municipality-admin"];

/**
 * The municipalities the viewer works for in one of `roles`, by a municipality or region scope.
 * County and national scopes are left out on purpose: worker notices are personal data that
 * belong to the workplace municipality's own welcome service, not to those who follow from afar.
 */
export async function ownMunicipalities(db: Kysely<DatabaseSchema>, viewer: Pick<Viewer, "assignments">, roles: readonly Role[]): Promise<string[]> {
  const assignments = viewer.assignments.filter((a) => roles.includes(a.role));
  const numbers = new Set(assignments.filter((a) => a.scope.kind === "municipality").map((a) => a.scope.id));
  const regions = assignments.filter((a) => a.scope.kind === "region").map((a) => a.scope.id);
  if (regions.length > 0) {
    const members = await db.selectFrom("region_municipalities").select("municipality_number").where("region_id", "in", regions).execute();
    for (const member of members) numbers.add(member.municipality_number);
  }
  return [...numbers].sort();
}

/** Users who may be named an employer's fixed contact in a municipality: its coordinators and administrators. */
export async function contactCandidates(db: Kysely<DatabaseSchema>, municipalityNumber: string): Promise<Array<{ id: string; name: string }>> {
  const rows = await db
    .selectFrom("users")
    .innerJoin("role_assignments as r", "r.user_id", "users.id")
    .select(["users.id", "users.name"])
    .distinct()
    .where("users.disabled", "=", false)
    .where("r.role", "in", [...contactRoles])
    .where((eb) =>
      eb.or([
        eb.and([eb("r.scope_kind", "=", "municipality"), eb("r.scope_id", "=", municipalityNumber)]),
        eb.and([
          eb("r.scope_kind", "=", "region"),
          eb("r.scope_id", "in", eb.selectFrom("region_municipalities").select("region_id").where("municipality_number", "=", municipalityNumber)),
        ]),
      ]),
    )
    .orderBy("users.name")
    .execute();
  return rows;
}


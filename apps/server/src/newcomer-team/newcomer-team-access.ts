import type { Viewer } from "../auth/viewer.ts";
import { caseworkRoles } from "../cases/case-access.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { mentoringCoordinatorRoles, municipalitiesCovered, type AreaServices } from "../mentoring/mentoring-access.ts";
import type { Kysely } from "kysely";

/** Who sets up a newcomer team and its members: coordinators and the administrators above them, in their own area. */
export const teamManagerRoles = mentoringCoordinatorRoles;
/** Who refers a person to a member: the caseworkers of the person's municipality (cases and guidance). */
export const referralRoles = caseworkRoles;

export interface TeamAreas {
  municipalities: string[];
  /** Regions every municipality of which the viewer covers. */
  regions: string[];
}

/** The municipalities and regions whose newcomer teams the viewer may manage. */
export async function teamAreasOf(services: AreaServices & { db: Kysely<DatabaseSchema> }, viewer: Viewer): Promise<TeamAreas> {
  const municipalities = await municipalitiesCovered(services, viewer, teamManagerRoles);
  const rows = await services.db.selectFrom("region_municipalities").select(["region_id", "municipality_number"]).execute();
  const regionIds = [...new Set(rows.map((r) => r.region_id))];
  const regions = regionIds.filter((id) => rows.filter((r) => r.region_id === id).every((r) => municipalities.includes(r.municipality_number)));
  return { municipalities, regions };
}

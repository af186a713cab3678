import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** Readers follow the checklists (the county and IMDi too); only the municipality's or region's own staff change them. */
const readers: readonly Role[] = ["national-admin", "municipality-admin", "editor", "coordinator"];
const editors: readonly Role[] = ["municipality-admin", "editor", "coordinator"];

/** Who may call each route of the readiness module. */
export const readinessRoutes: AccessTable = {
  "GET /api/v1/readiness/items": "public",
  "GET /api/v1/readiness/overview": readers,
  "GET /api/v1/readiness/checklists/:place": readers,
  "GET /api/v1/readiness/checklists/:place/items/:item": readers,
  "GET /:lang/ansatt/sjekkliste": readers,
  "GET /:lang/ansatt/sjekkliste/oversikt": readers,
  "GET /:lang/ansatt/sjekkliste/:place": readers,
  "GET /:lang/ansatt/sjekkliste/:place/:item": readers,
  "POST /:lang/ansatt/sjekkliste/:place/:item": editors,
  "GET /:lang/ansatt/sjekkliste/:place/:item/dokument/:document": readers,
  "POST /:lang/ansatt/sjekkliste/:place/:item/dokument/:document/fjern": editors,
};

import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** Coordinators and administrators copy theme evenings and run newcomer teams in their own area. */
const coordinators: readonly Role[] = ["national-admin", "municipality-admin", "coordinator"];

/** Caseworkers refer the people they follow up (cases and guidance). */
const caseworkers: readonly Role[] = ["municipality-admin", "coordinator"];

/** Who may call each route of the newcomer-team module. */
export const newcomerTeamRoutes: AccessTable = {
  "GET /:lang/ansatt/temakvelder": coordinators,
  "GET /:lang/ansatt/temakvelder/:template": coordinators,
  "POST /:lang/ansatt/temakvelder/:template": coordinators,
  "GET /:lang/ansatt/tilflytterteam": coordinators,
  "POST /:lang/ansatt/tilflytterteam": coordinators,
  "GET /:lang/ansatt/tilflytterteam/:teamId": coordinators,
  "POST /:lang/ansatt/tilflytterteam/:teamId/medlemmer": coordinators,
  "GET /:lang/ansatt/tilflytterteam/:teamId/medlemmer/:memberId": coordinators,
  "POST /:lang/ansatt/tilflytterteam/:teamId/medlemmer/:memberId": coordinators,
  "POST /:lang/ansatt/tilflytterteam/:teamId/medlemmer/:memberId/fjern": coordinators,
  "POST /:lang/ansatt/tilflytterteam/:teamId/arrangementer": coordinators,
  "POST /:lang/ansatt/tilflytterteam/:teamId/arrangementer/:eventId/fjern": coordinators,
  "POST /:lang/ansatt/tilflytterteam/:teamId/henvisninger/:referralId/status": caseworkers,
  "GET /:lang/ansatt/tilflytterteam/henvisning": caseworkers,
  "POST /:lang/ansatt/tilflytterteam/henvisning": caseworkers,
  "GET /:lang/tilflytterteam": "public",
  "GET /:lang/tilflytterteam/:teamId": "public",
  "GET /:lang/tilflytterteam/:teamId/kalender": "public",
  "GET /kalender/tilflytterteam/:teamId.ics": "public",
};

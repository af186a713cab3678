import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** Who runs mentor programmes, in their own area. */
const coordinators: readonly Role[] = ["national-admin", "municipality-admin", "coordinator"];
/** Volunteer mentors: only their own cohorts and their own mentee. */
const mentors: readonly Role[] = ["volunteer"];

/** Who may call each route of the mentoring module. */
export const mentoringRoutes: AccessTable = {
  "GET /:lang/ansatt/mentorprogram": coordinators,
  "POST /:lang/ansatt/mentorprogram": coordinators,
  "GET /:lang/ansatt/mentorprogram/:cohortId": coordinators,
  "GET /:lang/ansatt/mentorprogram/:cohortId/mentorpartnere": coordinators,
  "POST /:lang/ansatt/mentorprogram/:cohortId/mentorpartnere": coordinators,
  "GET /:lang/ansatt/mentorprogram/:cohortId/forslag": coordinators,
  "POST /:lang/ansatt/mentorprogram/:cohortId/forslag": coordinators,
  "POST /:lang/ansatt/mentorprogram/:cohortId/samlinger": coordinators,
  "POST /:lang/ansatt/mentorprogram/:cohortId/politiattest/:mentorId": coordinators,
  "GET /:lang/ansatt/mentorprogram/:cohortId/par/:pairId/sporsmal": coordinators,
  "POST /:lang/ansatt/mentorprogram/:cohortId/par/:pairId/sporsmal": coordinators,
  "GET /:lang/frivillig/mentor": mentors,
  "GET /:lang/frivillig/mentor/:cohortId/bli-mentor": mentors,
  "POST /:lang/frivillig/mentor/:cohortId/bli-mentor": mentors,
  "GET /:lang/frivillig/mentor/par/:pairId/mote": mentors,
  "POST /:lang/frivillig/mentor/par/:pairId/mote": mentors,
  "GET /:lang/frivillig/mentor/par/:pairId/sporsmal": mentors,
  "POST /:lang/frivillig/mentor/par/:pairId/sporsmal": mentors,
};

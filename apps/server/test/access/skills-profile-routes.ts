import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** The owner reaches their own profile; coordinators and municipality-admins a participant's in their municipalities (checked per record in skills-profile-access.test.ts). */
const owner: readonly Role[] = ["newcomer"];
const adviser: readonly Role[] = ["coordinator", "municipality-admin"];

/** Who may call each route of the skills profile module. */
export const skillsProfileRoutes: AccessTable = {
  "GET /api/v1/skills-profile": owner,
  "PUT /api/v1/skills-profile": owner,
  "DELETE /api/v1/skills-profile": owner,
  "GET /api/v1/skills-profile/cv.pdf": owner,
  "GET /:lang/min-side/kompetanse": owner,
  "POST /:lang/min-side/kompetanse": owner,
  "POST /:lang/min-side/kompetanse/slett": owner,
  "GET /:lang/min-side/kompetanse/cv": owner,
  "GET /:lang/min-side/kompetanse/cv.pdf": owner,
  "GET /:lang/ansatt/deltakere/:id/kompetanse": adviser,
  "POST /:lang/ansatt/deltakere/:id/kompetanse": adviser,
  "POST /:lang/ansatt/deltakere/:id/kompetanse/slett": adviser,
  "GET /:lang/ansatt/deltakere/:id/kompetanse/cv": adviser,
  "GET /:lang/ansatt/deltakere/:id/kompetanse/cv.pdf": adviser,
};

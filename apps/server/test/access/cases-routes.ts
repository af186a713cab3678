import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** Coordinators and municipality-admins follow participants up in their own municipalities (checked per record in participant-api.test.ts); IMDi reads access logs as auditor. */
const casework: readonly Role[] = ["coordinator", "municipality-admin"];
const accessLog: readonly Role[] = ["coordinator", "municipality-admin", "national-admin"];

/** Who may call each route of the cases module. */
export const casesRoutes: AccessTable = {
  "POST /api/v1/cases/participants": casework,
  "GET /api/v1/cases/participants": casework,
  "GET /api/v1/cases/participants/:id": casework,
  "POST /api/v1/cases/participants/:id/identity-number": casework,
  "GET /api/v1/cases/participants/:id/access-log": accessLog,
  "POST /api/v1/cases/participants/:id/export": casework,
  "GET /api/v1/cases/participants/:id/consents": casework,
  "POST /api/v1/cases/participants/:id/consents": casework,
  "POST /api/v1/cases/participants/:id/consents/:consentId/withdraw": casework,
};

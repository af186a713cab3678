import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** Coordinators and municipality-admins follow participants up in their own municipalities (checked per record in participant-api.test.ts); IMDi reads access logs as auditor. */
const casework: readonly Role[] = ["coordinator", "municipality-admin"];
const accessLog: readonly Role[] = ["coordinator", "municipality-admin", "national-admin"];
/** The participant's own page under Min side: newcomers, each only the record linked to their account (own-record-pages.test.ts). */
const participantSelf: readonly Role[] = ["newcomer"];

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
  "GET /:lang/ansatt/deltakere": casework,
  "GET /:lang/ansatt/deltakere/fra-bosetting": casework,
  "GET /:lang/ansatt/deltakere/ny": casework,
  "POST /:lang/ansatt/deltakere/ny": casework,
  "GET /:lang/ansatt/deltakere/rapport": casework,
  "GET /:lang/ansatt/deltakere/:id": casework,
  "POST /:lang/ansatt/deltakere/:id/fodselsnummer": casework,
  "POST /:lang/ansatt/deltakere/:id/samtykker": casework,
  "POST /:lang/ansatt/deltakere/:id/samtykker/:consentId/trekk": casework,
  "GET /:lang/ansatt/deltakere/:id/plan": casework,
  "POST /:lang/ansatt/deltakere/:id/plan": casework,
  "GET /:lang/ansatt/deltakere/:id/vedtak": casework,
  "POST /:lang/ansatt/deltakere/:id/vedtak": casework,
  "GET /:lang/ansatt/deltakere/:id/oppmote": casework,
  "POST /:lang/ansatt/deltakere/:id/oppmote": casework,
  "GET /:lang/ansatt/deltakere/:id/avslutning": casework,
  "POST /:lang/ansatt/deltakere/:id/avslutning": casework,
  "GET /:lang/ansatt/deltakere/:id/tilgangslogg": accessLog,
  "POST /:lang/ansatt/deltakere/:id/helsenotater": casework,
  "POST /:lang/ansatt/deltakere/:id/helsenotater/vis": casework,
  "POST /:lang/ansatt/deltakere/:id/invitasjon": casework,
  "GET /:lang/min-side/introduksjonsprogram": participantSelf,
  "POST /:lang/min-side/introduksjonsprogram/kode": participantSelf,
  "POST /:lang/min-side/introduksjonsprogram/samtykker/:consentId/trekk": participantSelf,
  "GET /:lang/min-side/introduksjonsprogram/mine-data.json": participantSelf,
};

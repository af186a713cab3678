import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** The caseworkers follow learners in their own municipalities (checked per learner in training.test.ts). */
const casework: readonly Role[] = ["coordinator", "municipality-admin"];

/** Who may call each route of the training module. */
export const trainingRoutes: AccessTable = {
  "GET /:lang/ansatt/opplaering": casework,
  "GET /:lang/ansatt/opplaering/ny": casework,
  "POST /:lang/ansatt/opplaering": casework,
  "GET /:lang/ansatt/opplaering/:id": casework,
  "POST /:lang/ansatt/opplaering/:id/resultat": casework,
  "POST /:lang/ansatt/opplaering/:id/fritak": casework,
  "POST /:lang/ansatt/opplaering/:id/pamelding": casework,
  "POST /:lang/ansatt/opplaering/:id/timer": casework,
  "GET /:lang/ansatt/opplaering/:id/resultat/:recordId": casework,
  "POST /:lang/ansatt/opplaering/:id/resultat/:recordId": casework,
  "GET /:lang/ansatt/opplaering/:id/resultat/:recordId/fjern": casework,
  "POST /:lang/ansatt/opplaering/:id/resultat/:recordId/fjern": casework,
  "GET /:lang/ansatt/opplaering/:id/fritak/:recordId": casework,
  "POST /:lang/ansatt/opplaering/:id/fritak/:recordId": casework,
  "GET /:lang/ansatt/opplaering/:id/fritak/:recordId/fjern": casework,
  "POST /:lang/ansatt/opplaering/:id/fritak/:recordId/fjern": casework,
  "GET /:lang/ansatt/opplaering/:id/timer/:recordId": casework,
  "POST /:lang/ansatt/opplaering/:id/timer/:recordId": casework,
  "GET /:lang/ansatt/opplaering/:id/timer/:recordId/fjern": casework,
  "POST /:lang/ansatt/opplaering/:id/timer/:recordId/fjern": casework,
  "GET /api/v1/training/learners": casework,
  "GET /api/v1/training/learners/:id": casework,
};

import type { AccessTable } from "./allowed.ts";

/** Who may call each route of job matching: approved employers (checked again in the handler) and candidates on their own account. */
export const jobMatchingRoutes: AccessTable = {
  "GET /api/v1/job-openings": ["employer"],
  "GET /api/v1/job-openings/:id/candidates": ["employer"],
  "GET /:lang/arbeidsgiver/stillinger": ["employer"],
  "GET /:lang/arbeidsgiver/stillinger/ny": ["employer"],
  "POST /:lang/arbeidsgiver/stillinger/ny": ["employer"],
  "GET /:lang/arbeidsgiver/stillinger/:id": ["employer"],
  "GET /:lang/arbeidsgiver/stillinger/:id/endre": ["employer"],
  "POST /:lang/arbeidsgiver/stillinger/:id/endre": ["employer"],
  "POST /:lang/arbeidsgiver/stillinger/:id/status": ["employer"],
  "GET /:lang/arbeidsgiver/stillinger/:id/kandidater/:profileId": ["employer"],
  "POST /:lang/arbeidsgiver/stillinger/:id/kandidater/:profileId/kontakt": ["employer"],
  "POST /:lang/arbeidsgiver/jobbmesser/:id": ["employer"],
  "GET /:lang/min-side/jobb": ["newcomer"],
  "POST /:lang/min-side/jobb/samtykke": ["newcomer"],
  "POST /:lang/min-side/jobb/foresporsler/:id": ["newcomer"],
};

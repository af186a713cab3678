import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** Employers use their own pages; the workplace municipality's coordinators and administrators follow them; administrators approve. */
const employer: readonly Role[] = ["employer"];
const municipalityStaff: readonly Role[] = ["municipality-admin", "coordinator"];
/** A reported worker with their own account ("Min side"). */
const newcomer: readonly Role[] = ["newcomer"];

/** Who may call each route of the employers module. */
export const employersRoutes: AccessTable = {
  "GET /:lang/arbeidsgiver/registrer": "public",
  "POST /:lang/arbeidsgiver/registrer": "public",
  "GET /:lang/arbeidsgiver/registrer/takk": "public",
  "GET /:lang/arbeidsgiver": employer,
  "POST /:lang/arbeidsgiver/brukere": employer,
  "GET /:lang/arbeidsgiver/arbeidstakere/ny": employer,
  "POST /:lang/arbeidsgiver/arbeidstakere/ny": employer,
  "GET /:lang/arbeidsgiver/arbeidstakere/import": employer,
  "POST /:lang/arbeidsgiver/arbeidstakere/import": employer,
  "GET /:lang/arbeidsgiver/arbeidstakere/mal.csv": employer,
  "GET /:lang/arbeidsgiver/arbeidstakere/:id/brev": ["employer", ...municipalityStaff],
  "GET /:lang/ansatt/arbeidsgivere": municipalityStaff,
  "POST /:lang/ansatt/arbeidsgivere/:id/godkjenn": ["municipality-admin"],
  "GET /:lang/ansatt/arbeidstakere": municipalityStaff,
  "GET /:lang/ansatt/sua": municipalityStaff,
  "POST /:lang/ansatt/sua": municipalityStaff,
  "POST /:lang/ansatt/sua/:id/tider": municipalityStaff,
  "GET /:lang/ansatt/sua/:id": municipalityStaff,
  "POST /:lang/ansatt/sua/:id/bookinger/:booking/uteble": municipalityStaff,
  "POST /:lang/ansatt/sua/:id/bookinger/:booking/flytt": municipalityStaff,
  "POST /:lang/ansatt/sua/:id/bookinger/:booking/avbestill": municipalityStaff,
  "GET /:lang/arbeidsgiver/arbeidstakere/:id/id-kontroll": employer,
  "POST /:lang/arbeidsgiver/arbeidstakere/:id/id-kontroll": employer,
  // Moving or cancelling a booking the employer made, and the appointment's calendar file.
  "POST /:lang/arbeidsgiver/arbeidstakere/:id/flytt": employer,
  "POST /:lang/arbeidsgiver/arbeidstakere/:id/avbestill": employer,
  "GET /:lang/arbeidsgiver/arbeidstakere/:id/kalender.ics": employer,
  // The worker's appointment, by the unguessable token in their confirmation (no account needed).
  "GET /kalender/id-kontroll/:token.ics": "public",
  // The worker's own page, by the secret token of their welcome mail or letter (rate-limited per address).
  "GET /:lang/ny-arbeidstaker/:token": "public",
  "POST /:lang/ny-arbeidstaker/:token/id-kontroll": "public",
  "POST /:lang/ny-arbeidstaker/:token/avbestill": "public",
  "GET /:lang/ny-arbeidstaker/:token/kalender.ics": "public",
  // Linking the notice to an account needs the worker's own account.
  "POST /:lang/ny-arbeidstaker/:token/koble": newcomer,
  "GET /:lang/min-side/arbeid": newcomer,
  "POST /:lang/min-side/arbeid/:id/id-kontroll": newcomer,
  "POST /:lang/min-side/arbeid/:id/avbestill": newcomer,
  "GET /:lang/min-side/arbeid/:id/kalender.ics": newcomer,
  "POST /:lang/min-side/arbeid/:id/samtykke": newcomer,
  "GET /api/v1/employer/workers": employer,
};

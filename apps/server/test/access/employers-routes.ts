import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** Employers use their own pages; the workplace municipality's coordinators and administrators follow them; administrators approve. */
const employer: readonly Role[] = ["employer"];
const municipalityStaff: readonly Role[] = ["municipality-admin", "coordinator"];

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
  "GET /:lang/arbeidsgiver/arbeidstakere/:id/id-kontroll": employer,
  "POST /:lang/arbeidsgiver/arbeidstakere/:id/id-kontroll": employer,
  // The worker's appointment, by the unguessable token in their confirmation (no account needed).
  "GET /kalender/id-kontroll/:token.ics": "public",
};

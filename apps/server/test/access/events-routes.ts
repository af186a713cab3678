import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** Event organisers: everyone who may create events, see who signed up and cancel, in their own area. */
const organisers: readonly Role[] = ["national-admin", "municipality-admin", "editor", "coordinator", "volunteer"];

/** Who may call each route of the events module. */
export const eventsRoutes: AccessTable = {
  "GET /:lang/kommune/:number/arrangementer": "public",
  "GET /:lang/kommune/:number/arrangementer/:eventId": "public",
  "GET /:lang/kommune/:number/arrangementer/:eventId/:date/pamelding": "public",
  "POST /:lang/kommune/:number/arrangementer/:eventId/:date/pamelding": "public",
  "GET /:lang/kommune/:number/arrangementer/:eventId/:date/pamelding/takk": "public",
  "GET /:lang/avmelding/:token": "public",
  "POST /:lang/avmelding/:token": "public",
  "GET /kalender/kommune/:number.ics": "public",
  "GET /kalender/arrangement/:eventId.ics": "public",
  "GET /:lang/ansatt/arrangementer": organisers,
  "POST /:lang/ansatt/arrangementer": organisers,
  "GET /:lang/ansatt/arrangementer/ny": organisers,
  "GET /:lang/ansatt/arrangementer/moteplasser": organisers,
  "POST /:lang/ansatt/arrangementer/moteplasser": organisers,
  "GET /:lang/ansatt/arrangementer/:eventId": organisers,
  "POST /:lang/ansatt/arrangementer/:eventId": organisers,
  "GET /:lang/ansatt/arrangementer/:eventId/endre": organisers,
  "POST /:lang/ansatt/arrangementer/:eventId/avlys": organisers,
  "POST /:lang/ansatt/arrangementer/:eventId/:date/avlys": organisers,
  "POST /:lang/ansatt/arrangementer/:eventId/:date/gjenopprett": organisers,
  "GET /:lang/ansatt/arrangementer/:eventId/:date/pameldte": organisers,
};

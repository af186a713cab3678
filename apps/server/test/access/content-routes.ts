import type { Role } from "../../src/staff/roles.ts";
import type { AccessTable } from "./allowed.ts";

/** Editors, municipality administrators and national administrators write content (scope checked per page). */
const editors: readonly Role[] = ["national-admin", "municipality-admin", "editor"];

/** Who may call each route of the content module. */
export const contentRoutes: AccessTable = {
  "GET /api/v1/content/municipalities/:number/pages": "public",
  "GET /api/v1/content/municipalities/:number/pages/:slug": "public",
  "GET /:lang/kommune/:number/info": "public",
  "GET /:lang/kommune/:number/info/:slug": "public",
  "POST /:lang/kommune/:number/info/:slug/tilbakemelding": "public",
  "GET /:lang/ansatt/innhold": editors,
  "GET /:lang/ansatt/innhold/ny": editors,
  "POST /:lang/ansatt/innhold/ny": editors,
  "GET /:lang/ansatt/innhold/sider/:id": editors,
  "GET /:lang/ansatt/innhold/sider/:id/:pageLang": editors,
  "POST /:lang/ansatt/innhold/sider/:id/:pageLang": editors,
  "POST /:lang/ansatt/innhold/sider/:id/:pageLang/avpubliser": editors,
  "POST /:lang/ansatt/innhold/sider/:id/:pageLang/maskinoversett": editors,
  "GET /:lang/ansatt/innhold/sider/:id/:pageLang/historikk": editors,
  "GET /:lang/ansatt/innhold/versjoner/:id": editors,
  "POST /:lang/ansatt/innhold/versjoner/:id/send": editors,
  "POST /:lang/ansatt/innhold/versjoner/:id/godkjenn": editors,
  "POST /:lang/ansatt/innhold/versjoner/:id/send-tilbake": editors,
  "POST /:lang/ansatt/innhold/versjoner/:id/gjenopprett": editors,
  "POST /:lang/ansatt/innhold/versjoner/:id/forkast": editors,
  "GET /:lang/ansatt/innhold/godkjenning": editors,
  "GET /:lang/ansatt/innhold/oversettelser": editors,
  "GET /:lang/ansatt/innhold/tilbakemeldinger": editors,
};

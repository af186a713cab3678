import type { FastifyPluginAsync } from "fastify";
import { sql } from "kysely";
import { publicAccess } from "../platform/access.ts";

/** For operators and load balancers: /healthz says the process runs, /readyz that its database answers and takes a write. */
export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get("/healthz", { config: { access: publicAccess }, schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { config: { access: publicAccess }, schema: { hide: true } }, async (request, reply) => {
    try {
      // A read alone passes on a database that cannot write (a full disk): write one row.
      await sql`INSERT INTO health_write_probe (id, checked_at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at`.execute(app.services.db);
      return { status: "ready", database: app.services.database.engine };
    } catch (error) {
      request.log.warn({ err: error }, "database not reachable");
      return reply.status(503).send({ status: "unavailable" });
    }
  });
};

import type { FastifyPluginAsync } from "fastify";
import { sql } from "kysely";
import { publicAccess } from "../platform/access.ts";

/** For operators and load balancers: /healthz says the process runs, /readyz that it reaches its database. */
export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get("/healthz", { config: { access: publicAccess }, schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { config: { access: publicAccess }, schema: { hide: true } }, async (request, reply) => {
    try {
      await sql`SELECT 1`.execute(app.services.db);
      return { status: "ready", database: app.services.database.engine };
    } catch (error) {
      request.log.warn({ err: error }, "database not reachable");
      return reply.status(503).send({ status: "unavailable" });
    }
  });
};

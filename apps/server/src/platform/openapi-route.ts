import type { FastifyPluginAsync } from "fastify";
import { publicAccess } from "./access.ts";

/** The OpenAPI 3.1 document, generated from the same schemas that validate each route. */
export const openApiRoute: FastifyPluginAsync = async (api) => {
  api.get("/openapi.json", { config: { access: publicAccess }, schema: { hide: true } }, async () => api.swagger());
};

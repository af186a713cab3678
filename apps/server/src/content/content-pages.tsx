import type { FastifyPluginAsync } from "fastify";

/** The welcome-content pages (national baseline and local pages) are registered here. */
export const contentPages: FastifyPluginAsync = async () => {};

import type { FastifyPluginAsync } from "fastify";

/** The "Min plan" pages (questionnaire and plan) are registered here. */
export const planPages: FastifyPluginAsync = async () => {};

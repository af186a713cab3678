import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { caseActor } from "../cases/case-access.ts";
import { interpreterBookingsFor } from "../interpreters/booking-repository.ts";
import { guidanceAccess } from "./guidance-access.ts";
import { createGuidanceRepository } from "./guidance-repository.ts";
import { guidanceCaseIdParams, guidanceCaseSchema, guidanceSummarySchema } from "./guidance-schemas.ts";

const tags = ["guidance"];

/**
 * Guidance cases of labour migrants and families (issue 13) for the coordinators of their
 * municipalities, as the pages show them. Every case listed or read is in the audit log
 * (`guidance.listed`, `guidance.read`); a case elsewhere answers 404 and leaves no trace.
 */
export const guidanceApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, users, clock } = api.services;
  const guidance = createGuidanceRepository(db, clock);
  const actorOf = (request: FastifyRequest) => caseActor(request.viewer!, users);

  api.get(
    "/guidance/cases",
    { config: { access: guidanceAccess }, schema: { tags, summary: "The queue of the municipalities you work for: new and open cases, and the latest 50 closed (each listing is logged)", response: { 200: Type.Array(guidanceSummarySchema) } } },
    async (request) => {
      const queue = await guidance.queue(await actorOf(request));
      return [...queue.new, ...queue.open, ...queue.closed];
    },
  );

  api.get(
    "/guidance/cases/:id",
    { config: { access: guidanceAccess }, schema: { tags, summary: "A guidance case with its notes, referrals and interpreter bookings (the read is logged)", params: guidanceCaseIdParams, response: { 200: guidanceCaseSchema } } },
    async (request) => {
      const found = await guidance.read(request.params.id, await actorOf(request));
      return { ...found, interpreterBookings: await interpreterBookingsFor(db, { guidanceCaseId: found.id }) };
    },
  );
};

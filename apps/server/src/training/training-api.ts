import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { caseActor } from "../cases/case-access.ts";
import { guidanceAccess } from "../guidance/guidance-access.ts";
import { languageParam } from "../web/language-param.ts";
import { createTrainingRepository } from "./training-repository.ts";
import { trainingRulesFor } from "./training-rules.ts";
import { learnerIdParams, learnerSchema, learnerSummarySchema } from "./training-schemas.ts";

const tags = ["training"];

/**
 * Learners of Norwegian and social studies (issue 13) for the caseworkers of their municipalities,
 * as the pages show them. Every learner listed or read is in the audit log (`training.listed`,
 * `training.read`); a learner elsewhere answers 404 and leaves no trace.
 */
export const trainingApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, users, clock } = api.services;
  const training = createTrainingRepository(db, clock);
  const actorOf = (request: FastifyRequest) => caseActor(request.viewer!, users);

  api.get(
    "/training/learners",
    { config: { access: guidanceAccess }, schema: { tags, summary: "The learners of the municipalities you work for, at most 500 by name, with minutes attended (each listing is logged)", response: { 200: Type.Array(learnerSummarySchema) } } },
    async (request) => (await training.list(await actorOf(request))).map(({ attended, ...learner }) => ({ ...learner, attendedMinutes: attended })),
  );

  api.get(
    "/training/learners/:id",
    {
      config: { access: guidanceAccess },
      schema: { tags, summary: "A learner: right, duty and hours from the rules, hours attended, levels, exemptions (the read is logged)", params: learnerIdParams, querystring: Type.Object({ lang: Type.Optional(languageParam) }), response: { 200: learnerSchema } },
    },
    async (request) => {
      const { attended, ...learner } = await training.read(request.params.id, await actorOf(request));
      return { ...learner, attendedMinutes: attended, rules: trainingRulesFor(learner, clock.today(), request.query.lang ?? "nb") ?? null };
    },
  );
};

import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { evaluatePlan, planSchema, profileSchema, validateProfile } from "@velkomst/rules";
import { publicAccess } from "../platform/access.ts";
import { InvalidInputError } from "../platform/domain-errors.ts";

/** `POST /api/v1/plan`: the arrival-plan contract (shared/contracts/arrival-plan.md). Stores nothing. */
export const planApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  api.post(
    "/plan",
    {
      config: { access: publicAccess },
      schema: {
        tags: ["plans"],
        summary: "The personal arrival plan for a profile: steps in order with deadlines, rights and duties, each with why and legal basis",
        body: profileSchema,
        response: { 200: planSchema },
      },
    },
    async (request) => {
      // The schema has checked the shape; this adds the checks across fields (dates in order).
      const today = api.services.clock.today();
      const checked = validateProfile(request.body, { today });
      if (!checked.ok) throw new InvalidInputError(checked.errors, 400);
      return evaluatePlan(checked.value, { today });
    },
  );
};

import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { evaluateProgramme, participantSchema, programmeResultSchema, validateParticipant } from "@velkomst/rules";
import { staffOnly } from "../platform/access.ts";
import { InvalidInputError } from "../platform/domain-errors.ts";

/** `POST /api/v1/programme`: the introduction-programme contract (shared/contracts/introduction-programme.md). Stores nothing. */
export const programmeApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  api.post(
    "/programme",
    {
      config: { access: staffOnly },
      schema: {
        tags: ["programme"],
        summary: "A participant's rights, duties, frames and amounts in the introduction programme and training, each with why and legal basis",
        body: participantSchema,
        response: { 200: programmeResultSchema },
      },
    },
    async (request) => {
      // `asOf` defaults to the platform's clock; the schema has checked the shape, this adds the checks across fields.
      const today = request.server.services.clock.today();
      const checked = validateParticipant(request.body, { today });
      if (!checked.ok) throw new InvalidInputError(checked.errors, 400);
      return evaluateProgramme(checked.value, { today });
    },
  );
};

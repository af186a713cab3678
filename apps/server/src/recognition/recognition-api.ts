import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { evaluateRecognition, recognitionAnswerSchema, recognitionQuestionSchema, validateRecognitionQuestion } from "@velkomst/rules";
import { publicAccess } from "../platform/access.ts";
import { InvalidInputError } from "../platform/domain-errors.ts";

/** `POST /api/v1/recognition`: the recognition contract (shared/contracts/recognition.md). Public; stores nothing. */
export const recognitionApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  api.post(
    "/recognition",
    {
      config: { access: publicAccess },
      schema: {
        tags: ["recognition"],
        summary: "A person's recognition path for an occupation: the kinds of recognition, the deciding body, steps, legal basis and what to do meanwhile",
        body: recognitionQuestionSchema,
        response: { 200: recognitionAnswerSchema },
      },
    },
    async (request) => {
      // The schema has checked the shape (400); the data must know the occupation and cover the date (422).
      const today = api.services.clock.today();
      const checked = validateRecognitionQuestion(request.body, { today });
      if (!checked.ok) throw new InvalidInputError(checked.errors, checked.status ?? 422);
      return evaluateRecognition(checked.value, { today });
    },
  );
};

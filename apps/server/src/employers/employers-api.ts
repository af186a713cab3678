import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { languageCodes, type Language } from "@velkomst/i18n";
import { StringEnum } from "@velkomst/validation";
import { rolesAllowed } from "../platform/access.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import { createWorkerConsents } from "./worker-consents.ts";

const stepSchema = Type.Object({ id: Type.String(), title: Type.String() });
const workerSchema = Type.Object({
  id: Type.String({ format: "uuid" }),
  name: Type.String(),
  municipalityNumber: Type.String(),
  startDate: Type.String({ format: "date" }),
  language: StringEnum(languageCodes),
  progress: Type.Union([Type.Object({ done: Type.Array(stepSchema), total: Type.Integer() }), Type.Null()], {
    description: "The arrival-plan steps the worker has done; null unless the worker consented to this employer seeing them",
  }),
});

/** The employer's own workers as JSON, with plan progress only for those who consented. */
export const employersApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { employers, db, clock } = api.services;
  const consents = createWorkerConsents(db, clock);

  api.get(
    "/employer/workers",
    {
      config: { access: rolesAllowed("employer") },
      schema: {
        tags: ["employers"],
        summary: "The workers the signed-in user's employer reported, with the plan steps of those who consented",
        querystring: Type.Object({ lang: Type.Optional(StringEnum(languageCodes)) }, { additionalProperties: false }),
        response: { 200: Type.Array(workerSchema) },
      },
    },
    async (request) => {
      const viewer = request.viewer!;
      const employer = await employers.employerOf(viewer.id);
      if (!employer) throw new NotFoundError("employer", "");
      const lang = (request.query.lang ?? "nb") as Language;
      const notices = await employers.noticesOfEmployer(viewer, employer, request.ip);
      const progress = await consents.progressForEmployer(employer.id, lang, viewer.id, request.ip);
      return notices.map((n) => ({ id: n.id, name: n.name, municipalityNumber: n.municipalityNumber, startDate: n.startDate, language: n.language, progress: progress.get(n.id) ?? null }));
    },
  );
};

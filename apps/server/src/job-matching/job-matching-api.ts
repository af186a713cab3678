import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { StringEnum } from "@velkomst/validation";
import { rolesAllowed } from "../platform/access.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import { cefrLevels } from "../skills-profile/skills-profile.ts";
import { candidatesForOpening, openingsOf, ownOpening } from "./job-matching-repository.ts";
import { criteria } from "./match-score.ts";
import { norwegianSkills } from "./match-facts.ts";

const employerOnly = rolesAllowed("employer");
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const level = StringEnum(cefrLevels);
const languageSkill = Type.Object({ code: Type.String(), level: StringEnum([...cefrLevels, "native"] as const) });
const norwegian = nullable(Type.Object(Object.fromEntries(norwegianSkills.map((s) => [s, nullable(level)])) as Record<(typeof norwegianSkills)[number], ReturnType<typeof nullable<typeof level>>>));
const recognition = StringEnum(["recognised", "in-progress", "not-recognised", "not-needed", "unknown"] as const);

const openingSchema = Type.Object({
  id: Type.String({ format: "uuid" }),
  title: Type.String(),
  occupationCode: Type.String({ description: "STYRK-08 unit group" }),
  municipalityNumber: Type.String(),
  municipalityName: Type.String(),
  hoursPerWeek: Type.Integer(),
  languages: Type.Array(languageSkill),
  norwegian,
  drivingLicence: nullable(Type.String()),
  certificate: nullable(Type.String()),
  authorisationRequired: Type.Boolean({ description: "A regulated occupation: only candidates with a recognised education in it are matched (a hard filter)" }),
  startsOn: Type.String({ format: "date" }),
  status: StringEnum(["open", "closed"] as const),
});

/** Only these fields leave the server: the schema is the serialiser, so nothing else of a profile can slip out. */
const candidateMatchSchema = Type.Object({
  candidate: Type.Object({
    pseudonym: Type.String({ description: "Stable for this employer, different for another" }),
    profileId: Type.String({ format: "uuid" }),
    experience: Type.Array(Type.Object({ occupationCode: Type.String(), years: Type.Integer() })),
    wishedOccupations: Type.Array(Type.String()),
    education: Type.Array(Type.Object({ level: Type.String(), recognition })),
    recognition,
    languages: Type.Array(languageSkill),
    norwegian,
    drivingLicences: Type.Array(Type.String()),
    wishedMunicipalities: Type.Array(Type.Object({ number: Type.String(), name: Type.String() })),
    hoursPerWeek: nullable(Type.Number()),
  }),
  match: Type.Object({
    total: Type.Integer({ minimum: 0, maximum: 100 }),
    criteria: Type.Array(
      Type.Object({
        criterion: StringEnum(criteria),
        points: Type.Integer(),
        max: Type.Integer(),
        reason: Type.String({ description: "Why these points: same-code, same-minor-group, all-met, some-short, wished-place, hours-close …" }),
        shortfalls: Type.Optional(Type.Array(Type.Object({ language: Type.String(), skill: nullable(Type.String()), needed: level, has: nullable(Type.String()) }))),
      }),
    ),
  }),
  request: nullable(StringEnum(["pending", "accepted", "declined"] as const)),
  contact: nullable(Type.Object({ name: Type.String(), email: nullable(Type.String()), phone: nullable(Type.String()) }, { description: "Only after the candidate accepted this employer's request" })),
});

/** `GET /api/v1/job-openings` and `…/:id/candidates`: the employer's openings and their explained, pseudonymous matches. */
export const jobMatchingApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { services } = api;

  async function ownEmployer(userId: string) {
    const employer = await services.employers.employerOf(userId);
    if (!employer) throw new NotFoundError("employer", userId);
    return employer;
  }

  api.get(
    "/job-openings",
    { config: { access: employerOnly }, schema: { tags: ["job-matching"], summary: "The approved employer's own openings", security: [{ session: [] }], response: { 200: Type.Array(openingSchema) } } },
    async (request) => openingsOf(services.db, (await ownEmployer(request.viewer!.id)).id),
  );

  api.get(
    "/job-openings/:id/candidates",
    {
      config: { access: employerOnly },
      schema: {
        tags: ["job-matching"],
        summary: "The top 20 opted-in candidates for the employer's opening, pseudonymous, with the score explained per criterion (the read is audited)",
        security: [{ session: [] }],
        params: Type.Object({ id: Type.String({ format: "uuid" }) }),
        response: { 200: Type.Array(candidateMatchSchema) },
      },
    },
    async (request) => {
      const opening = await ownOpening(services.db, await ownEmployer(request.viewer!.id), request.params.id);
      return candidatesForOpening(services, request.viewer!, opening, request.ip);
    },
  );
};

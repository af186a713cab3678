import type { FastifyPluginAsync } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { StringEnum } from "@velkomst/validation";
import { languageCodes } from "@velkomst/i18n";
import { rolesAllowed } from "../platform/access.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { cvOfProfile } from "./cv-content.ts";
import { cvToPdf } from "./cv-pdf.ts";
import type { SkillsProfile } from "./skills-profile.ts";
import { auditOwnChanges, createSkillsProfileRepository, inputOf, type ProfileOwner } from "./skills-profile-repository.ts";
import { skillsProfilePutBody, skillsProfileResponse } from "./skills-profile-schema.ts";
import { profileErrors } from "./skills-profile-validation.ts";

const ownerOnly = rolesAllowed("newcomer");
const errorBody = Type.Object({ type: Type.String(), errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))) });

function toResponse(profile: SkillsProfile) {
  return { id: profile.id, ...inputOf(profile), consentGivenAt: profile.consentGivenAt.toISOString(), matchingOptInAt: profile.matchingOptInAt?.toISOString() ?? null };
}

/**
 * `/api/v1/skills-profile`: the signed-in newcomer's own skills profile (read, replace, delete) and
 * its CV as a tagged PDF. Only the owner reaches it; an adviser works on the participant's record pages.
 */
export const skillsProfileApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, clock } = api.services;
  const profiles = createSkillsProfileRepository(db, clock);
  const ownerOf = (userId: string): ProfileOwner => ({ kind: "user", userId });

  api.get(
    "/skills-profile",
    { config: { access: ownerOnly }, schema: { tags: ["skills-profile"], summary: "Your skills profile", response: { 200: skillsProfileResponse, 404: errorBody } } },
    async (request) => {
      const profile = await profiles.find(ownerOf(request.viewer!.id));
      if (!profile) throw new NotFoundError("skills profile", "of this account");
      return toResponse(profile);
    },
  );

  api.put(
    "/skills-profile",
    {
      config: { access: ownerOnly },
      schema: {
        tags: ["skills-profile"],
        summary: "Create or replace your skills profile (consent: true is required; the whole profile is replaced, or nothing is written)",
        body: skillsProfilePutBody,
        response: { 200: skillsProfileResponse, 201: skillsProfileResponse, 422: errorBody },
      },
    },
    async (request, reply) => {
      const { consent, ...input } = request.body;
      const errors = await profileErrors(db, input, clock.today());
      if (errors.length > 0) throw new InvalidInputError(errors);
      const owner = ownerOf(request.viewer!.id);
      const existed = (await profiles.find(owner)) !== undefined;
      const profile = await profiles.save(owner, input, consent, auditOwnChanges(request.viewer!.id, request.ip));
      return reply.status(existed ? 200 : 201).send(toResponse(profile));
    },
  );

  api.delete(
    "/skills-profile",
    { config: { access: ownerOnly }, schema: { tags: ["skills-profile"], summary: "Withdraw consent: your skills profile is deleted at once", response: { 204: Type.Null(), 404: errorBody } } },
    async (request, reply) => {
      if (!(await profiles.remove(ownerOf(request.viewer!.id), auditOwnChanges(request.viewer!.id, request.ip)))) throw new NotFoundError("skills profile", "of this account");
      return reply.status(204).send(null);
    },
  );

  api.get(
    "/skills-profile/cv.pdf",
    {
      config: { access: ownerOnly },
      schema: {
        tags: ["skills-profile"],
        summary: "Your CV as a tagged PDF in the Europass order, in bokmål, English or your own language",
        querystring: Type.Object({ language: Type.Optional(StringEnum(languageCodes)) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const profile = await profiles.find(ownerOf(request.viewer!.id));
      if (!profile) throw new NotFoundError("skills profile", "of this account");
      const cv = await cvOfProfile(db, profile, request.query.language ?? "nb", clock.today(), { field: "language", status: 422 });
      const pdf = await cvToPdf(cv, clock.now());
      return reply.type("application/pdf").header("content-disposition", `attachment; filename="cv-${cv.lang}.pdf"`).header("cache-control", "no-store").send(pdf);
    },
  );
};

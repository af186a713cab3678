import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { rolesAllowed } from "../platform/access.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { accessLogRoles, caseActor, caseworkRoles, requireCasework, type CaseActor } from "./case-access.ts";
import { createConsentRepository } from "./consent-repository.ts";
import { createParticipantRepository } from "./participant-repository.ts";
import { accessLogSchema, consentBody, consentIdParams, consentsSchema, participantBody, participantDetailsSchema, participantIdParams, participantSummarySchema, revealBody } from "./participant-schemas.ts";
import { participantErrors } from "./participant-validation.ts";

const casework = rolesAllowed(...caseworkRoles);
const tags = ["cases"];

/**
 * Participants of the introduction programme and training (issue 13), for the coordinators and
 * administrators of the municipality that follows them up. Every read is written to the access log.
 */
export const participantApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, users, clock } = api.services;
  const participants = createParticipantRepository(db, clock);
  const consents = createConsentRepository(db, clock, participants.logAccess);
  const actorOf = (request: FastifyRequest) => caseActor(request.viewer!, users);

  /** The participant's municipality if the actor may see it; otherwise 404, so a record elsewhere is not revealed. */
  async function accessible(id: string, actor: CaseActor, auditorToo = false): Promise<void> {
    const municipality = await participants.municipalityOf(id);
    if (municipality === undefined || !(actor.municipalities.has(municipality) || (auditorToo && actor.auditor))) throw new NotFoundError("participant", id);
  }

  api.post(
    "/cases/participants",
    { config: { access: casework }, schema: { tags, summary: "Register a participant in a municipality you work for", body: participantBody, response: { 201: Type.Object({ id: Type.String() }) } } },
    async (request, reply) => {
      const actor = await actorOf(request);
      const errors = participantErrors(request.body, clock.today());
      if (errors.length > 0) throw new InvalidInputError(errors);
      requireCasework(actor, request.body.municipality);
      return reply.status(201).send({ id: await participants.create(request.body, actor) });
    },
  );

  api.get(
    "/cases/participants",
    { config: { access: casework }, schema: { tags, summary: "The participants of the municipalities you work for (each listing is logged)", response: { 200: Type.Array(participantSummarySchema) } } },
    async (request) => participants.list(await actorOf(request)),
  );

  api.get(
    "/cases/participants/:id",
    { config: { access: casework }, schema: { tags, summary: "A participant, identity number hidden (the read is logged)", params: participantIdParams, response: { 200: participantDetailsSchema } } },
    async (request) => {
      const actor = await actorOf(request);
      await accessible(request.params.id, actor);
      return participants.read(request.params.id, actor);
    },
  );

  api.post(
    "/cases/participants/:id/identity-number",
    {
      config: { access: casework },
      schema: { tags, summary: "Show the identity number, with the reason logged", params: participantIdParams, body: revealBody, response: { 200: Type.Object({ identityNumber: Type.Union([Type.String(), Type.Null()]) }) } },
    },
    async (request) => {
      const actor = await actorOf(request);
      await accessible(request.params.id, actor);
      return { identityNumber: await participants.revealIdentityNumber(request.params.id, actor, request.body.reason) };
    },
  );

  api.get(
    "/cases/participants/:id/access-log",
    { config: { access: rolesAllowed(...accessLogRoles) }, schema: { tags, summary: "Who read or changed the participant, and why (for the adviser and IMDi as auditor)", params: participantIdParams, response: { 200: accessLogSchema } } },
    async (request) => {
      const actor = await actorOf(request);
      await accessible(request.params.id, actor, true);
      return participants.accessLog(request.params.id, actor);
    },
  );

  api.get(
    "/cases/participants/:id/consents",
    { config: { access: casework }, schema: { tags, summary: "The participant's consents to share with other agencies (the read is logged)", params: participantIdParams, response: { 200: consentsSchema } } },
    async (request) => {
      const actor = await actorOf(request);
      await accessible(request.params.id, actor);
      return consents.list(request.params.id, actor);
    },
  );

  api.post(
    "/cases/participants/:id/consents",
    { config: { access: casework }, schema: { tags, summary: "Record a consent the participant gave: what, to whom, when", params: participantIdParams, body: consentBody, response: { 201: Type.Object({ id: Type.String() }) } } },
    async (request, reply) => {
      const actor = await actorOf(request);
      if (request.body.givenOn > clock.today()) throw new InvalidInputError([{ path: "givenOn", code: "afterToday", message: `must not be after today (${clock.today()})` }]);
      await accessible(request.params.id, actor);
      return reply.status(201).send({ id: await consents.record(request.params.id, request.body, actor) });
    },
  );

  api.post(
    "/cases/participants/:id/consents/:consentId/withdraw",
    { config: { access: casework }, schema: { tags, summary: "Withdraw a consent; sharing with that agency stops", params: consentIdParams } },
    async (request, reply) => {
      const actor = await actorOf(request);
      await accessible(request.params.id, actor);
      await consents.withdraw(request.params.id, request.params.consentId, actor);
      return reply.status(204).send();
    },
  );

  api.post(
    "/cases/participants/:id/export",
    {
      config: { access: casework },
      // The export is the person's own data for them (GDPR art. 15/20); its shape is the stored rows, so it is not fixed here.
      schema: { tags, summary: "Everything stored about the participant as JSON (GDPR art. 15/20), with the reason logged", params: participantIdParams, body: revealBody },
    },
    async (request, reply) => {
      const actor = await actorOf(request);
      await accessible(request.params.id, actor);
      const data = await participants.export(request.params.id, actor, request.body.reason);
      return reply.header("content-disposition", `attachment; filename="deltaker-${request.params.id}.json"`).send(data);
    },
  );
};

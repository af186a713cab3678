import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { StringEnum } from "@velkomst/validation";
import { rolesAllowed } from "../platform/access.ts";
import {
  answerBody,
  countyRecommendationBody,
  dateTimeSchema,
  decisionBody,
  enquirySchema,
  fairnessSchema,
  householdBody,
  householdDetailsSchema,
  householdSummarySchema,
  municipalityNumber,
  openYearBody,
  overrideBody,
  overviewSchema,
  proposalSchema,
  requestBody,
  runBody,
  runSummarySchema,
  uuidParam,
  weightsSchema,
  yearParam,
  yearSchema,
} from "./settlement-schemas.ts";

/** IMDi runs the cycle; municipality-admins answer for their own municipality (checked per record). */
const imdi = rolesAllowed("national-admin");
const settlementRoles = rolesAllowed("national-admin", "municipality-admin");
const tags = ["settlement"];
const yearParams = Type.Object({ year: yearParam });
const idParams = Type.Object({ id: uuidParam });

/** The settlement API (Meld. St. 17 (2023–2024) ch. 7): the yearly cycle, matching runs, enquiries and households. */
export const settlementApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { settlement } = api.services;
  const actorOf = (request: FastifyRequest) => settlement.actor(request.viewer!, request.ip);

  api.get(
    "/settlement/years",
    { config: { access: settlementRoles }, schema: { tags, summary: "Settlement years, newest first", response: { 200: Type.Array(yearSchema) } } },
    async () => settlement.cycle.listYears(),
  );

  api.post(
    "/settlement/years",
    { config: { access: imdi }, schema: { tags, summary: "Open a settlement year with the national need (IMDi)", body: openYearBody, response: { 201: yearSchema } } },
    async (request, reply) => {
      const { year, nationalNeed, nationalNeedMinors = 0 } = request.body;
      await settlement.cycle.openYear(await actorOf(request), { year, nationalNeed, nationalNeedMinors });
      return reply.status(201).send(await settlement.cycle.findYear(year));
    },
  );

  api.get(
    "/settlement/years/:year",
    {
      config: { access: settlementRoles },
      schema: { tags, summary: "Requested, decided, enquired and settled per municipality, county and nationally", params: yearParams, response: { 200: overviewSchema } },
    },
    async (request) => settlement.cycle.overview(Number(request.params.year)),
  );

  api.post(
    "/settlement/years/:year/county-recommendations",
    { config: { access: imdi }, schema: { tags, summary: "Record a county's recommendation (IMDi)", params: yearParams, body: countyRecommendationBody } },
    async (request, reply) => {
      const { county, persons, unaccompaniedMinors = 0 } = request.body;
      await settlement.cycle.recordCountyRecommendation(await actorOf(request), Number(request.params.year), { county, persons, unaccompaniedMinors });
      return reply.status(204).send();
    },
  );

  api.post(
    "/settlement/years/:year/requests",
    { config: { access: imdi }, schema: { tags, summary: "Send a municipality its request (anmodning) (IMDi)", params: yearParams, body: requestBody } },
    async (request, reply) => {
      const { municipality, persons, unaccompaniedMinors = 0 } = request.body;
      await settlement.cycle.sendRequest(await actorOf(request), Number(request.params.year), { municipality, persons, unaccompaniedMinors });
      return reply.status(204).send();
    },
  );

  api.post(
    "/settlement/years/:year/requests/all",
    {
      config: { access: imdi },
      schema: {
        tags,
        summary: "Send every municipality a request: each county's recommendation (or population share) spread by population (IMDi)",
        params: yearParams,
        response: { 200: Type.Object({ municipalities: Type.Integer() }) },
      },
    },
    async (request) => ({ municipalities: await settlement.cycle.sendRequestsToAll(await actorOf(request), Number(request.params.year)) }),
  );

  api.post(
    "/settlement/years/:year/municipalities/:number/decision",
    {
      config: { access: settlementRoles },
      schema: {
        tags,
        summary: "Record the municipality's decided capacity with the date of the political decision (its own municipality-admin, or IMDi)",
        params: Type.Object({ year: yearParam, number: municipalityNumber }),
        body: decisionBody,
      },
    },
    async (request, reply) => {
      await settlement.cycle.recordDecision(await actorOf(request), Number(request.params.year), request.params.number, request.body);
      return reply.status(204).send();
    },
  );

  api.get(
    "/settlement/years/:year/weights",
    {
      config: { access: imdi },
      schema: {
        tags,
        summary: "The score weights in force and their history",
        params: yearParams,
        response: { 200: Type.Object({ weights: weightsSchema, history: Type.Array(Type.Object({ weights: weightsSchema, setAt: dateTimeSchema, setBy: Type.Union([Type.String(), Type.Null()]) })) }) },
      },
    },
    async (request) => {
      const year = Number(request.params.year);
      await settlement.cycle.findYear(year);
      return { weights: await settlement.cycle.currentWeights(year), history: await settlement.cycle.weightHistory(year) };
    },
  );

  api.put(
    "/settlement/years/:year/weights",
    { config: { access: imdi }, schema: { tags, summary: "Set the score weights of the year (IMDi)", params: yearParams, body: weightsSchema } },
    async (request, reply) => {
      await settlement.cycle.setWeights(await actorOf(request), Number(request.params.year), request.body);
      return reply.status(204).send();
    },
  );

  api.post(
    "/settlement/years/:year/runs",
    {
      config: { access: imdi },
      schema: { tags, summary: "Run the matching for every household ready now, within the capacity left (IMDi)", params: yearParams, body: Type.Optional(runBody), response: { 201: runSummarySchema } },
    },
    async (request, reply) => {
      const actor = await actorOf(request);
      const id = await settlement.runs.run(actor, Number(request.params.year), { timeLimitSeconds: request.body?.timeLimitSeconds });
      return reply.status(201).send(await settlement.runs.findRun(actor, id));
    },
  );

  api.get(
    "/settlement/years/:year/runs",
    { config: { access: imdi }, schema: { tags, summary: "Matching runs of the year, newest first", params: yearParams, response: { 200: Type.Array(runSummarySchema) } } },
    async (request) => {
      const year = Number(request.params.year);
      await settlement.cycle.findYear(year);
      return settlement.runs.listRuns(year);
    },
  );

  api.get(
    "/settlement/runs/:id",
    {
      config: { access: imdi },
      schema: { tags, summary: "A run with its proposals, explanations and score parts", params: idParams, response: { 200: Type.Object({ run: runSummarySchema, proposals: Type.Array(proposalSchema) }) } },
    },
    async (request) => {
      const actor = await actorOf(request);
      const run = await settlement.runs.findRun(actor, request.params.id);
      return { run, proposals: await settlement.runs.proposals(actor, run.id) };
    },
  );

  api.post(
    "/settlement/runs/:id/enquiries",
    {
      config: { access: imdi },
      schema: { tags, summary: "Send an enquiry for every proposal of the run that can still be sent", params: idParams, response: { 200: Type.Object({ sent: Type.Integer(), skipped: Type.Integer() }) } },
    },
    async (request) => settlement.enquiries.sendAll(await actorOf(request), request.params.id),
  );

  api.post(
    "/settlement/proposals/:id/override",
    { config: { access: imdi }, schema: { tags, summary: "Choose another candidate municipality; the reason is mandatory and audited", params: idParams, body: overrideBody } },
    async (request, reply) => {
      await settlement.enquiries.override(await actorOf(request), request.params.id, request.body);
      return reply.status(204).send();
    },
  );

  api.post(
    "/settlement/proposals/:id/enquiry",
    { config: { access: imdi }, schema: { tags, summary: "Send the enquiry for a proposal (its override when there is one)", params: idParams, response: { 201: Type.Object({ id: Type.String() }) } } },
    async (request, reply) => reply.status(201).send({ id: await settlement.enquiries.sendEnquiry(await actorOf(request), request.params.id) }),
  );

  api.get(
    "/settlement/years/:year/enquiries",
    {
      config: { access: settlementRoles },
      schema: {
        tags,
        summary: "Enquiries of the year: all for IMDi, a municipality-admin's own",
        params: yearParams,
        querystring: Type.Object({ open: Type.Optional(StringEnum(["true", "false"] as const)) }, { additionalProperties: false }),
        response: { 200: Type.Array(enquirySchema) },
      },
    },
    async (request) => {
      const year = Number(request.params.year);
      await settlement.cycle.findYear(year);
      return settlement.enquiries.list(await actorOf(request), year, { openOnly: request.query.open === "true" });
    },
  );

  api.post(
    "/settlement/enquiries/:id/answer",
    { config: { access: settlementRoles }, schema: { tags, summary: "The municipality accepts (IMDi's decision follows) or refuses with a reason", params: idParams, body: answerBody } },
    async (request, reply) => {
      await settlement.enquiries.answer(await actorOf(request), request.params.id, request.body);
      return reply.status(204).send();
    },
  );

  api.get(
    "/settlement/households",
    { config: { access: settlementRoles }, schema: { tags, summary: "Households: all for IMDi, only those enquired to a municipality-admin's own", response: { 200: Type.Array(householdSummarySchema) } } },
    async (request) => settlement.households.list(await actorOf(request)),
  );

  api.post(
    "/settlement/households",
    {
      config: { access: imdi },
      schema: {
        tags,
        summary: "Register a household ready for settlement from UDI's decision (IMDi); written to the audit log",
        body: householdBody,
        response: { 201: Type.Object({ id: Type.String(), reference: Type.String() }) },
      },
    },
    async (request, reply) => {
      const id = await settlement.intake.register(await actorOf(request), request.body);
      return reply.status(201).send({ id, reference: request.body.reference.trim() });
    },
  );

  api.put(
    "/settlement/households/:id",
    {
      config: { access: imdi },
      schema: {
        tags,
        summary: "Correct a household: replaces what was registered (IMDi). 409 once it is enquired about or settled",
        params: idParams,
        body: householdBody,
        response: { 200: Type.Object({ id: Type.String(), changed: Type.Array(Type.String()) }) },
      },
    },
    async (request) => ({ id: request.params.id, changed: await settlement.intake.correct(await actorOf(request), request.params.id, request.body) }),
  );

  api.get(
    "/settlement/households/:id",
    { config: { access: settlementRoles }, schema: { tags, summary: "One household in full (the read is written to the audit log)", params: idParams, response: { 200: householdDetailsSchema } } },
    async (request) => settlement.households.details(await actorOf(request), request.params.id),
  );

  api.get(
    "/settlement/years/:year/fairness",
    { config: { access: imdi }, schema: { tags, summary: "How placements spread over counties, household types and needs", params: yearParams, response: { 200: fairnessSchema } } },
    async (request) => settlement.fairness.view(await actorOf(request), Number(request.params.year)),
  );
};

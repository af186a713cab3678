import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type, type TSchema } from "@sinclair/typebox";
import { languageCodes } from "@velkomst/i18n";
import { StringEnum } from "@velkomst/validation";
import { publicAccess, rolesAllowed } from "../platform/access.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import { directoryEditorRoles, type Directory } from "./directory.ts";
import { openingStatus, osloInstant, type LocalMoment } from "./opening-hours.ts";
import { addDays } from "./public-holidays.ts";
import { hoursExceptionSchema, serviceCategories, serviceInputSchema, weeklyIntervalSchema, wheelchairAccessValues, type DirectoryService } from "./service-model.ts";
import { serviceHours } from "./service-presentation.ts";

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const momentSchema = Type.Object({
  date: Type.String({ format: "date" }),
  time: Type.String({ description: "Norwegian wall-clock time HH:MM (24:00: midnight)" }),
  at: Type.String({ format: "date-time", description: "The same moment as an instant with its UTC offset" }),
});

const serviceTextOutput = Type.Object({ description: Type.String({ description: "Markdown" }), directions: Type.String(), accessibilityNote: Type.String() });

export const serviceOutputSchema = Type.Object(
  {
    id: Type.String({ format: "uuid" }),
    scope: Type.Object({ kind: StringEnum(["municipality", "region"] as const), id: Type.String() }),
    category: StringEnum(serviceCategories),
    name: Type.String(),
    provider: nullable(Type.String()),
    streetAddress: nullable(Type.String()),
    postalCode: nullable(Type.String()),
    postalTown: nullable(Type.String()),
    latitude: nullable(Type.Number()),
    longitude: nullable(Type.Number()),
    phone: nullable(Type.String()),
    email: nullable(Type.String()),
    bookingUrl: nullable(Type.String()),
    website: nullable(Type.String()),
    languages: Type.Array(Type.String()),
    wheelchairAccess: StringEnum(wheelchairAccessValues),
    hearingLoop: nullable(Type.Boolean()),
    closedOnPublicHolidays: Type.Boolean(),
    texts: Type.Object(Object.fromEntries(languageCodes.map((code) => [code, Type.Optional(serviceTextOutput)]))),
    weeklyHours: Type.Array(weeklyIntervalSchema),
    exceptions: Type.Array(hoursExceptionSchema),
    updatedAt: Type.String({ format: "date-time" }),
    status: Type.Object(
      {
        asOf: Type.String({ format: "date-time" }),
        open: Type.Boolean(),
        closesAt: Type.Optional(nullable(momentSchema)),
        opensAt: Type.Optional(nullable(momentSchema)),
      },
      { description: "Open or closed at the time of the request, in Norwegian time" },
    ),
  },
  { additionalProperties: false },
);

function withInstant(moment: LocalMoment | null) {
  if (!moment) return null;
  const at = moment.time === "24:00" ? osloInstant({ date: addDays(moment.date, 1), time: "00:00" }) : osloInstant(moment);
  return { ...moment, at: at.toISOString() };
}

function present(service: DirectoryService, now: Date) {
  const status = openingStatus(serviceHours(service), now);
  return {
    ...service,
    updatedAt: service.updatedAt.toISOString(),
    status: status.open
      ? { asOf: now.toISOString(), open: true, closesAt: withInstant(status.closesAt) }
      : { asOf: now.toISOString(), open: false, opensAt: withInstant(status.opensAt) },
  };
}

const idParams = Type.Object({ id: Type.String({ format: "uuid" }) });
const editors = rolesAllowed(...directoryEditorRoles);

export const directoryApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { municipalities } = api.services;
  const directory: Directory = api.services.directory;

  api.get(
    "/municipalities/:number/services",
    {
      config: { access: publicAccess },
      schema: {
        tags: ["directory"],
        summary: "Services and contact points for a municipality (its own and its regions'), with open now in Norwegian time",
        params: Type.Object({ number: Type.String({ pattern: "^[0-9]{4}$", title: "a four-digit kommunenummer" }) }),
        response: { 200: Type.Array(serviceOutputSchema) },
      },
    },
    async (request) => {
      if (!(await municipalities.findMunicipality(request.params.number))) throw new NotFoundError("municipality", request.params.number);
      const now = directory.now();
      return (await directory.listForMunicipality(request.params.number)).map((service) => present(service, now));
    },
  );

  api.get(
    "/services/:id",
    { config: { access: publicAccess }, schema: { tags: ["directory"], summary: "One service", params: idParams, response: { 200: serviceOutputSchema } } },
    async (request) => {
      const service = await directory.find(request.params.id);
      if (!service) throw new NotFoundError("service", request.params.id);
      return present(service, directory.now());
    },
  );

  api.post(
    "/services",
    {
      config: { access: editors },
      schema: {
        tags: ["directory"],
        summary: "Add a service to a municipality or region within the caller's scope",
        body: serviceInputSchema,
        response: { 201: Type.Object({ id: Type.String({ format: "uuid" }) }) },
      },
    },
    async (request, reply) => reply.status(201).send({ id: await directory.create(request.viewer!, request.body, request.ip) }),
  );

  api.put(
    "/services/:id",
    { config: { access: editors }, schema: { tags: ["directory"], summary: "Replace a service within the caller's scope", params: idParams, body: serviceInputSchema } },
    async (request, reply) => {
      await directory.update(request.viewer!, request.params.id, request.body, request.ip);
      return reply.status(204).send();
    },
  );

  api.delete(
    "/services/:id",
    { config: { access: editors }, schema: { tags: ["directory"], summary: "Delete a service within the caller's scope", params: idParams } },
    async (request, reply) => {
      await directory.remove(request.viewer!, request.params.id, request.ip);
      return reply.status(204).send();
    },
  );
};

import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { StringEnum } from "@velkomst/validation";
import { rolesAllowed } from "../platform/access.ts";
import { staffRoles, scopeKinds } from "./roles.ts";
import { emailSchema, nameSchema, roleAssignmentSchema, scopeSchema, staffUserSchema } from "./staff-schemas.ts";

const administrators = rolesAllowed("national-admin", "municipality-admin");

export const staffApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { staff } = api.services;

  api.get(
    "/users",
    { config: { access: administrators }, schema: { tags: ["staff"], summary: "Users in the areas the caller administers", response: { 200: Type.Array(staffUserSchema) } } },
    async (request) => staff.visibleUsers(request.viewer!, request.ip),
  );

  api.post(
    "/invitations",
    {
      config: { access: administrators },
      schema: {
        tags: ["staff"],
        summary: "Invite a new user with one role; the invitation link is e-mailed (or logged without SMTP)",
        body: Type.Object({ email: emailSchema, name: nameSchema, role: StringEnum(staffRoles), scope: scopeSchema }, { additionalProperties: false }),
        response: { 201: Type.Object({ userId: Type.String() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await staff.invite(request.viewer!, request.body, request.language, request.ip)),
  );

  api.post(
    "/users/:id/roles",
    {
      config: { access: administrators },
      schema: { tags: ["staff"], summary: "Give a user a role", params: Type.Object({ id: Type.String({ format: "uuid" }) }), body: roleAssignmentSchema },
    },
    async (request, reply) => {
      await staff.addRole(request.viewer!, request.params.id, request.body, request.ip);
      return reply.status(204).send();
    },
  );

  api.delete(
    "/users/:id/roles",
    {
      config: { access: administrators },
      schema: {
        tags: ["staff"],
        summary: "Take a role from a user",
        params: Type.Object({ id: Type.String({ format: "uuid" }) }),
        querystring: Type.Object({ role: StringEnum(staffRoles), scopeKind: StringEnum(scopeKinds), scopeId: Type.Optional(Type.String({ maxLength: 40 })) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const { role, scopeKind, scopeId } = request.query;
      await staff.removeRole(request.viewer!, request.params.id, { role, scope: { kind: scopeKind, id: scopeId ?? "" } }, request.ip);
      return reply.status(204).send();
    },
  );
};


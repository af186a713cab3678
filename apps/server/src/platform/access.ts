import { staffRoles, type Role } from "../staff/roles.ts";

/**
 * Every route declares who may call it in its `config.access`; the app refuses to start with a
 * route that does not, so no route is open by accident. Record-level checks (which municipality)
 * happen in the handler with the viewer's scopes.
 */
export type Access = { kind: "public" } | { kind: "signed-in" } | { kind: "roles"; roles: readonly Role[] };

export const publicAccess: Access = { kind: "public" };
export const signedIn: Access = { kind: "signed-in" };
export function rolesAllowed(...roles: Role[]): Access {
  return { kind: "roles", roles };
}

/** Any staff role: the staff area is closed to newcomers' own accounts. */
export const staffOnly: Access = rolesAllowed(...staffRoles);

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
}

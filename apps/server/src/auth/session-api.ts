import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { publicAccess, signedIn } from "../platform/access.ts";
import { DomainError, InvalidInputError } from "../platform/domain-errors.ts";
import { secureCookies, sessionCookie } from "../platform/request-context.ts";
import { emailSchema, passwordSchema, staffUserSchema } from "../staff/staff-schemas.ts";
import type { SessionPolicy, SignInClient } from "./session-store.ts";

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, policy: SessionPolicy): void {
  reply.setCookie(sessionCookie, token, { path: "/", httpOnly: true, sameSite: "lax", secure: secureCookies(reply.server.services.config), maxAge: policy.absoluteMs / 1000 });
  request.sessionToken = token;
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, { path: "/", httpOnly: true, sameSite: "lax", secure: secureCookies(reply.server.services.config) });
  request.sessionToken = null;
  request.viewer = null;
  request.pendingSecondFactor = null;
}

export function signInClient(request: FastifyRequest): SignInClient {
  return { ip: request.ip, userAgent: request.headers["user-agent"] ?? "" };
}

/** Says in Retry-After how many seconds are left to wait (the same for every account, known or not) and returns them. */
export function setRetryAfter(reply: FastifyReply, until: Date): number {
  const seconds = Math.max(1, Math.ceil((until.getTime() - reply.server.services.clock.now().getTime()) / 1000));
  reply.header("retry-after", String(seconds));
  return seconds;
}

function waitError(reply: FastifyReply, until: Date): DomainError {
  return new DomainError(429, "too-many-attempts", `too many failed attempts; wait ${setRetryAfter(reply, until)} seconds`);
}

const errorBody = Type.Object({ type: Type.String(), errors: Type.Array(Type.Object({ path: Type.String(), message: Type.String() })) });

export const sessionApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { authentication, sessions, users, staff } = api.services;

  api.post(
    "/session",
    {
      config: { access: publicAccess },
      schema: {
        tags: ["session"],
        summary: "Sign in with e-mail, password and (when the account has it) a TOTP code; sets the session cookie",
        body: Type.Object(
          { email: emailSchema, password: passwordSchema, totpCode: Type.Optional(Type.String({ pattern: "^[0-9 ]{6,8}$", description: "a 6-digit code" })) },
          { additionalProperties: false },
        ),
        response: { 200: staffUserSchema, 401: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const { email, password, totpCode } = request.body;
      const result = await authentication.signIn(email, password, signInClient(request));
      if (result.outcome === "too-many-attempts") throw new DomainError(429, "too-many-attempts", "too many failed attempts from this address; wait 15 minutes");
      if (result.outcome === "wait") throw waitError(reply, result.until);
      if (result.outcome === "invalid-credentials") throw new DomainError(401, "invalid-credentials", "wrong e-mail address or password");
      if (result.secondFactorRequired) {
        // Each API sign-in is its own pending sign-in: it gets one code, and wrong ones count against the account.
        const second = totpCode ? await authentication.completeSecondFactor({ token: result.token, userId: result.userId }, totpCode, request.ip) : undefined;
        if (second?.outcome !== "signed-in") {
          await sessions.delete(result.token);
          if (second?.outcome === "wait") throw waitError(reply, second.until);
          throw new InvalidInputError([{ path: "totpCode", code: "invalidCode", message: "a valid one-time code is required for this account" }], 401);
        }
      }
      setSessionCookie(request, reply, result.token, result.policy);
      return users.findById(result.userId);
    },
  );

  api.get(
    "/session",
    { config: { access: signedIn }, schema: { tags: ["session"], summary: "The signed-in user", response: { 200: staffUserSchema } } },
    async (request) => users.findById(request.viewer!.id),
  );

  api.delete("/session", { config: { access: signedIn }, schema: { tags: ["session"], summary: "Sign out" } }, async (request, reply) => {
    if (request.sessionToken) await sessions.delete(request.sessionToken);
    clearSessionCookie(request, reply);
    return reply.status(204).send();
  });

  api.post(
    "/password-reset",
    {
      config: { access: publicAccess },
      schema: {
        tags: ["session"],
        summary: "Send a one-time link to set a new password (answers the same whether or not the account exists)",
        body: Type.Object({ email: emailSchema }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      await staff.requestPasswordReset(request.body.email, request.language);
      return reply.status(202).send({ status: "accepted" });
    },
  );

  api.post(
    "/password",
    {
      config: { access: publicAccess },
      schema: {
        tags: ["session"],
        summary: "Set a password with a one-time token from an invitation or a reset link",
        body: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }), password: passwordSchema }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const ok = await staff.setPasswordWithToken(request.body.token, request.body.password, request.ip);
      if (!ok) throw new InvalidInputError([{ path: "token", code: "tokenInvalid", message: "the link has been used or has expired" }], 410);
      return reply.status(204).send();
    },
  );
};

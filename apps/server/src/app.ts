import { randomBytes, randomUUID } from "node:crypto";
import { join } from "node:path";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import formbody from "@fastify/formbody";
import helmet from "@fastify/helmet";
import swagger from "@fastify/swagger";
import { sharedAjv } from "@velkomst/validation";
import type { Config } from "./config.ts";
import type { Database } from "./database/database.ts";
import type { MailTransport } from "./mail/mail-transport.ts";
import { accessPlugin } from "./platform/access-plugin.ts";
import { installErrorHandlers } from "./platform/error-handler.tsx";
import { createServices } from "./platform/services.ts";
import { sessionPlugin } from "./platform/session-plugin.ts";
import { apiContentTypeGuard } from "./platform/api-content-type.ts";
import { refuseNulInBody, refuseNulInUrl } from "./platform/nul-guard.ts";
import { serializeRequest } from "./platform/log-redaction.ts";
import { healthRoutes } from "./health/health-routes.ts";
import { municipalityApiRoutes } from "./municipalities/municipality-api.ts";
import { municipalityPages } from "./municipalities/municipality-pages.tsx";
import { sessionApiRoutes } from "./auth/session-api.ts";
import { authPages } from "./auth/auth-pages.tsx";
import { ownSessionsPages } from "./auth/own-sessions-pages.tsx";
import { staffApiRoutes } from "./staff/staff-api.ts";
import { staffPages } from "./staff/staff-pages.tsx";
import { planApiRoutes } from "./plans/plan-api.ts";
import { planPages } from "./plans/plan-pages.tsx";
import { programmeApiRoutes } from "./programme/programme-api.ts";
import { participantApiRoutes } from "./cases/participant-api.ts";
import { casesPages } from "./cases/cases-pages.tsx";
import { ownRecordPages } from "./cases/own-record-pages.tsx";
import { planRequestPages } from "./plan-requests/plan-request-pages.tsx";
import { settlementApiRoutes } from "./settlement/settlement-api.ts";
import { settlementPages } from "./settlement/settlement-pages.tsx";
import { contentPages } from "./content/content-pages.tsx";
import { contentStaffPages } from "./content/content-staff-pages.tsx";
import { contentApiRoutes } from "./content/content-api.ts";
import { directoryApiRoutes } from "./directory/directory-api.ts";
import { directoryPages } from "./directory/directory-pages.tsx";
import { directoryStaffPages } from "./directory/directory-staff-pages.tsx";
import { eventPages } from "./events/event-pages.tsx";
import { eventStaffPages } from "./events/event-staff-pages.tsx";
import { mentorPages } from "./mentoring/mentor-pages.tsx";
import { mentoringStaffPages } from "./mentoring/mentoring-staff-pages.tsx";
import { themeEveningPages } from "./newcomer-team/theme-evening-pages.tsx";
import { newcomerTeamPages } from "./newcomer-team/newcomer-team-pages.tsx";
import { teamPublicPages } from "./newcomer-team/team-public-pages.tsx";
import { myPageRoutes } from "./newcomers/my-page-routes.tsx";
import { readinessApiRoutes } from "./readiness/readiness-api.ts";
import { readinessPages } from "./readiness/readiness-pages.tsx";
import { searchApiRoutes } from "./search/search-api.ts";
import { searchPages } from "./search/search-pages.tsx";
import { employersPages } from "./employers/employers-pages.tsx";
import { employersApiRoutes } from "./employers/employers-api.ts";
import { guidanceApiRoutes } from "./guidance/guidance-api.ts";
import { guidancePages } from "./guidance/guidance-pages.tsx";
import { interpreterPages } from "./interpreters/interpreter-pages.tsx";
import { recognitionApiRoutes } from "./recognition/recognition-api.ts";
import { recognitionPages } from "./recognition/recognition-pages.tsx";
import { trainingApiRoutes } from "./training/training-api.ts";
import { skillsProfileApiRoutes } from "./skills-profile/skills-profile-api.ts";
import { skillsProfilePages } from "./skills-profile/skills-profile-pages.tsx";
import { trainingPages } from "./training/training-pages.tsx";
import { jobMatchingApiRoutes } from "./job-matching/job-matching-api.ts";
import { jobMatchingPages } from "./job-matching/job-matching-pages.tsx";
import { openApiRoute } from "./platform/openapi-route.ts";
import { loadAssets, staticAssets } from "./platform/static-assets.ts";
import { compressResponse } from "./platform/compression.ts";
import { offlinePages } from "./offline/offline-pages.tsx";
import { csrfBinding, secureCookies } from "./platform/request-context.ts";

export interface AppOptions {
  database: Database;
  config: Config;
  logger?: FastifyServerOptions["logger"];
  /** Where sent mail goes instead of SMTP or the log (tests read it there). */
  mailTransport?: MailTransport;
}

const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the whole HTTP application (JSON API under /api/v1 and the server-rendered web UI). */
export async function buildApp({ database, config, logger, mailTransport }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Request lines without query strings or link secrets (see log-redaction.ts).
    logger: { ...(typeof logger === "object" ? logger : { level: config.logLevel }), serializers: { req: serializeRequest } },
    // A hop count trusts that many proxies nearest to us (what Fastify does with a number, typed as a function).
    trustProxy: typeof config.trustProxy === "number" ? trustHops(config.trustProxy) : config.trustProxy,
    genReqId: (request) => {
      const incoming = request.headers["x-request-id"];
      return typeof incoming === "string" && requestIdPattern.test(incoming) ? incoming : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    // A client that sends its request slowly (or never finishes it) is cut off, so it cannot hold
    // connections open; an idle connection is closed after connectionTimeout.
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: 2 * config.requestTimeoutMs,
    http: { connectionsCheckingInterval: Math.min(5000, config.requestTimeoutMs) },
  });
  app.setValidatorCompiler(({ schema }) => sharedAjv.compile(schema));
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  app.decorate("services", createServices(database, config, app.log, mailTransport));

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // Map tiles only when configured (MAP_TILE_URL), so a page never loads images from elsewhere otherwise.
        imgSrc: ["'self'", "data:", ...(config.mapTiles ? [config.mapTiles.origin] : [])],
        formAction: ["'self'"],
        // The service worker (/sw.js) and the web app manifest come from here only.
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        frameAncestors: ["'none'"],
        // Set by the TLS-terminating proxy where there is one; forcing it would break plain-HTTP set-ups.
        upgradeInsecureRequests: null,
      },
    },
  });
  const cookieSecret = config.cookieSecret ?? randomBytes(32).toString("hex");
  await app.register(cookie, { secret: cookieSecret });
  // A form token is bound to the session it was issued in (csrfBinding), so one taken before signing in, or from another session, is refused.
  await app.register(csrf, {
    cookieOpts: { signed: true, httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(config) },
    getUserInfo: csrfBinding,
    csrfOpts: { hmacKey: cookieSecret },
  });
  await app.register(formbody);
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "Velkomst API", version: "1.0.0", description: "The JSON API of Velkomst. Errors answer `{type, errors: [{path, message}]}`." },
      servers: [{ url: config.publicUrl }],
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "velkomst_session" } } },
    },
    transform: ({ schema, url }) => ({ schema: url.startsWith("/api/") ? schema : { ...schema, hide: true }, url }),
  });
  app.decorate("assets", loadAssets(join(import.meta.dirname, "../public")));
  await app.register(staticAssets, { catalog: app.assets });
  app.decorateRequest("pageStylesheets", null);
  app.addHook("onSend", compressResponse);

  await app.register(sessionPlugin);
  await app.register(accessPlugin);
  installErrorHandlers(app);
  app.addHook("onRequest", refuseNulInUrl);
  app.addHook("preValidation", refuseNulInBody);

  await app.register(healthRoutes);
  await app.register(async (api) => {
    api.addHook("onRequest", apiContentTypeGuard);
    await api.register(openApiRoute);
    await api.register(municipalityApiRoutes);
    await api.register(sessionApiRoutes);
    await api.register(staffApiRoutes);
    await api.register(planApiRoutes);
    await api.register(programmeApiRoutes);
    await api.register(participantApiRoutes);
    await api.register(guidanceApiRoutes);
    await api.register(trainingApiRoutes);
    await api.register(settlementApiRoutes);
    await api.register(readinessApiRoutes);
    await api.register(directoryApiRoutes);
    await api.register(contentApiRoutes);
    await api.register(searchApiRoutes);
    await api.register(recognitionApiRoutes);
    await api.register(employersApiRoutes);
    await api.register(jobMatchingApiRoutes);
    await api.register(skillsProfileApiRoutes);
  }, { prefix: "/api/v1" });
  await app.register(municipalityPages);
  await app.register(authPages);
  await app.register(ownSessionsPages);
  await app.register(staffPages);
  await app.register(planPages);
  await app.register(settlementPages);
  await app.register(myPageRoutes);
  await app.register(contentPages);
  await app.register(contentStaffPages);
  await app.register(readinessPages);
  await app.register(casesPages);
  await app.register(ownRecordPages);
  await app.register(planRequestPages);
  await app.register(directoryPages);
  await app.register(directoryStaffPages);
  await app.register(eventPages);
  await app.register(eventStaffPages);
  await app.register(searchPages);
  await app.register(employersPages);
  await app.register(guidancePages);
  await app.register(interpreterPages);
  await app.register(recognitionPages);
  await app.register(skillsProfilePages);
  await app.register(offlinePages);
  await app.register(mentoringStaffPages);
  await app.register(mentorPages);
  await app.register(themeEveningPages);
  await app.register(newcomerTeamPages);
  await app.register(teamPublicPages);
  await app.register(trainingPages);
  await app.register(jobMatchingPages);
  return app;
}

import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { recentActionsFrom, recordAudit } from "../audit/audit-log.ts";
import { rolesAllowed } from "../platform/access.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { formFields, noErrors } from "../web/form-validation.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { languageParam } from "../web/language-param.ts";
import { pageStylesheets } from "../web/page-stylesheets.ts";
import { sendPage } from "../web/render-page.tsx";
import { participantSelf } from "./case-access.ts";
import { ownRecordPaths } from "./cases-paths.ts";
import { casesTexts } from "./cases-texts.ts";
import { createConsentRepository } from "./consent-repository.ts";
import { createOwnRecord } from "./own-record.ts";
import { OwnRecordPage } from "./own-record-views.tsx";
import { createParticipantInvitations } from "./participant-invitations.ts";
import { createParticipantRepository } from "./participant-repository.ts";

const newcomersOnly = rolesAllowed("newcomer");
const langParams = Type.Object({ lang: languageParam });
/** Wrong codes one address may type in an hour: plenty for typing errors, nothing for guessing 79 bits. */
const wrongCodesPerHour = 10;
const notices = { koblet: "mine.connected", trukket: "mine.withdrawn" } as const;

/**
 * The participant's own page under Min side (issue 13): a newcomer links their account to their
 * record with the adviser's one-time code, then sees and withdraws their consents, sees who read or
 * changed the record, and downloads everything stored about them. Only the record linked to the
 * signed-in account is ever read here.
 */
export const ownRecordPages: FastifyPluginAsync = async (plain) => {
  pageStylesheets(plain, "cases.css");
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, clock } = app.services;
  const participants = createParticipantRepository(db, clock);
  const consents = createConsentRepository(db, clock, participants.logAccess);
  const invitations = createParticipantInvitations(db, clock, participants.logAccess);
  const own = createOwnRecord(db);
  const csrf = app.csrfProtection;

  async function render(request: FastifyRequest, reply: FastifyReply, options: { page?: number; notice?: string; errors?: FormErrors; code?: string; status?: number } = {}) {
    const record = await own.of(request.viewer!.id);
    const view = record && {
      municipalityName: record.municipalityName,
      consents: await own.consents(record.id),
      log: { ...(await own.accessLog(record.id, options.page ?? 1)), page: options.page ?? 1 },
    };
    if (view && view.log.page > view.log.pages) throw new NotFoundError("access log page", String(options.page));
    return sendPage(request, reply, <OwnRecordPage record={view} notice={options.notice} errors={options.errors ?? noErrors} code={options.code ?? ""} />, { title: casesTexts(request.language)("mine.title"), status: options.status });
  }

  app.get(
    "/:lang/min-side/introduksjonsprogram",
    { config: { access: newcomersOnly }, schema: { params: langParams, querystring: Type.Object({ side: Type.Optional(Type.String({ pattern: "^[1-9][0-9]{0,3}$" })), melding: Type.Optional(Type.String({ maxLength: 20 })) }) } },
    async (request, reply) => {
      const key = request.query.melding;
      const notice = key !== undefined && key in notices ? casesTexts(request.language)(notices[key as keyof typeof notices]) : undefined;
      return render(request, reply, { page: request.query.side === undefined ? 1 : Number(request.query.side), notice });
    },
  );

  app.post("/:lang/min-side/introduksjonsprogram/kode", { config: { access: newcomersOnly }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const c = casesTexts(request.language);
    const code = (formFields(request.body).code ?? "").slice(0, 40);
    if ((await recentActionsFrom(db, "case.invitation.refused", request.ip, 60 * 60 * 1000, clock.now())) >= wrongCodesPerHour) {
      return render(request, reply, { errors: { fields: { code: c("errors.tooManyCodes") } }, code, status: 429 });
    }
    try {
      await invitations.accept(code, participantSelf(request.viewer!));
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      await recordAudit(db, { actorUserId: request.viewer!.id, action: "case.invitation.refused", subjectType: "user", subjectId: request.viewer!.id, ip: request.ip, at: clock.now() });
      const reason = error.errors[0]?.code === "alreadyLinked" ? "alreadyLinked" : "invitation";
      return render(request, reply, { errors: { fields: { code: c(`errors.${reason}`) } }, code, status: error.statusCode });
    }
    return reply.redirect(`${ownRecordPaths.home(request.language)}?melding=koblet`, 303);
  });

  app.post(
    "/:lang/min-side/introduksjonsprogram/samtykker/:consentId/trekk",
    { config: { access: newcomersOnly }, schema: { params: Type.Object({ lang: languageParam, consentId: Type.String({ format: "uuid" }) }) }, preValidation: csrf },
    async (request, reply) => {
      const record = await own.of(request.viewer!.id);
      // Another participant's consent, or none linked: the same 404 as a consent that does not exist.
      if (!record) throw new NotFoundError("consent", request.params.consentId);
      try {
        await consents.withdraw(record.id, request.params.consentId, participantSelf(request.viewer!));
      } catch (error) {
        // Withdrawn already (a second click, or the adviser did it): the result the reader wanted.
        if (!(error instanceof InvalidInputError)) throw error;
      }
      return reply.redirect(`${ownRecordPaths.home(request.language)}?melding=trukket`, 303);
    },
  );

  app.get("/:lang/min-side/introduksjonsprogram/mine-data.json", { config: { access: newcomersOnly }, schema: { params: langParams } }, async (request, reply) => {
    const record = await own.of(request.viewer!.id);
    if (!record) throw new NotFoundError("participant", "own");
    const data = await own.export(record.id);
    return reply.header("content-disposition", 'attachment; filename="velkomst-introduksjonsprogram.json"').header("cache-control", "no-store").type("application/json; charset=utf-8").send(JSON.stringify(data, null, 2));
  });
};

import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Language } from "@velkomst/i18n";
import { recentActionsFrom, recordAudit } from "../audit/audit-log.ts";
import { hasAnyRole } from "../auth/viewer.ts";
import { publicAccess, rolesAllowed } from "../platform/access.ts";
import { InvalidInputError, NotFoundError, TooManyRequestsError } from "../platform/domain-errors.ts";
import { formFields } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { MessagePage } from "../web/pages/message-page.tsx";
import { sendPage } from "../web/render-page.tsx";
import { employersPaths } from "./employers-paths.ts";
import type { WorkerNotice } from "./employers-repository.ts";
import { employersTexts } from "./employers-texts.ts";
import { sendIdCheckCalendar } from "./id-check-calendar.ts";
import { createOutreachDays } from "./outreach-days.ts";
import { createWorkerConsents } from "./worker-consents.ts";
import { noticeIdOfLink, unknownLinkAction, unknownLinksPerAddress } from "./worker-links.ts";
import { MyWorkPage, WorkerPage, type AccountState, type IdCheckState } from "./worker-views.tsx";
import { prefilledPlanPath } from "./worker-welcome.ts";

const newcomersOnly = rolesAllowed("newcomer");
const hour = 3_600_000;
/** The token's length is checked by the lookup, not here, so every wrong token gets the same answer. */
const tokenParams = Type.Object({ lang: languageParam, token: Type.String({ maxLength: 200 }) });
const noticeParams = Type.Object({ lang: languageParam, id: Type.String({ format: "uuid" }) });
const pageNotices = { booket: "outreach.bookedNotice", avbestilt: "outreach.cancelled", koblet: "workerPage.linked", samtykke: "myWork.consentGiven", trukket: "myWork.consentWithdrawn" } as const;
const noticeQuery = Type.Object({ melding: Type.Optional(Type.String({ maxLength: 20 })) });

/**
 * The worker's side of a notice (issue 18): their own page by the link in the welcome mail or
 * letter (book or cancel an ID check, link the notice to their account with or without consent),
 * and the same on "Min side" once linked, where the consent is given or withdrawn.
 */
export const workerPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, employers, clock, config } = app.services;
  const outreach = createOutreachDays({ db, config });
  const consents = createWorkerConsents(db, clock);
  const csrf = app.csrfProtection;

  const messageOf = (lang: Language, key: string | undefined) => (key && key in pageNotices ? employersTexts(lang)(pageNotices[key as keyof typeof pageNotices]) : undefined);

  /**
   * The notice a link opens. An address that has tried too many unknown links gets 429 for every
   * link; `request.ip` believes X-Forwarded-For only from the proxies in TRUST_PROXY, so a client
   * cannot reset its count by naming another address.
   */
  async function noticeOfLink(request: FastifyRequest, reply: FastifyReply, token: string): Promise<WorkerNotice | undefined> {
    // The link is a secret: never sent on to other sites.
    reply.header("referrer-policy", "no-referrer");
    if ((await recentActionsFrom(db, unknownLinkAction, request.ip, hour, clock.now())) >= unknownLinksPerAddress) throw new TooManyRequestsError(3600);
    const noticeId = await noticeIdOfLink(db, token, clock.now());
    const notice = noticeId ? await employers.noticeById(noticeId) : undefined;
    if (!notice) {
      await recordAudit(db, { actorUserId: request.viewer?.id ?? null, action: unknownLinkAction, subjectType: "worker-link", subjectId: "", ip: request.ip, at: clock.now() });
      // One answer for every link that opens nothing: unknown, expired or malformed.
      const e = employersTexts(request.language);
      await sendPage(request, reply, <MessagePage title={e("workerPage.invalidTitle")} text={e("workerPage.invalidText")} color="info" />, { title: e("workerPage.invalidTitle"), status: 404 });
    }
    return notice;
  }

  async function idCheckOf(notice: WorkerNotice, error?: string): Promise<IdCheckState> {
    const [appointment, slots] = await Promise.all([outreach.appointmentOf(notice.id), outreach.freeSlotsFor(notice)]);
    return { appointment, slots, error };
  }

  function accountState(request: FastifyRequest, workerUserId: string | null, returnTo: string): AccountState {
    const viewer = request.viewer;
    if (viewer && workerUserId === viewer.id) return { kind: "linked" };
    if (workerUserId) return { kind: "other-account" };
    return viewer && hasAnyRole(viewer, ["newcomer"]) ? { kind: "can-link" } : { kind: "signed-out", returnTo };
  }

  async function workerPage(request: FastifyRequest, reply: FastifyReply, lang: Language, token: string, notice: WorkerNotice, options: { error?: string; message?: string } = {}) {
    const linked = await db.selectFrom("worker_notices").select("worker_user_id").where("id", "=", notice.id).executeTakeFirstOrThrow();
    await recordAudit(db, { actorUserId: request.viewer?.id ?? null, action: "worker.page-read", subjectType: "worker-notice", subjectId: notice.id, ip: request.ip });
    return sendPage(
      request,
      reply,
      <WorkerPage
        token={token}
        notice={notice}
        planPath={prefilledPlanPath(lang, notice)}
        idCheck={await idCheckOf(notice, options.error)}
        account={accountState(request, linked.worker_user_id, employersPaths.workerPage(lang, token))}
        message={options.message}
      />,
      { title: employersTexts(lang)("letter.title", { municipality: notice.municipalityName }), personal: true, status: options.error ? 409 : undefined },
    );
  }

  /** Books the chosen slot, or answers with the page again naming what was expected. */
  async function book(request: FastifyRequest, actorId: string | null, notice: WorkerNotice, again: (error: string) => Promise<unknown>): Promise<boolean> {
    try {
      await outreach.book(actorId, notice, formFields(request.body).tid ?? "", request.ip);
      return true;
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      await again(employersTexts(request.language)("outreach.expectedSlot"));
      return false;
    }
  }

  app.get("/:lang/ny-arbeidstaker/:token", { config: { access: publicAccess }, schema: { params: tokenParams, querystring: noticeQuery } }, async (request, reply) => {
    const { lang, token } = request.params;
    const notice = await noticeOfLink(request, reply, token);
    if (!notice) return reply;
    return workerPage(request, reply, lang, token, notice, { message: messageOf(lang, request.query.melding) });
  });

  app.post("/:lang/ny-arbeidstaker/:token/id-kontroll", { config: { access: publicAccess }, schema: { params: tokenParams }, preValidation: csrf }, async (request, reply) => {
    const { lang, token } = request.params;
    const notice = await noticeOfLink(request, reply, token);
    if (!notice) return reply;
    if (!(await book(request, request.viewer?.id ?? null, notice, (error) => workerPage(request, reply, lang, token, notice, { error })))) return reply;
    return reply.redirect(`${employersPaths.workerPage(lang, token)}?melding=booket`, 303);
  });

  app.post("/:lang/ny-arbeidstaker/:token/avbestill", { config: { access: publicAccess }, schema: { params: tokenParams }, preValidation: csrf }, async (request, reply) => {
    const { lang, token } = request.params;
    const notice = await noticeOfLink(request, reply, token);
    if (!notice) return reply;
    await outreach.cancel(request.viewer?.id ?? null, notice, request.ip);
    return reply.redirect(`${employersPaths.workerPage(lang, token)}?melding=avbestilt`, 303);
  });

  app.get("/:lang/ny-arbeidstaker/:token/kalender.ics", { config: { access: publicAccess }, schema: { params: tokenParams } }, async (request, reply) => {
    const { lang, token } = request.params;
    const notice = await noticeOfLink(request, reply, token);
    if (!notice) return reply;
    return sendIdCheckCalendar(reply, await outreach.appointmentCalendar(notice.id, lang));
  });

  app.post("/:lang/ny-arbeidstaker/:token/koble", { config: { access: newcomersOnly }, schema: { params: tokenParams }, preValidation: csrf }, async (request, reply) => {
    const { lang, token } = request.params;
    const notice = await noticeOfLink(request, reply, token);
    if (!notice) return reply;
    const outcome = await consents.link(notice, request.viewer!.id, formFields(request.body).samtykke === "ja", request.ip);
    if (outcome === "other-account") return workerPage(request, reply, lang, token, notice);
    return reply.redirect(`${employersPaths.myWork(lang)}?melding=koblet`, 303);
  });

  /** The signed-in worker's own notice, or 404 (another's notice is not revealed). */
  async function ownNotice(request: FastifyRequest, id: string): Promise<WorkerNotice> {
    const notice = (await employers.noticesOfWorker(request.viewer!.id)).find((n) => n.id === id);
    if (!notice) throw new NotFoundError("worker notice", id);
    return notice;
  }

  async function myWorkPage(request: FastifyRequest, reply: FastifyReply, lang: Language, options: { message?: string; error?: { noticeId: string; text: string } } = {}) {
    const notices = await employers.noticesOfWorker(request.viewer!.id);
    const consented = await consents.activeConsents(notices.map((n) => n.id));
    const items = await Promise.all(notices.map(async (notice) => ({ notice, idCheck: await idCheckOf(notice, options.error?.noticeId === notice.id ? options.error.text : undefined), consentedAt: consented.get(notice.id) })));
    return sendPage(request, reply, <MyWorkPage items={items} message={options.message} />, { title: employersTexts(lang)("myWork.title"), status: options.error ? 409 : undefined });
  }

  app.get("/:lang/min-side/arbeid", { config: { access: newcomersOnly }, schema: { params: Type.Object({ lang: languageParam }), querystring: noticeQuery } }, async (request, reply) =>
    myWorkPage(request, reply, request.params.lang, { message: messageOf(request.params.lang, request.query.melding) }),
  );

  app.post("/:lang/min-side/arbeid/:id/id-kontroll", { config: { access: newcomersOnly }, schema: { params: noticeParams }, preValidation: csrf }, async (request, reply) => {
    const { lang, id } = request.params;
    const notice = await ownNotice(request, id);
    if (!(await book(request, request.viewer!.id, notice, (text) => myWorkPage(request, reply, lang, { error: { noticeId: id, text } })))) return reply;
    return reply.redirect(`${employersPaths.myWork(lang)}?melding=booket`, 303);
  });

  app.post("/:lang/min-side/arbeid/:id/avbestill", { config: { access: newcomersOnly }, schema: { params: noticeParams }, preValidation: csrf }, async (request, reply) => {
    const { lang, id } = request.params;
    await outreach.cancel(request.viewer!.id, await ownNotice(request, id), request.ip);
    return reply.redirect(`${employersPaths.myWork(lang)}?melding=avbestilt`, 303);
  });

  app.get("/:lang/min-side/arbeid/:id/kalender.ics", { config: { access: newcomersOnly }, schema: { params: noticeParams } }, async (request, reply) =>
    sendIdCheckCalendar(reply, await outreach.appointmentCalendar((await ownNotice(request, request.params.id)).id, request.params.lang)),
  );

  app.post("/:lang/min-side/arbeid/:id/samtykke", { config: { access: newcomersOnly }, schema: { params: noticeParams }, preValidation: csrf }, async (request, reply) => {
    const { lang, id } = request.params;
    const notice = await ownNotice(request, id);
    const answer = formFields(request.body).samtykke;
    if (answer !== "ja" && answer !== "nei") throw new InvalidInputError([{ path: "samtykke", code: "enum", message: '"ja" to share the plan steps with the employer, "nei" to stop' }], 400);
    await consents.setConsent(notice, request.viewer!.id, answer === "ja", request.ip);
    return reply.redirect(`${employersPaths.myWork(lang)}?melding=${answer === "ja" ? "samtykke" : "trukket"}`, 303);
  });
};

import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { StringEnum } from "@velkomst/validation";
import { hasAnyRole } from "../auth/viewer.ts";
import { rolesAllowed } from "../platform/access.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { noErrors } from "../web/form-validation.ts";
import { isolated } from "../web/bidi.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { referralRoles, teamAreasOf, teamManagerRoles } from "./newcomer-team-access.ts";
import { newcomerTeamPaths } from "./newcomer-team-paths.ts";
import { newcomerTeamTexts } from "./newcomer-team-texts.ts";
import { createReferral, referralContext, referralsOf, setReferralStatus, type ReferralSubject } from "./referral-repository.ts";
import { referralCount } from "./referral-retention.ts";
import { ReferralPage } from "./referral-views.tsx";
import { teamCalendar } from "./team-calendar.ts";
import { domainErrorsToForm, parseMemberForm, parseStatus, parseTeamForm, problemsToErrors, readForm, readReferralForm, type FormValues } from "./team-forms.ts";
import { MemberPage, memberValues } from "./team-member-views.tsx";
import { addMember, createTeam, memberForManager, membersOf, removeMember, tagEvent, teamForManager, teamsManagedBy, untagEvent, untaggedEvents, updateMember } from "./team-repository.ts";
import { TeamListPage, TeamPage } from "./team-staff-views.tsx";

const notices = { created: "team.created", "member-added": "team.memberAdded", "member-saved": "team.memberSaved", "member-removed": "team.memberRemoved", tagged: "team.tagged", untagged: "team.untagged", "status-saved": "team.statusSaved", "referral-sent": "referral.sent" } as const;

/** The coordinator's pages of the newcomer team: teams, member agencies, the shared calendar, and referrals with consent. */
export const newcomerTeamPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { services } = app;
  const managers = rolesAllowed(...teamManagerRoles);
  const referrers = rolesAllowed(...referralRoles);
  const csrf = app.csrfProtection;
  const langParams = Type.Object({ lang: languageParam });
  const teamParams = Type.Object({ lang: languageParam, teamId: Type.String({ maxLength: 40 }) });
  const memberParams = Type.Object({ lang: languageParam, teamId: Type.String({ maxLength: 40 }), memberId: Type.String({ maxLength: 40 }) });
  const eventParams = Type.Object({ lang: languageParam, teamId: Type.String({ maxLength: 40 }), eventId: Type.String({ maxLength: 40 }) });
  const referralParams = Type.Object({ lang: languageParam, teamId: Type.String({ maxLength: 40 }), referralId: Type.String({ maxLength: 40 }) });
  const noticeQuery = Type.Object({ melding: Type.Optional(StringEnum(Object.keys(notices) as Array<keyof typeof notices>)) });
  const subjectQuery = Type.Object({ deltaker: Type.Optional(Type.String({ maxLength: 40 })), veiledningssak: Type.Optional(Type.String({ maxLength: 40 })), melding: Type.Optional(StringEnum(["referral-sent"])) });

  async function areaOptions(request: FastifyRequest) {
    const areas = await teamAreasOf(services, request.viewer!);
    const municipalities = areas.municipalities.length > 0 ? await services.db.selectFrom("municipalities").select(["number", "name"]).where("number", "in", areas.municipalities).orderBy("name").execute() : [];
    const regions = areas.regions.length > 0 ? await services.db.selectFrom("regions").select(["id", "name"]).where("id", "in", areas.regions).orderBy("name").execute() : [];
    const t = newcomerTeamTexts(request.language);
    return [
      ...regions.map((r) => ({ value: `region:${r.id}`, label: t("team.areaRegion", { name: r.name }) })),
      ...municipalities.map((m) => ({ value: `municipality:${m.number}`, label: t("team.areaMunicipality", { name: m.name }) })),
    ];
  }

  async function renderList(request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FormErrors, status?: number) {
    const teams = await teamsManagedBy(services, request.viewer!);
    return sendPage(request, reply, <TeamListPage teams={teams} areas={await areaOptions(request)} values={values} errors={errors} />, { title: newcomerTeamTexts(request.language)("team.title"), status });
  }

  async function renderTeam(request: FastifyRequest, reply: FastifyReply, teamId: string, forms: { memberValues?: FormValues; memberErrors?: FormErrors; tagErrors?: FormErrors; status?: number; notice?: string } = {}) {
    const viewer = request.viewer!;
    const team = await teamForManager(services, viewer, teamId);
    const now = services.clock.now();
    const [members, calendar, untagged, referrals, count] = await Promise.all([
      membersOf(services.db, [team.id]),
      teamCalendar(services.db, team, now),
      untaggedEvents(services, team),
      hasAnyRole(viewer, referralRoles) ? referralsOf(services, viewer, team, request.ip) : null,
      // From the first of the month a year ago: an anonymised referral keeps only its month.
      referralCount(services.db, team.id, new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), 1))),
    ]);
    return sendPage(
      request,
      reply,
      <TeamPage
        team={team}
        members={members}
        calendar={calendar}
        untagged={untagged}
        referrals={referrals}
        referralCount={count}
        memberValues={forms.memberValues ?? {}}
        memberErrors={forms.memberErrors ?? noErrors}
        tagErrors={forms.tagErrors ?? noErrors}
        notice={forms.notice}
      />,
      { title: team.name, status: forms.status, personal: true },
    );
  }

  app.get("/:lang/ansatt/tilflytterteam", { config: { access: managers }, schema: { params: langParams } }, async (request, reply) => renderList(request, reply, {}, noErrors));

  app.post("/:lang/ansatt/tilflytterteam", { config: { access: managers }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const lang = request.language;
    const values = readForm(request.body);
    const parsed = parseTeamForm(values, (await areaOptions(request)).map((o) => o.value));
    if (!parsed.ok) return renderList(request, reply, values, problemsToErrors(parsed.problems, lang), 400);
    try {
      const id = await createTeam(services, request.viewer!, parsed.input, request.ip);
      return reply.redirect(`${newcomerTeamPaths.staffTeam(lang, id)}?melding=created`, 303);
    } catch (error) {
      if (error instanceof InvalidInputError) return renderList(request, reply, values, domainErrorsToForm(error.errors, lang), error.statusCode);
      throw error;
    }
  });

  app.get("/:lang/ansatt/tilflytterteam/henvisning", { config: { access: referrers }, schema: { params: langParams, querystring: subjectQuery } }, async (request, reply) => {
    const subject = subjectOf(request.query);
    const context = await referralContext(services, request.viewer!, subject, request.ip);
    const t = newcomerTeamTexts(request.language);
    return sendPage(request, reply, <ReferralPage context={context} values={{ consentGivenOn: services.clock.today() }} errors={noErrors} notice={request.query.melding && t("referral.sent")} />, {
      title: t("referral.title", { name: isolated(context.person.name, request.language) }),
      personal: true,
    });
  });

  app.post("/:lang/ansatt/tilflytterteam/henvisning", { config: { access: referrers }, schema: { params: langParams, querystring: subjectQuery }, preValidation: csrf }, async (request, reply) => {
    const lang = request.language;
    const subject = subjectOf(request.query);
    const values = readForm(request.body);
    try {
      const { teamId } = await createReferral(services, request.viewer!, subject, readReferralForm(values), request.ip);
      const manages = await teamForManager(services, request.viewer!, teamId).then(
        () => true,
        () => false,
      );
      return reply.redirect(manages ? `${newcomerTeamPaths.staffTeam(lang, teamId)}?melding=referral-sent#referrals` : `${newcomerTeamPaths.refer(lang, subject)}&melding=referral-sent`, 303);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      const context = await referralContext(services, request.viewer!, subject, request.ip);
      const t = newcomerTeamTexts(lang);
      return sendPage(request, reply, <ReferralPage context={context} values={values} errors={domainErrorsToForm(error.errors, lang)} />, {
        title: t("referral.title", { name: isolated(context.person.name, request.language) }),
        status: error.statusCode === 422 ? 400 : error.statusCode,
        personal: true,
      });
    }
  });

  app.get("/:lang/ansatt/tilflytterteam/:teamId", { config: { access: managers }, schema: { params: teamParams, querystring: noticeQuery } }, async (request, reply) => {
    const notice = request.query.melding && newcomerTeamTexts(request.language)(notices[request.query.melding]);
    return renderTeam(request, reply, request.params.teamId, { notice });
  });

  app.post("/:lang/ansatt/tilflytterteam/:teamId/medlemmer", { config: { access: managers }, schema: { params: teamParams }, preValidation: csrf }, async (request, reply) => {
    const { lang, teamId } = request.params;
    const values = readForm(request.body);
    const parsed = parseMemberForm(values);
    if (!parsed.ok) return renderTeam(request, reply, teamId, { memberValues: values, memberErrors: problemsToErrors(parsed.problems, lang), status: 400 });
    try {
      await addMember(services, request.viewer!, teamId, parsed.input, request.ip);
      return reply.redirect(`${newcomerTeamPaths.staffTeam(lang, teamId)}?melding=member-added#members`, 303);
    } catch (error) {
      if (error instanceof InvalidInputError) return renderTeam(request, reply, teamId, { memberValues: values, memberErrors: domainErrorsToForm(error.errors, lang), status: error.statusCode });
      throw error;
    }
  });

  async function renderMember(request: FastifyRequest, reply: FastifyReply, teamId: string, memberId: string, form: { values?: FormValues; errors?: FormErrors; status?: number } = {}) {
    const { team, member } = await memberForManager(services, request.viewer!, teamId, memberId);
    const title = newcomerTeamTexts(request.language)("team.editMemberTitle", { name: isolated(member.name, request.language) });
    return sendPage(request, reply, <MemberPage team={team} member={member} values={form.values ?? memberValues(member)} errors={form.errors ?? noErrors} />, { title, status: form.status });
  }

  app.get("/:lang/ansatt/tilflytterteam/:teamId/medlemmer/:memberId", { config: { access: managers }, schema: { params: memberParams } }, async (request, reply) =>
    renderMember(request, reply, request.params.teamId, request.params.memberId),
  );

  app.post("/:lang/ansatt/tilflytterteam/:teamId/medlemmer/:memberId", { config: { access: managers }, schema: { params: memberParams }, preValidation: csrf }, async (request, reply) => {
    const { lang, teamId, memberId } = request.params;
    const values = readForm(request.body);
    const parsed = parseMemberForm(values);
    if (!parsed.ok) return renderMember(request, reply, teamId, memberId, { values, errors: problemsToErrors(parsed.problems, lang), status: 400 });
    try {
      await updateMember(services, request.viewer!, teamId, memberId, parsed.input, request.ip);
      return reply.redirect(`${newcomerTeamPaths.staffTeam(lang, teamId)}?melding=member-saved#members`, 303);
    } catch (error) {
      if (error instanceof InvalidInputError) return renderMember(request, reply, teamId, memberId, { values, errors: domainErrorsToForm(error.errors, lang), status: error.statusCode });
      throw error;
    }
  });

  app.post("/:lang/ansatt/tilflytterteam/:teamId/medlemmer/:memberId/fjern", { config: { access: managers }, schema: { params: memberParams }, preValidation: csrf }, async (request, reply) => {
    const { lang, teamId, memberId } = request.params;
    await removeMember(services, request.viewer!, teamId, memberId, request.ip);
    return reply.redirect(`${newcomerTeamPaths.staffTeam(lang, teamId)}?melding=member-removed#members`, 303);
  });

  app.post("/:lang/ansatt/tilflytterteam/:teamId/arrangementer/:eventId/fjern", { config: { access: managers }, schema: { params: eventParams }, preValidation: csrf }, async (request, reply) => {
    const { lang, teamId, eventId } = request.params;
    await untagEvent(services, request.viewer!, teamId, eventId, request.ip);
    return reply.redirect(`${newcomerTeamPaths.staffTeam(lang, teamId)}?melding=untagged#calendar`, 303);
  });

  app.post("/:lang/ansatt/tilflytterteam/:teamId/arrangementer", { config: { access: managers }, schema: { params: teamParams }, preValidation: csrf }, async (request, reply) => {
    const { lang, teamId } = request.params;
    const values = readForm(request.body);
    try {
      await tagEvent(services, request.viewer!, teamId, { eventId: values.event ?? "", memberId: values.member ?? "" }, request.ip);
      return reply.redirect(`${newcomerTeamPaths.staffTeam(lang, teamId)}?melding=tagged#calendar`, 303);
    } catch (error) {
      if (error instanceof InvalidInputError) return renderTeam(request, reply, teamId, { tagErrors: domainErrorsToForm(error.errors, lang), status: 400 });
      throw error;
    }
  });

  app.post("/:lang/ansatt/tilflytterteam/:teamId/henvisninger/:referralId/status", { config: { access: referrers }, schema: { params: referralParams }, preValidation: csrf }, async (request, reply) => {
    const { lang, teamId, referralId } = request.params;
    const status = parseStatus(readForm(request.body));
    if (!status) throw new InvalidInputError([{ path: "status", code: "enum", message: "sent, accepted or done" }], 400);
    await setReferralStatus(services, request.viewer!, teamId, referralId, status, request.ip);
    return reply.redirect(`${newcomerTeamPaths.staffTeam(lang, teamId)}?melding=status-saved#referrals`, 303);
  });
};

function subjectOf(query: { deltaker?: string; veiledningssak?: string }): ReferralSubject {
  if (query.deltaker) return { kind: "participant", id: query.deltaker };
  if (query.veiledningssak) return { kind: "guidance-case", id: query.veiledningssak };
  throw new NotFoundError("referral subject", "");
}

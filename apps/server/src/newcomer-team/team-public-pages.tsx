import type { FastifyPluginAsync } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { languageCodes } from "@velkomst/i18n";
import { StringEnum } from "@velkomst/validation";
import { publicAccess } from "../platform/access.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { newcomerTeamTexts } from "./newcomer-team-texts.ts";
import { teamCalendar, teamFeed } from "./team-calendar.ts";
import { allTeams, findTeam, membersOf } from "./team-repository.ts";
import { PublicCalendarPage, PublicTeamListPage, PublicTeamPage } from "./team-public-views.tsx";

/** The newcomer teams' public pages (who to contact for what, the members' events) and calendar feed, in every language; nothing about any newcomer. */
export const teamPublicPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { services } = app;
  const config = { access: publicAccess };
  const teamParams = Type.Object({ lang: languageParam, teamId: Type.String({ maxLength: 40 }) });

  async function teamOr404(id: string) {
    const team = await findTeam(services.db, id);
    if (!team) throw new NotFoundError("newcomer team", id);
    return team;
  }

  app.get("/:lang/tilflytterteam", { config, schema: { params: Type.Object({ lang: languageParam }) } }, async (request, reply) =>
    sendPage(request, reply, <PublicTeamListPage teams={await allTeams(services.db)} />, { title: newcomerTeamTexts(request.language)("public.listTitle") }),
  );

  app.get("/:lang/tilflytterteam/:teamId", { config, schema: { params: teamParams } }, async (request, reply) => {
    const team = await teamOr404(request.params.teamId);
    return sendPage(request, reply, <PublicTeamPage team={team} members={await membersOf(services.db, [team.id])} />, { title: team.name });
  });

  app.get("/:lang/tilflytterteam/:teamId/kalender", { config, schema: { params: teamParams } }, async (request, reply) => {
    const team = await teamOr404(request.params.teamId);
    const entries = await teamCalendar(services.db, team, services.clock.now());
    return sendPage(request, reply, <PublicCalendarPage team={team} entries={entries} />, { title: newcomerTeamTexts(request.language)("public.calendarTitle", { team: team.name }) });
  });

  app.get(
    "/kalender/tilflytterteam/:teamId.ics",
    { config, schema: { params: Type.Object({ teamId: Type.String({ maxLength: 40 }) }), querystring: Type.Object({ lang: Type.Optional(StringEnum(languageCodes)) }) } },
    async (request, reply) => {
      const lang = request.query.lang ?? "nb";
      const team = await findTeam(services.db, request.params.teamId);
      if (!team) return reply.status(404).type("text/plain; charset=utf-8").send("no such newcomer team");
      return reply
        .type("text/calendar; charset=utf-8")
        .header("content-disposition", `inline; filename="tilflytterteam-${team.id}.ics"`)
        .header("cache-control", "public, max-age=900")
        .send(await teamFeed(services.db, team, lang, services.config.publicUrl, services.clock.now()));
    },
  );
};

import type { FastifyPluginAsync } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { languageParam } from "../web/language-param.ts";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { publicAccess } from "../platform/access.ts";
import { languageCookie } from "../platform/request-context.ts";
import { sendPage } from "../web/render-page.tsx";
import { paths } from "../web/paths.ts";
import { isolated } from "../web/bidi.ts";
import { LandingPage } from "./landing-page.tsx";
import { MunicipalityListPage } from "./municipality-list-page.tsx";
import { maxFinderQueryLength } from "./municipality-finder-form.tsx";
import { findMunicipalities } from "./municipality-finder.ts";
import { foldText } from "../search/search-folding.ts";
import { MunicipalityNotFoundPage, MunicipalityPage, type LocalListings } from "./municipality-page.tsx";
import { eventsCovering, occurrencesOf } from "../events/events-repository.ts";
import { teamsCovering } from "../newcomer-team/team-repository.ts";
import { pageStylesheets } from "../web/page-stylesheets.ts";

export const municipalityPages: FastifyPluginAsync = async (plain) => {
  pageStylesheets(plain, "search.css");
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { municipalities, directory, db, clock } = app.services;

  /** Counts of what the municipality page would link to, so it offers no empty list. */
  async function localListings(number: string): Promise<LocalListings> {
    const now = clock.now();
    const [services, events, newcomerTeams] = await Promise.all([directory.listForMunicipality(number), eventsCovering(db, number), teamsCovering(db, number)]);
    const upcoming = events.length > 0 ? await occurrencesOf(db, events, now, new Date(now.getTime() + 365 * 86_400_000), 1) : [];
    return { services: services.length, upcomingEvents: upcoming.length, newcomerTeams };
  }

  // The first visit goes to the browser's language; a chosen language is remembered.
  app.get("/", { config: { access: publicAccess } }, async (request, reply) =>
    reply.header("vary", "Accept-Language, Cookie").redirect(paths.landing(request.language), 302),
  );

  app.get("/:lang", { config: { access: publicAccess }, schema: { params: Type.Object({ lang: languageParam }) } }, async (request, reply) =>
    reply.redirect(paths.landing(request.params.lang), 301),
  );

  app.get("/:lang/", { config: { access: publicAccess }, schema: { params: Type.Object({ lang: languageParam }) } }, async (request, reply) => {
    reply.setCookie(languageCookie, request.params.lang, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
    return sendPage(request, reply, <LandingPage />, { title: uiTranslator(request.language)("landing.title"), scripts: ["/assets/municipality-finder.js"] });
  });

  app.get(
    "/:lang/kommune",
    {
      config: { access: publicAccess },
      schema: {
        params: Type.Object({ lang: languageParam }),
        querystring: Type.Object({ nummer: Type.Optional(Type.String()), sok: Type.Optional(Type.String({ maxLength: maxFinderQueryLength })) }),
      },
    },
    async (request, reply) => {
      const { lang } = request.params;
      const chosen = request.query.nummer;
      if (chosen && /^\d{4}$/.test(chosen)) return reply.redirect(paths.municipality(lang, chosen), 303);
      const query = request.query.sok?.trim() ?? "";
      const found = findMunicipalities(await municipalities.listMunicipalities(), query);
      // One name that matches exactly: the reader typed it, so go there.
      const exact = query ? found.filter((m) => foldText(m.name) === foldText(query)) : [];
      if (exact.length === 1) return reply.redirect(paths.municipality(lang, exact[0]!.number), 303);
      const t = uiTranslator(request.language);
      return sendPage(request, reply, <MunicipalityListPage municipalities={found} query={query} />, {
        title: query ? `${t("municipality.found", { count: found.length, query: isolated(query, lang) })} – ${t("municipality.listTitle")}` : t("municipality.listTitle"),
        scripts: ["/assets/municipality-finder.js"],
      });
    },
  );

  app.get(
    "/:lang/kommune/:number",
    { config: { access: publicAccess }, schema: { params: Type.Object({ lang: languageParam, number: Type.String() }) } },
    async (request, reply) => {
      const t = uiTranslator(request.language);
      const overview = /^\d{4}$/.test(request.params.number) ? await municipalities.overview(request.params.number) : undefined;
      if (!overview) {
        return sendPage(request, reply, <MunicipalityNotFoundPage number={request.params.number} />, { title: t("municipality.notFoundTitle"), status: 404 });
      }
      return sendPage(request, reply, <MunicipalityPage overview={overview} listings={await localListings(overview.number)} />, { title: overview.name });
    },
  );
};

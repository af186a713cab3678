import type { FastifyPluginAsync } from "fastify";
import { Type } from "@sinclair/typebox";
import { StringEnum } from "@velkomst/validation";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { publicAccess } from "../platform/access.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { directoryPaths } from "./directory-paths.ts";
import { directoryTexts } from "./directory-texts.ts";
import { DirectoryNotFoundPage, ServiceListPage, ServicePage } from "./directory-views.tsx";
import { serviceCategories } from "./service-model.ts";
import { pageStylesheets } from "../web/page-stylesheets.ts";

/** The reader's pages: a municipality's services grouped by kind, and one service in full. */
export const directoryPages: FastifyPluginAsync = async (plain) => {
  pageStylesheets(plain, "directory.css", "content.css");
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { municipalities, directory, db, config } = app.services;

  const findMunicipality = (number: string) => (/^\d{4}$/.test(number) ? municipalities.findMunicipality(number) : Promise.resolve(undefined));
  const regionNames = async () => new Map((await db.selectFrom("regions").select(["id", "name"]).execute()).map((r) => [r.id, r.name]));

  app.get(
    "/:lang/kommune/:number/tjenester",
    {
      config: { access: publicAccess },
      schema: {
        params: Type.Object({ lang: languageParam, number: Type.String({ maxLength: 10 }) }),
        // The filter form's fields (a GET form, so it works without JavaScript and can be bookmarked).
        querystring: Type.Object({ kategori: Type.Optional(StringEnum(["", ...serviceCategories])), apen: Type.Optional(StringEnum(["ja"] as const)) }),
      },
    },
    async (request, reply) => {
      const t = directoryTexts(request.language);
      const municipality = await findMunicipality(request.params.number);
      if (!municipality) {
        return sendPage(request, reply, <DirectoryNotFoundPage number={request.params.number} />, { title: t("notFound.title"), status: 404 });
      }
      const [services, regions] = await Promise.all([directory.listForMunicipality(municipality.number), regionNames()]);
      return sendPage(request, reply, <ServiceListPage
          municipality={municipality}
          services={services}
          regionNames={regions}
          now={directory.now()}
          filter={{ category: request.query.kategori || undefined, openNow: request.query.apen === "ja" }}
        />, {
        title: t("list.documentTitle", { municipality: municipality.name }),
      });
    },
  );

  app.get(
    "/:lang/kommune/:number/tjenester/:id",
    { config: { access: publicAccess }, schema: { params: Type.Object({ lang: languageParam, number: Type.String({ maxLength: 10 }), id: Type.String({ maxLength: 60 }) }) } },
    async (request, reply) => {
      const t = directoryTexts(request.language);
      const { lang, number, id } = request.params;
      const municipality = await findMunicipality(number);
      const service = municipality ? await directory.findForMunicipality(municipality.number, id) : undefined;
      if (!municipality || !service) {
        return sendPage(request, reply, <DirectoryNotFoundPage municipality={municipality} number={number} />, { title: t("notFound.title"), status: 404 });
      }
      const url = `${config.publicUrl}${directoryPaths.service(lang, municipality.number, service.id)}`;
      return sendPage(
        request,
        reply,
        <ServicePage municipality={municipality} service={service} regionNames={await regionNames()} now={directory.now()} mapTiles={config.mapTiles} url={url} />,
        { title: `${service.name} – ${municipality.name}` },
      );
    },
  );
};

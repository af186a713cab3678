import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { publicAccess } from "../platform/access.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import { maxFinderQueryLength } from "./municipality-finder-form.tsx";
import { findMunicipalities } from "./municipality-finder.ts";
import { countySchema, municipalityNumberSchema, municipalityOverviewSchema, municipalitySchema } from "./municipality-schemas.ts";

export const municipalityApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { municipalities } = api.services;

  api.get(
    "/counties",
    { config: { access: publicAccess }, schema: { tags: ["municipalities"], summary: "The 15 counties (2024)", response: { 200: Type.Array(countySchema) } } },
    () => municipalities.listCounties(),
  );

  api.get(
    "/municipalities",
    {
      config: { access: publicAccess },
      schema: {
        tags: ["municipalities"],
        summary: "The 357 municipalities (2024) with population; with q, those whose name matches, best first",
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: maxFinderQueryLength, description: "part of a name; æ/ø/å may be typed as ae/o/a, Cyrillic is transliterated, one typo is forgiven" })),
        }),
        response: { 200: Type.Array(municipalitySchema) },
      },
    },
    async (request) => {
      const list = await municipalities.listMunicipalities();
      return request.query.q === undefined ? list : findMunicipalities(list, request.query.q);
    },
  );

  api.get(
    "/municipalities/:number",
    {
      config: { access: publicAccess },
      schema: {
        tags: ["municipalities"],
        summary: "A municipality with the welcome services that cover it, or the nearest ones",
        params: Type.Object({ number: municipalityNumberSchema }),
        response: { 200: municipalityOverviewSchema },
      },
    },
    async (request) => {
      const overview = await municipalities.overview(request.params.number);
      if (!overview) throw new NotFoundError("municipality", request.params.number);
      return overview;
    },
  );
};

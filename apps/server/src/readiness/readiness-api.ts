import type { FastifyPluginAsync } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type, type Static } from "@sinclair/typebox";
import { languageCodes, type Language } from "@velkomst/i18n";
import { StringEnum } from "@velkomst/validation";
import { publicAccess, rolesAllowed } from "../platform/access.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import { readinessReaderRoles, type ChecklistOwner } from "./readiness-access.ts";
import { isReadinessItemId, readinessItemIds, readinessItems, readinessStatuses } from "./readiness-items.ts";
import { createReadiness, type ItemState } from "./readiness-repository.ts";
import { readinessTexts } from "./readiness-texts.ts";

const readers = rolesAllowed(...readinessReaderRoles);
const dateTime = Type.String({ format: "date-time" });
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

const itemDefinitionSchema = Type.Object({
  id: StringEnum(readinessItemIds),
  number: Type.Integer({ minimum: 1, maximum: 11 }),
  title: Type.String(),
  guidance: Type.String(),
  quote: Type.String({ description: "The guide's own checklist line, in bokmål, after «Har dere»" }),
  sections: Type.Array(Type.String(), { description: "Chapters of the national guide (seed 000) the guidance draws on" }),
});

const documentSchema = Type.Object({ id: Type.String({ format: "uuid" }), fileName: Type.String(), contentType: Type.String(), sizeBytes: Type.Integer(), uploadedAt: dateTime });

const itemStateSchema = Type.Object({
  id: StringEnum(readinessItemIds),
  status: StringEnum(readinessStatuses),
  owner: Type.String({ description: "The colleague's name when one is chosen, else the free-text owner; empty when none" }),
  ownerUserId: nullable(Type.String({ format: "uuid" })),
  dueDate: nullable(Type.String({ format: "date" })),
  notes: Type.String(),
  overdue: Type.Boolean(),
  updatedAt: nullable(dateTime),
  documents: Type.Array(documentSchema),
});

const ownerSchema = Type.Object({
  kind: StringEnum(["municipality", "region"] as const),
  id: Type.String(),
  name: Type.String(),
  countyNumber: Type.String(),
  municipalities: Type.Array(Type.Object({ number: Type.String(), name: Type.String() })),
});

const checklistSchema = Type.Object({
  owner: ownerSchema,
  done: Type.Integer(),
  notRelevant: Type.Integer(),
  overdue: Type.Integer(),
  lastChanged: nullable(dateTime),
  items: Type.Array(itemStateSchema),
});

const historySchema = Type.Object({
  at: dateTime,
  actorName: Type.String(),
  changes: Type.Object(
    {
      status: Type.Optional(Type.Object({ from: StringEnum(readinessStatuses), to: StringEnum(readinessStatuses) })),
      owner: Type.Optional(Type.Object({ from: Type.String(), to: Type.String() })),
      dueDate: Type.Optional(Type.Object({ from: nullable(Type.String()), to: nullable(Type.String()) })),
      notes: Type.Optional(Type.Object({ from: Type.String(), to: Type.String() })),
      documentAdded: Type.Optional(Type.String()),
      documentRemoved: Type.Optional(Type.String()),
    },
    { additionalProperties: false },
  ),
});

const overviewSchema = Type.Object({
  county: nullable(Type.String()),
  counties: Type.Array(Type.Object({ number: Type.String(), name: Type.String() })),
  municipalities: Type.Array(
    Type.Object({
      number: Type.String(),
      name: Type.String(),
      countyNumber: Type.String(),
      region: nullable(Type.Object({ id: Type.String(), name: Type.String() })),
      started: Type.Boolean(),
      done: Type.Integer(),
      notRelevant: Type.Integer(),
      overdue: Type.Integer(),
      lastChanged: nullable(dateTime),
    }),
  ),
});

const placeParam = Type.String({ minLength: 1, maxLength: 60, description: "A kommunenummer (a municipality in a region gives the region's checklist) or a region id" });

function itemJson(item: ItemState): Static<typeof itemStateSchema> {
  return {
    id: item.id,
    status: item.status,
    owner: item.ownerDisplay,
    ownerUserId: item.ownerUserId,
    dueDate: item.dueDate,
    notes: item.notes,
    overdue: item.overdue,
    updatedAt: item.updatedAt?.toISOString() ?? null,
    documents: item.documents.map((d) => ({ id: d.id, fileName: d.fileName, contentType: d.contentType, sizeBytes: d.sizeBytes, uploadedAt: d.uploadedAt.toISOString() })),
  };
}

function ownerJson(owner: ChecklistOwner): Static<typeof ownerSchema> {
  return { kind: owner.kind, id: owner.id, name: owner.name, countyNumber: owner.countyNumber, municipalities: owner.members.map(({ number, name }) => ({ number, name })) };
}

/** Reading the readiness checklists as JSON (changes go through the staff pages, with their documents). */
export const readinessApiRoutes: FastifyPluginAsync = async (plain) => {
  const api = plain.withTypeProvider<TypeBoxTypeProvider>();
  const readiness = createReadiness(api.services.db, api.services.clock);
  const { clock } = api.services;

  async function ownerOf(place: string) {
    const owner = await readiness.resolve(place, clock.today());
    if (!owner) throw new NotFoundError("checklist", place);
    return owner;
  }

  api.get(
    "/readiness/items",
    {
      config: { access: publicAccess },
      schema: {
        tags: ["readiness"],
        summary: "The 11 readiness items of the national guide (seed 000 §2.2), in the language asked for",
        querystring: Type.Object({ lang: Type.Optional(StringEnum(languageCodes)) }, { additionalProperties: false }),
        response: { 200: Type.Array(itemDefinitionSchema) },
      },
    },
    async (request) => {
      const r = readinessTexts((request.query.lang ?? "nb") as Language);
      return readinessItems.map((item, index) => ({
        id: item.id,
        number: index + 1,
        title: r(`items.${item.id}.title`),
        guidance: r(`items.${item.id}.guidance`),
        quote: item.quote,
        sections: [...item.sections],
      }));
    },
  );

  api.get(
    "/readiness/overview",
    {
      config: { access: readers },
      schema: {
        tags: ["readiness"],
        summary: "Progress of every municipality the caller may follow (a county's for county staff, all for national staff)",
        querystring: Type.Object({ county: Type.Optional(Type.String({ pattern: "^[0-9]{2}$" })) }, { additionalProperties: false }),
        response: { 200: overviewSchema },
      },
    },
    async (request) => {
      const overview = await readiness.overview(request.viewer!, request.query.county, clock.today());
      return {
        county: overview.county,
        counties: overview.counties,
        municipalities: overview.rows.map((row) => ({
          number: row.number,
          name: row.name,
          countyNumber: row.countyNumber,
          region: row.region,
          started: row.started,
          done: row.done,
          notRelevant: row.notRelevant,
          overdue: row.overdue,
          lastChanged: row.lastChanged?.toISOString() ?? null,
        })),
      };
    },
  );

  api.get(
    "/readiness/checklists/:place",
    {
      config: { access: readers },
      schema: { tags: ["readiness"], summary: "One checklist with its 11 items", params: Type.Object({ place: placeParam }), response: { 200: checklistSchema } },
    },
    async (request) => {
      const checklist = await readiness.checklist(request.viewer!, await ownerOf(request.params.place), clock.today());
      return {
        owner: ownerJson(checklist.owner),
        done: checklist.done,
        notRelevant: checklist.notRelevant,
        overdue: checklist.overdue,
        lastChanged: checklist.lastChanged?.toISOString() ?? null,
        items: checklist.items.map(itemJson),
      };
    },
  );

  api.get(
    "/readiness/checklists/:place/items/:item",
    {
      config: { access: readers },
      schema: {
        tags: ["readiness"],
        summary: "One item with its documents and its history of changes, newest first",
        params: Type.Object({ place: placeParam, item: Type.String({ maxLength: 40 }) }),
        response: { 200: Type.Object({ owner: ownerSchema, item: itemStateSchema, history: Type.Array(historySchema) }) },
      },
    },
    async (request) => {
      const owner = await ownerOf(request.params.place);
      if (!isReadinessItemId(request.params.item)) throw new NotFoundError("readiness item", request.params.item);
      const { item, history } = await readiness.item(request.viewer!, owner, request.params.item, clock.today());
      return { owner: ownerJson(owner), item: itemJson(item), history: history.map((h) => ({ at: h.at.toISOString(), actorName: h.actorName, changes: h.changes })) };
    },
  );
};

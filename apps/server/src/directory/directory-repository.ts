import { randomUUID } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import { isLanguage, type Language } from "@velkomst/i18n";
import type { DatabaseSchema } from "../database/schema.ts";
import type { DirectoryServicesTable } from "./directory-tables.ts";
import type { DirectoryService, ServiceCategory, ServiceInput, ServiceText, WheelchairAccess } from "./service-model.ts";

type Db = Kysely<DatabaseSchema>;

/** Rows to services: the texts, weekly hours and exceptions of all of them in three queries. */
async function assemble(db: Db, rows: ReadonlyArray<Selectable<DirectoryServicesTable>>): Promise<DirectoryService[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [texts, weekly, exceptions] = await Promise.all([
    db.selectFrom("directory_service_texts").selectAll().where("service_id", "in", ids).execute(),
    db.selectFrom("directory_opening_hours").selectAll().where("service_id", "in", ids).orderBy("weekday").orderBy("opens").execute(),
    db.selectFrom("directory_hour_exceptions").selectAll().where("service_id", "in", ids).orderBy("first_date").orderBy("opens").execute(),
  ]);
  return rows.map((row) => {
    const serviceTexts: Partial<Record<Language, ServiceText>> = {};
    for (const text of texts) {
      if (text.service_id === row.id && isLanguage(text.language)) {
        serviceTexts[text.language] = { description: text.description, directions: text.directions, accessibilityNote: text.accessibility_note };
      }
    }
    return {
      id: row.id,
      scope: row.region_id ? { kind: "region", id: row.region_id } : { kind: "municipality", id: row.municipality_number ?? "" },
      category: row.category as ServiceCategory,
      name: row.name,
      provider: row.provider,
      streetAddress: row.street_address,
      postalCode: row.postal_code,
      postalTown: row.postal_town,
      latitude: row.latitude,
      longitude: row.longitude,
      phone: row.phone,
      email: row.email,
      bookingUrl: row.booking_url,
      website: row.website,
      languages: row.languages,
      wheelchairAccess: row.wheelchair_access as WheelchairAccess,
      hearingLoop: row.hearing_loop,
      closedOnPublicHolidays: row.closed_on_public_holidays,
      texts: serviceTexts,
      weeklyHours: weekly.filter((w) => w.service_id === row.id).map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
      exceptions: exceptions
        .filter((e) => e.service_id === row.id)
        .map((e) => ({ firstDate: e.first_date, lastDate: e.last_date, opens: e.opens, closes: e.closes })),
      updatedAt: row.updated_at,
    };
  });
}

function columnsOf(input: ServiceInput) {
  return {
    municipality_number: input.scope.kind === "municipality" ? input.scope.id : null,
    region_id: input.scope.kind === "region" ? input.scope.id : null,
    category: input.category,
    name: input.name,
    provider: input.provider,
    street_address: input.streetAddress,
    postal_code: input.postalCode,
    postal_town: input.postalTown,
    latitude: input.latitude,
    longitude: input.longitude,
    phone: input.phone,
    email: input.email,
    booking_url: input.bookingUrl,
    website: input.website,
    languages: input.languages,
    wheelchair_access: input.wheelchairAccess,
    hearing_loop: input.hearingLoop,
    closed_on_public_holidays: input.closedOnPublicHolidays,
  };
}

function childRows(id: string, input: ServiceInput) {
  return {
    texts: Object.entries(input.texts).map(([language, text]) => ({
      service_id: id,
      language,
      description: text.description,
      directions: text.directions,
      accessibility_note: text.accessibilityNote,
    })),
    // The same interval twice is one interval: the primary key would refuse the copy.
    weekly: [...new Map(input.weeklyHours.map((w) => [`${w.weekday} ${w.opens}`, w])).values()].map((w) => ({ service_id: id, ...w })),
    exceptions: input.exceptions.map((e) => ({ service_id: id, first_date: e.firstDate, last_date: e.lastDate, opens: e.opens, closes: e.closes })),
  };
}

/** Inserts the texts, weekly hours and exceptions of several services, one statement per table. */
async function insertChildren(db: Db, entries: ReadonlyArray<{ id: string; input: ServiceInput }>): Promise<void> {
  const rows = entries.map(({ id, input }) => childRows(id, input));
  const texts = rows.flatMap((r) => r.texts);
  const weekly = rows.flatMap((r) => r.weekly);
  const exceptions = rows.flatMap((r) => r.exceptions);
  if (texts.length > 0) await db.insertInto("directory_service_texts").values(texts).execute();
  if (weekly.length > 0) await db.insertInto("directory_opening_hours").values(weekly).execute();
  if (exceptions.length > 0) await db.insertInto("directory_hour_exceptions").values(exceptions).execute();
}

/** Inserts services with ids made here, so each row's children are known to belong to it. */
async function insertMany(on: Db, inputs: readonly ServiceInput[], actorId: string | null): Promise<string[]> {
  const entries = inputs.map((input) => ({ id: randomUUID(), input }));
  if (entries.length === 0) return [];
  await on
    .insertInto("directory_services")
    .values(entries.map(({ id, input }) => ({ id, ...columnsOf(input), created_by: actorId, updated_by: actorId })))
    .execute();
  await insertChildren(on, entries);
  return entries.map((e) => e.id);
}

export function createDirectoryRepository(db: Db) {
  return {
    /** The services of a municipality: its own and those of every region it belongs to. */
    async listForMunicipality(number: string, options: { id?: string } = {}): Promise<DirectoryService[]> {
      let query = db
        .selectFrom("directory_services")
        .selectAll()
        .where((eb) =>
          eb.or([
            eb("municipality_number", "=", number),
            eb("region_id", "in", eb.selectFrom("region_municipalities").select("region_id").where("municipality_number", "=", number)),
          ]),
        );
      if (options.id !== undefined) query = query.where("id", "=", options.id);
      return assemble(db, await query.orderBy("name").execute());
    },

    async listAll(): Promise<DirectoryService[]> {
      return assemble(db, await db.selectFrom("directory_services").selectAll().orderBy("name").execute());
    },

    async find(id: string): Promise<DirectoryService | undefined> {
      const row = await db.selectFrom("directory_services").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? (await assemble(db, [row]))[0] : undefined;
    },

    insert: async (on: Db, input: ServiceInput, actorId: string | null): Promise<string> => (await insertMany(on, [input], actorId))[0]!,

    insertMany,

    async update(on: Db, id: string, input: ServiceInput, actorId: string | null): Promise<void> {
      await on
        .updateTable("directory_services")
        .set({ ...columnsOf(input), updated_by: actorId, updated_at: new Date() })
        .where("id", "=", id)
        .execute();
      await on.deleteFrom("directory_service_texts").where("service_id", "=", id).execute();
      await on.deleteFrom("directory_opening_hours").where("service_id", "=", id).execute();
      await on.deleteFrom("directory_hour_exceptions").where("service_id", "=", id).execute();
      await insertChildren(on, [{ id, input }]);
    },

    async remove(on: Db, id: string): Promise<void> {
      await on.deleteFrom("directory_services").where("id", "=", id).execute();
    },
  };
}

export type DirectoryRepository = ReturnType<typeof createDirectoryRepository>;

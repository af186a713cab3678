import { sql, type Kysely } from "kysely";
import type { FieldError } from "@velkomst/validation";
import type { DatabaseSchema } from "../database/schema.ts";
import { ForbiddenError, InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import type { MunicipalityPlace, RoleAssignment } from "../staff/roles.ts";
import { asBuffer } from "./readiness-documents.ts";
import { canEditChecklist, canReadChecklist, canReadMunicipality, readinessEditorRoles, type ChecklistOwner } from "./readiness-access.ts";
import type { ItemInput } from "./readiness-input.ts";
import { isOverdue, readinessItems, type ReadinessItemId, type ReadinessStatus } from "./readiness-items.ts";
import type { ReadinessChanges } from "./readiness-tables.ts";
import type { Clock } from "../platform/clock.ts";

type Db = Kysely<DatabaseSchema>;

export interface Actor {
  id: string;
  name: string;
  assignments: readonly RoleAssignment[];
}

export interface DocumentMeta {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: Date;
}

export interface ItemState {
  id: ReadinessItemId;
  status: ReadinessStatus;
  ownerUserId: string | null;
  ownerName: string;
  /** The colleague's name when one is chosen, else the free text. */
  ownerDisplay: string;
  dueDate: string | null;
  notes: string;
  overdue: boolean;
  updatedAt: Date | null;
  documents: DocumentMeta[];
}

export interface HistoryEntry {
  at: Date;
  actorName: string;
  changes: ReadinessChanges;
}

export interface Checklist {
  owner: ChecklistOwner;
  items: ItemState[];
  done: number;
  notRelevant: number;
  overdue: number;
  lastChanged: Date | null;
}

export interface OverviewRow {
  number: string;
  name: string;
  countyNumber: string;
  countyName: string;
  /** The region whose checklist the municipality follows, if any. */
  region: { id: string; name: string } | null;
  started: boolean;
  done: number;
  notRelevant: number;
  overdue: number;
  lastChanged: Date | null;
}

export interface Overview {
  counties: Array<{ number: string; name: string }>;
  county: string | null;
  rows: OverviewRow[];
}

export interface NewDocument {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

interface ChecklistStats {
  id: string;
  done: number;
  notRelevant: number;
  overdue: number;
  lastChanged: Date | null;
}

/** Where a municipality's checklist lives (see `effectiveOwnerKey`). */
export type OwnerKey = { kind: "municipality"; id: string } | { kind: "region"; id: string };

/**
 * A municipality in a region follows the region's checklist: the first region (by name) whose
 * checklist has been started; else its own if started; else its first region; else its own.
 */
export function effectiveOwnerKey(municipality: string, regionIds: readonly string[], started: (key: OwnerKey) => boolean): OwnerKey {
  const regions = regionIds.map((id) => ({ kind: "region" as const, id }));
  const own = { kind: "municipality" as const, id: municipality };
  return regions.find(started) ?? (started(own) ? own : (regions[0] ?? own));
}

const keyOf = (key: OwnerKey) => `${key.kind}:${key.id}`;

/** The readiness checklists: reading with scope checks, updates with history, documents and the overview. */
export function createReadiness(db: Db, clock: Clock) {
  async function regionsByMunicipality(): Promise<Map<string, Array<{ id: string; name: string }>>> {
    const rows = await db
      .selectFrom("region_municipalities")
      .innerJoin("regions", "regions.id", "region_municipalities.region_id")
      .select(["region_municipalities.municipality_number as number", "regions.id", "regions.name"])
      .orderBy("regions.name")
      .execute();
    const map = new Map<string, Array<{ id: string; name: string }>>();
    for (const row of rows) map.set(row.number, [...(map.get(row.number) ?? []), { id: row.id, name: row.name }]);
    return map;
  }

  async function startedChecklists(today: string, trx: Db = db): Promise<Map<string, ChecklistStats>> {
    const rows = await trx
      .selectFrom("readiness_checklists as c")
      .leftJoin("readiness_items as i", "i.checklist_id", "c.id")
      .select([
        "c.id",
        "c.municipality_number",
        "c.region_id",
        sql<number>`count(i.item_id) FILTER (WHERE i.status = 'done')`.as("done"),
        sql<number>`count(i.item_id) FILTER (WHERE i.status = 'not-relevant')`.as("not_relevant"),
        sql<number>`count(i.item_id) FILTER (WHERE i.due_date < ${today}::date AND i.status IN ('not-started', 'in-progress'))`.as("overdue"),
        sql<Date | null>`max(i.updated_at)`.as("last_changed"),
      ])
      .groupBy("c.id")
      .execute();
    return new Map(
      rows.map((row) => [
        row.region_id ? `region:${row.region_id}` : `municipality:${row.municipality_number}`,
        { id: row.id, done: Number(row.done), notRelevant: Number(row.not_relevant), overdue: Number(row.overdue), lastChanged: row.last_changed ? new Date(row.last_changed) : null },
      ]),
    );
  }

  async function ownerOf(key: OwnerKey): Promise<ChecklistOwner | undefined> {
    if (key.kind === "municipality") {
      const municipality = await db.selectFrom("municipalities").select(["number", "name", "county_number"]).where("number", "=", key.id).executeTakeFirst();
      if (!municipality) return undefined;
      const regionIds = (await db.selectFrom("region_municipalities").select("region_id").where("municipality_number", "=", key.id).execute()).map((r) => r.region_id);
      return {
        kind: "municipality",
        id: municipality.number,
        name: municipality.name,
        countyNumber: municipality.county_number,
        members: [{ number: municipality.number, name: municipality.name }],
        places: [{ number: municipality.number, countyNumber: municipality.county_number, regionIds }],
      };
    }
    const region = await db.selectFrom("regions").select(["id", "name", "county_number"]).where("id", "=", key.id).executeTakeFirst();
    if (!region) return undefined;
    const members = await db
      .selectFrom("region_municipalities")
      .innerJoin("municipalities", "municipalities.number", "region_municipalities.municipality_number")
      .select(["municipalities.number", "municipalities.name", "municipalities.county_number"])
      .where("region_municipalities.region_id", "=", key.id)
      .orderBy("municipalities.name")
      .execute();
    const regions = await regionsByMunicipality();
    return {
      kind: "region",
      id: region.id,
      name: region.name,
      countyNumber: region.county_number,
      members: members.map(({ number, name }) => ({ number, name })),
      places: members.map((m): MunicipalityPlace => ({ number: m.number, countyNumber: m.county_number, regionIds: (regions.get(m.number) ?? []).map((r) => r.id) })),
    };
  }

  /**
   * The checklist a place in the address stands for: a kommunenummer (four digits) gives the
   * municipality's effective checklist, which may be its region's; anything else is a region id.
   */
  async function resolve(place: string, today: string): Promise<ChecklistOwner | undefined> {
    if (/^\d{4}$/.test(place)) {
      const regionIds = (await db.selectFrom("region_municipalities").innerJoin("regions", "regions.id", "region_municipalities.region_id").select("regions.id").where("municipality_number", "=", place).orderBy("regions.name").execute()).map((r) => r.id);
      const started = regionIds.length > 0 ? await startedChecklists(today) : new Map<string, ChecklistStats>();
      return ownerOf(effectiveOwnerKey(place, regionIds, (key) => started.has(keyOf(key))));
    }
    if (!/^[a-z0-9-]{1,60}$/.test(place)) return undefined;
    return ownerOf({ kind: "region", id: place });
  }

  async function findChecklistId(owner: ChecklistOwner, trx: Db = db): Promise<string | undefined> {
    const row = await trx
      .selectFrom("readiness_checklists")
      .select("id")
      .where(owner.kind === "region" ? "region_id" : "municipality_number", "=", owner.id)
      .executeTakeFirst();
    return row?.id;
  }

  async function ensureChecklistId(owner: ChecklistOwner, trx: Db): Promise<string> {
    await trx
      .insertInto("readiness_checklists")
      .values(owner.kind === "region" ? { region_id: owner.id } : { municipality_number: owner.id })
      .onConflict((c) => c.column(owner.kind === "region" ? "region_id" : "municipality_number").doNothing())
      .execute();
    const id = await findChecklistId(owner, trx);
    if (!id) throw new Error(`checklist of ${owner.kind} ${owner.id} was not created`);
    return id;
  }

  async function loadItems(checklistId: string | undefined, today: string, only?: ReadinessItemId): Promise<ItemState[]> {
    const rows = checklistId
      ? await db
          .selectFrom("readiness_items as i")
          .leftJoin("users as u", "u.id", "i.owner_user_id")
          .select(["i.item_id", "i.status", "i.owner_user_id", "i.owner_name", "i.due_date", "i.notes", "i.updated_at", "u.name as owner_user_name"])
          .where("i.checklist_id", "=", checklistId)
          .execute()
      : [];
    const documents = checklistId
      ? await db
          .selectFrom("readiness_documents")
          .select(["id", "item_id", "file_name", "content_type", "size_bytes", "uploaded_at"])
          .where("checklist_id", "=", checklistId)
          .orderBy("uploaded_at")
          .execute()
      : [];
    return readinessItems
      .filter((item) => !only || item.id === only)
      .map((item) => {
        const row = rows.find((r) => r.item_id === item.id);
        const status = row?.status ?? "not-started";
        const dueDate = row?.due_date ?? null;
        return {
          id: item.id,
          status,
          ownerUserId: row?.owner_user_id ?? null,
          ownerName: row?.owner_name ?? "",
          ownerDisplay: row?.owner_user_name ?? row?.owner_name ?? "",
          dueDate,
          notes: row?.notes ?? "",
          overdue: isOverdue({ status, dueDate }, today),
          updatedAt: row?.updated_at ?? null,
          documents: documents
            .filter((d) => d.item_id === item.id)
            .map((d) => ({ id: d.id, fileName: d.file_name, contentType: d.content_type, sizeBytes: d.size_bytes, uploadedAt: d.uploaded_at })),
        };
      });
  }

  function assertReader(actor: Actor, owner: ChecklistOwner) {
    if (!canReadChecklist(actor, owner)) throw new ForbiddenError("this checklist is outside your area");
  }

  function assertEditor(actor: Actor, owner: ChecklistOwner) {
    if (!canEditChecklist(actor, owner)) throw new ForbiddenError("only the municipality's or region's own staff change its checklist");
  }

  /** Colleagues who may be named responsible: active staff who can read this checklist. */
  async function ownerCandidates(owner: ChecklistOwner): Promise<Array<{ id: string; name: string }>> {
    const users = await db.selectFrom("users").select(["id", "name"]).where("disabled", "=", false).orderBy("name").execute();
    if (users.length === 0) return [];
    const assignments = await db.selectFrom("role_assignments").select(["user_id", "role", "scope_kind", "scope_id"]).execute();
    return users.filter((user) =>
      canReadChecklist(
        {
          assignments: assignments
            .filter((a) => a.user_id === user.id)
            .map((a) => ({ role: a.role, scope: { kind: a.scope_kind, id: a.scope_id } }) as RoleAssignment),
        },
        owner,
      ),
    );
  }

  async function displayOwner(trx: Db, userId: string | null, name: string): Promise<string> {
    if (!userId) return name;
    const user = await trx.selectFrom("users").select("name").where("id", "=", userId).executeTakeFirst();
    return user?.name ?? name;
  }

  return {
    resolve,
    ownerCandidates,

    async checklist(actor: Actor, owner: ChecklistOwner, today: string): Promise<Checklist> {
      assertReader(actor, owner);
      const items = await loadItems(await findChecklistId(owner), today);
      const changed = items.map((i) => i.updatedAt).filter((d): d is Date => d !== null);
      return {
        owner,
        items,
        done: items.filter((i) => i.status === "done").length,
        notRelevant: items.filter((i) => i.status === "not-relevant").length,
        overdue: items.filter((i) => i.overdue).length,
        lastChanged: changed.length > 0 ? new Date(Math.max(...changed.map((d) => d.getTime()))) : null,
      };
    },

    async item(actor: Actor, owner: ChecklistOwner, itemId: ReadinessItemId, today: string): Promise<{ item: ItemState; history: HistoryEntry[] }> {
      assertReader(actor, owner);
      const checklistId = await findChecklistId(owner);
      const [item] = await loadItems(checklistId, today, itemId);
      if (!item) throw new NotFoundError("readiness item", itemId);
      const history = checklistId
        ? await db
            .selectFrom("readiness_item_history")
            .select(["at", "actor_name", "changes"])
            .where("checklist_id", "=", checklistId)
            .where("item_id", "=", itemId)
            .orderBy("at", "desc")
            .orderBy("id", "desc")
            .execute()
        : [];
      return { item, history: history.map((h) => ({ at: h.at, actorName: h.actor_name, changes: h.changes })) };
    },

    /**
     * Saves one item and, if given, one new document, with a history row naming what changed,
     * all in one transaction. Returns whether anything changed.
     */
    async updateItem(actor: Actor, owner: ChecklistOwner, itemId: ReadinessItemId, input: ItemInput, document?: NewDocument): Promise<{ changed: boolean }> {
      assertEditor(actor, owner);
      if (input.ownerUserId && !(await ownerCandidates(owner)).some((c) => c.id === input.ownerUserId)) {
        const problem: FieldError = { path: "ownerUser", code: "ownerUser", message: "not a colleague with access to this checklist" };
        throw new InvalidInputError([problem]);
      }
      return db.transaction().execute(async (trx) => {
        const existing = await findChecklistId(owner, trx);
        const before = existing
          ? await trx
              .selectFrom("readiness_items")
              .select(["status", "owner_user_id", "owner_name", "due_date", "notes"])
              .where("checklist_id", "=", existing)
              .where("item_id", "=", itemId)
              .forUpdate()
              .executeTakeFirst()
          : undefined;
        const old = before ?? { status: "not-started" as const, owner_user_id: null, owner_name: "", due_date: null, notes: "" };
        const changes: ReadinessChanges = {};
        if (old.status !== input.status) changes.status = { from: old.status, to: input.status };
        if (old.owner_user_id !== input.ownerUserId || old.owner_name !== input.ownerName) {
          const [from, to] = [await displayOwner(trx, old.owner_user_id, old.owner_name), await displayOwner(trx, input.ownerUserId, input.ownerName)];
          if (from !== to) changes.owner = { from, to };
        }
        if (old.due_date !== input.dueDate) changes.dueDate = { from: old.due_date, to: input.dueDate };
        if (old.notes !== input.notes) changes.notes = { from: old.notes, to: input.notes };
        if (document) changes.documentAdded = document.fileName;
        const fieldsChanged = old.owner_user_id !== input.ownerUserId || old.owner_name !== input.ownerName || Object.keys(changes).length > 0;
        if (!fieldsChanged) return { changed: false };
        // A checklist counts as started from its first saved change, not from a visit.
        const checklistId = existing ?? (await ensureChecklistId(owner, trx));
        const now = clock.now();
        const values = {
          status: input.status,
          owner_user_id: input.ownerUserId,
          owner_name: input.ownerName,
          due_date: input.dueDate,
          notes: input.notes,
          updated_at: now,
          updated_by: actor.id,
        };
        await trx
          .insertInto("readiness_items")
          .values({ checklist_id: checklistId, item_id: itemId, ...values })
          .onConflict((c) => c.columns(["checklist_id", "item_id"]).doUpdateSet(values))
          .execute();
        if (document) {
          await trx
            .insertInto("readiness_documents")
            .values({
              checklist_id: checklistId,
              item_id: itemId,
              file_name: document.fileName,
              content_type: document.contentType,
              size_bytes: document.bytes.byteLength,
              content: asBuffer(document.bytes),
              uploaded_by: actor.id,
            })
            .execute();
        }
        if (Object.keys(changes).length > 0) {
          await trx
            .insertInto("readiness_item_history")
            .values({ checklist_id: checklistId, item_id: itemId, actor_user_id: actor.id, actor_name: actor.name, changes: JSON.stringify(changes), at: now })
            .execute();
        }
        return { changed: true };
      });
    },

    async removeDocument(actor: Actor, owner: ChecklistOwner, itemId: ReadinessItemId, documentId: string): Promise<void> {
      assertEditor(actor, owner);
      await db.transaction().execute(async (trx) => {
        const checklistId = await findChecklistId(owner, trx);
        const removed = checklistId
          ? await trx
              .deleteFrom("readiness_documents")
              .where("id", "=", documentId)
              .where("checklist_id", "=", checklistId)
              .where("item_id", "=", itemId)
              .returning("file_name")
              .executeTakeFirst()
          : undefined;
        if (!checklistId || !removed) throw new NotFoundError("document", documentId);
        const now = clock.now();
        await trx.updateTable("readiness_items").set({ updated_at: now, updated_by: actor.id }).where("checklist_id", "=", checklistId).where("item_id", "=", itemId).execute();
        await trx
          .insertInto("readiness_item_history")
          .values({ checklist_id: checklistId, item_id: itemId, actor_user_id: actor.id, actor_name: actor.name, changes: JSON.stringify({ documentRemoved: removed.file_name } satisfies ReadinessChanges), at: now })
          .execute();
      });
    },

    async document(actor: Actor, owner: ChecklistOwner, itemId: ReadinessItemId, documentId: string): Promise<{ fileName: string; contentType: string; content: Buffer }> {
      assertReader(actor, owner);
      const checklistId = await findChecklistId(owner);
      const row = checklistId
        ? await db
            .selectFrom("readiness_documents")
            .select(["file_name", "content_type", "content"])
            .where("id", "=", documentId)
            .where("checklist_id", "=", checklistId)
            .where("item_id", "=", itemId)
            .executeTakeFirst()
        : undefined;
      if (!row) throw new NotFoundError("document", documentId);
      return { fileName: row.file_name, contentType: row.content_type, content: asBuffer(row.content) };
    },

    /**
     * The overdue items of the checklists the actor keeps up to date (not those they only follow),
     * with the first such checklist's place for a link.
     */
    async overdueItems(actor: Actor, today: string): Promise<{ count: number; place: string | null }> {
      const places = actor.assignments.filter((a) => readinessEditorRoles.includes(a.role) && (a.scope.kind === "municipality" || a.scope.kind === "region")).map((a) => a.scope.id);
      if (places.length === 0) return { count: 0, place: null };
      const started = await startedChecklists(today);
      const counted = new Map<string, { place: string; overdue: number }>();
      for (const place of places) {
        const owner = await resolve(place, today);
        if (!owner || !canEditChecklist(actor, owner)) continue;
        counted.set(keyOf(owner), { place: owner.id, overdue: started.get(keyOf(owner))?.overdue ?? 0 });
      }
      const withOverdue = [...counted.values()].filter((c) => c.overdue > 0);
      return { count: withOverdue.reduce((sum, c) => sum + c.overdue, 0), place: withOverdue[0]?.place ?? null };
    },

    /** Every municipality the actor may follow, with its effective checklist's progress; optionally one county. */
    async overview(actor: Actor, county: string | undefined, today: string): Promise<Overview> {
      const [municipalities, regions, started] = await Promise.all([
        db
          .selectFrom("municipalities")
          .innerJoin("counties", "counties.number", "municipalities.county_number")
          .select(["municipalities.number", "municipalities.name", "municipalities.county_number as countyNumber", "counties.name as countyName"])
          .orderBy("municipalities.county_number")
          .orderBy("municipalities.name")
          .execute(),
        regionsByMunicipality(),
        startedChecklists(today),
      ]);
      const visible = municipalities.filter((m) =>
        canReadMunicipality(actor, { number: m.number, countyNumber: m.countyNumber, regionIds: (regions.get(m.number) ?? []).map((r) => r.id) }),
      );
      const counties = [...new Map(visible.map((m) => [m.countyNumber, { number: m.countyNumber, name: m.countyName }])).values()];
      const chosen = county && counties.some((c) => c.number === county) ? county : null;
      const rows = visible
        .filter((m) => !chosen || m.countyNumber === chosen)
        .map((m): OverviewRow => {
          const memberOf = regions.get(m.number) ?? [];
          const key = effectiveOwnerKey(
            m.number,
            memberOf.map((r) => r.id),
            (k) => started.has(keyOf(k)),
          );
          const stats = started.get(keyOf(key));
          return {
            number: m.number,
            name: m.name,
            countyNumber: m.countyNumber,
            countyName: m.countyName,
            region: key.kind === "region" ? (memberOf.find((r) => r.id === key.id) ?? null) : null,
            started: stats !== undefined,
            done: stats?.done ?? 0,
            notRelevant: stats?.notRelevant ?? 0,
            overdue: stats?.overdue ?? 0,
            lastChanged: stats?.lastChanged ?? null,
          };
        });
      return { counties, county: chosen, rows };
    },
  };
}

export type Readiness = ReturnType<typeof createReadiness>;

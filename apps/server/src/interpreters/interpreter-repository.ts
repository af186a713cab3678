import type { Kysely } from "kysely";
import type { InterpreterQualification } from "@velkomst/rules";
import { recordAudit } from "../audit/audit-log.ts";
import type { CaseActor } from "../cases/case-access.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";

type Db = Kysely<DatabaseSchema>;

/** Where an interpreter is listed: one municipality, or a region of several. */
export type InterpreterArea = { kind: "municipality"; id: string } | { kind: "region"; id: string };

export interface Interpreter {
  id: string;
  area: InterpreterArea;
  name: string;
  birthDate: string;
  languages: string[];
  qualification: InterpreterQualification;
  phone: string;
  email: string;
  /** False: no longer offered for new bookings; kept for the bookings it had. */
  active: boolean;
}

export interface InterpreterInput extends Omit<Interpreter, "id" | "active"> {}

/** A booking as its change form needs it: who, what for, when. */
export interface Booking {
  id: string;
  interpreterId: string;
  language: string;
  startsAt: Date;
  endsAt: Date;
  exemptionReason: string | null;
  cancelled: boolean;
  target: { guidanceCaseId: string; name: string } | { eventId: string };
}

export interface BookingInput {
  interpreterId: string;
  target: { guidanceCaseId: string } | { eventId: string };
  language: string;
  startsAt: Date;
  endsAt: Date;
  exemptionReason: string | null;
}

function toInterpreter(row: { id: string; municipality_number: string | null; region_id: string | null; name: string; birth_date: string; languages: string[]; qualification: InterpreterQualification; phone: string; email: string; active: boolean }): Interpreter {
  return {
    id: row.id,
    area: row.municipality_number ? { kind: "municipality", id: row.municipality_number } : { kind: "region", id: row.region_id! },
    name: row.name,
    birthDate: row.birth_date,
    languages: row.languages,
    qualification: row.qualification,
    phone: row.phone,
    email: row.email,
    active: row.active,
  };
}

/** The columns an interpreter's form fills, on adding and on changing alike. */
const interpreterColumns = (input: InterpreterInput) => ({
  municipality_number: input.area.kind === "municipality" ? input.area.id : null,
  region_id: input.area.kind === "region" ? input.area.id : null,
  name: input.name,
  birth_date: input.birthDate,
  languages: JSON.stringify(input.languages),
  qualification: input.qualification,
  phone: input.phone,
  email: input.email,
});

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Interpreter lists per municipality or region, and bookings; every listing of interpreters (names, birth dates) is in the audit log. */
export function createInterpreterRepository(db: Db, clock: Clock) {
  /** The regions whose every municipality the actor works for: they may keep that region's list. */
  async function regionsOf(actor: CaseActor): Promise<string[]> {
    const memberships = await db.selectFrom("region_municipalities").select(["region_id", "municipality_number"]).execute();
    const regions = new Map<string, string[]>();
    for (const m of memberships) regions.set(m.region_id, [...(regions.get(m.region_id) ?? []), m.municipality_number]);
    return [...regions].filter(([, members]) => members.every((n) => actor.municipalities.has(n))).map(([id]) => id);
  }

  /** The interpreters serving any of these municipalities: their own, or of a region they belong to (inactive ones too). */
  function serving(executor: Db, numbers: readonly string[]) {
    return executor
      .selectFrom("interpreters")
      .selectAll()
      .where((eb) =>
        eb.or([
          eb("municipality_number", "in", numbers),
          eb("region_id", "in", eb.selectFrom("region_municipalities").select("region_id").where("municipality_number", "in", numbers)),
        ]),
      )
      .orderBy("name");
  }

  async function areasOf(actor: CaseActor): Promise<InterpreterArea[]> {
    return [...(await regionsOf(actor)).map((id) => ({ kind: "region" as const, id })), ...[...actor.municipalities].sort().map((id) => ({ kind: "municipality" as const, id }))];
  }

  /** Where a booking belongs: a guidance case's municipality, or an event's municipality or region members. */
  async function bookingMunicipalities(executor: Db, row: { guidance_case_id: string | null; event_id: string | null }): Promise<string[]> {
    if (row.guidance_case_id) return (await executor.selectFrom("guidance_cases").select("municipality_number as number").where("id", "=", row.guidance_case_id).execute()).map((r) => r.number);
    const event = await executor.selectFrom("events").select(["municipality_number", "region_id"]).where("id", "=", row.event_id!).executeTakeFirst();
    if (!event) return [];
    if (event.municipality_number) return [event.municipality_number];
    return (await executor.selectFrom("region_municipalities").select("municipality_number as number").where("region_id", "=", event.region_id!).execute()).map((r) => r.number);
  }

  /** The booking if it belongs to a municipality the actor works for; otherwise 404, so a booking elsewhere is not revealed. */
  async function accessibleBooking(executor: Db, id: string, actor: CaseActor) {
    const row = uuidPattern.test(id) ? await executor.selectFrom("interpreter_bookings").selectAll().where("id", "=", id).executeTakeFirst() : undefined;
    if (!row || !(await bookingMunicipalities(executor, row)).some((n) => actor.municipalities.has(n))) throw new NotFoundError("interpreter booking", id);
    return row;
  }

  /** A booking that may still change: a cancelled one answers 409. */
  async function changeableBooking(executor: Db, id: string, actor: CaseActor) {
    const row = await accessibleBooking(executor, id, actor);
    if (row.cancelled_at) throw new InvalidInputError([{ path: "form", code: "cancelled", message: "the booking is cancelled" }], 409);
    return row;
  }

  return {
    /** The areas the actor may list interpreters in: their municipalities and whole regions. */
    areasOf,

    /** An interpreter of an area the actor keeps (their municipality, or a region all of whose municipalities they work for); else 404. */
    async managed(id: string, actor: CaseActor): Promise<Interpreter> {
      const row = uuidPattern.test(id) ? await db.selectFrom("interpreters").selectAll().where("id", "=", id).executeTakeFirst() : undefined;
      const interpreter = row && toInterpreter(row);
      if (!interpreter || !(await areasOf(actor)).some((a) => a.kind === interpreter.area.kind && a.id === interpreter.area.id)) throw new NotFoundError("interpreter", id);
      await recordAudit(db, { actorUserId: actor.userId, action: "interpreter.read", subjectType: "interpreter", subjectId: id });
      return interpreter;
    },

    /** The interpreter a booking names (the caller has checked the booking's access). */
    bookedInterpreter: async (booking: Pick<Booking, "interpreterId">): Promise<Interpreter> => toInterpreter(await db.selectFrom("interpreters").selectAll().where("id", "=", booking.interpreterId).executeTakeFirstOrThrow()),

    /** The interpreter's bookings not cancelled and not over by `from`, earliest first (to check a change against). */
    comingBookings: (interpreterId: string, from: Date) =>
      db.selectFrom("interpreter_bookings").select(["id", "language", "starts_at", "exemption_reason"]).where("interpreter_id", "=", interpreterId).where("cancelled_at", "is", null).where("ends_at", ">=", from).orderBy("starts_at").execute(),

    /** Changes an interpreter (the caller has checked the form and the coming bookings against it). */
    async update(id: string, input: InterpreterInput & { active: boolean }, actor: CaseActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable("interpreters")
          .set({ ...interpreterColumns(input), active: input.active })
          .where("id", "=", id)
          .execute();
        await recordAudit(trx, { actorUserId: actor.userId, action: "interpreter.changed", subjectType: "interpreter", subjectId: id, details: { active: input.active } });
      });
    },

    /** One booking of the actor's municipalities, for its change form (the read is logged). */
    async booking(id: string, actor: CaseActor): Promise<Booking> {
      return db.transaction().execute(async (trx) => {
        const row = await accessibleBooking(trx, id, actor);
        const guidanceCase = row.guidance_case_id ? await trx.selectFrom("guidance_cases").select("name").where("id", "=", row.guidance_case_id).executeTakeFirstOrThrow() : undefined;
        await recordAudit(trx, { actorUserId: actor.userId, action: "interpreter.booking-read", subjectType: "interpreter_booking", subjectId: id });
        return {
          id: row.id,
          interpreterId: row.interpreter_id,
          language: row.language,
          startsAt: row.starts_at,
          endsAt: row.ends_at,
          exemptionReason: row.exemption_reason,
          cancelled: row.cancelled_at !== null,
          target: row.guidance_case_id ? { guidanceCaseId: row.guidance_case_id, name: guidanceCase!.name } : { eventId: row.event_id! },
        };
      });
    },

    /** Moves a booking to a new time (checked like a new booking by the caller); a cancelled one answers 409. */
    async reschedule(id: string, change: { startsAt: Date; endsAt: Date; exemptionReason: string | null }, actor: CaseActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await changeableBooking(trx, id, actor);
        await trx.updateTable("interpreter_bookings").set({ starts_at: change.startsAt, ends_at: change.endsAt, exemption_reason: change.exemptionReason }).where("id", "=", id).execute();
        await recordAudit(trx, { actorUserId: actor.userId, action: "interpreter.booking-changed", subjectType: "interpreter_booking", subjectId: id, details: { exemptionUsed: change.exemptionReason !== null } });
      });
    },

    /** Cancels a booking with its reason (kept on the booking; the audit row says only that it was cancelled). */
    async cancel(id: string, reason: string, actor: CaseActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await changeableBooking(trx, id, actor);
        await trx.updateTable("interpreter_bookings").set({ cancelled_at: clock.now(), cancelled_by: actor.userId, cancel_reason: reason }).where("id", "=", id).execute();
        await recordAudit(trx, { actorUserId: actor.userId, action: "interpreter.booking-cancelled", subjectType: "interpreter_booking", subjectId: id });
      });
    },

    /** Interpreters serving the actor's municipalities, or one municipality of theirs (the listing is logged). */
    async list(actor: CaseActor, municipality?: string): Promise<Interpreter[]> {
      const numbers = municipality ? [municipality].filter((n) => actor.municipalities.has(n)) : [...actor.municipalities];
      if (numbers.length === 0) return [];
      return db.transaction().execute(async (trx) => {
        const rows = await serving(trx, numbers).execute();
        for (const row of rows) await recordAudit(trx, { actorUserId: actor.userId, action: "interpreter.listed", subjectType: "interpreter", subjectId: row.id });
        return rows.map(toInterpreter);
      });
    },

    async create(input: InterpreterInput, actor: CaseActor): Promise<string> {
      return db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto("interpreters")
          .values({
            ...interpreterColumns(input),
            created_by: actor.userId,
            created_at: clock.now(),
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await recordAudit(trx, { actorUserId: actor.userId, action: "interpreter.added", subjectType: "interpreter", subjectId: id });
        return id;
      });
    },

    /** The bookings of interpreters serving the actor's municipalities, from `from` on. */
    async bookings(actor: CaseActor, from: Date) {
      const numbers = [...actor.municipalities];
      if (numbers.length === 0) return [];
      return db
        .selectFrom("interpreter_bookings")
        .innerJoin("interpreters", "interpreters.id", "interpreter_bookings.interpreter_id")
        .leftJoin("guidance_cases", "guidance_cases.id", "interpreter_bookings.guidance_case_id")
        .leftJoin("events", "events.id", "interpreter_bookings.event_id")
        .select(["interpreter_bookings.id", "interpreters.name", "interpreter_bookings.language", "interpreter_bookings.starts_at", "interpreter_bookings.ends_at", "interpreter_bookings.exemption_reason", "interpreter_bookings.guidance_case_id", "interpreter_bookings.event_id"])
        .where((eb) => eb.or([eb("guidance_cases.municipality_number", "in", numbers), eb("events.municipality_number", "in", numbers), eb("events.region_id", "in", eb.selectFrom("region_municipalities").select("region_id").where("municipality_number", "in", numbers))]))
        .where("interpreter_bookings.ends_at", ">=", from)
        .where("interpreter_bookings.cancelled_at", "is", null)
        .orderBy("interpreter_bookings.starts_at")
        .limit(200)
        .execute();
    },

    async book(input: BookingInput, actor: CaseActor): Promise<string> {
      return db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto("interpreter_bookings")
          .values({
            interpreter_id: input.interpreterId,
            guidance_case_id: "guidanceCaseId" in input.target ? input.target.guidanceCaseId : null,
            event_id: "eventId" in input.target ? input.target.eventId : null,
            language: input.language,
            starts_at: input.startsAt,
            ends_at: input.endsAt,
            exemption_reason: input.exemptionReason,
            booked_by: actor.userId,
            booked_at: clock.now(),
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        // The reason for using the exemption is in the booking; the audit row says only that it was used.
        await recordAudit(trx, { actorUserId: actor.userId, action: "interpreter.booked", subjectType: "interpreter_booking", subjectId: id, details: { exemptionUsed: input.exemptionReason !== null } });
        return id;
      });
    },

    /** The active interpreters serving these municipalities: the ones a booking may name. */
    bookable: (numbers: readonly string[]) => (numbers.length === 0 ? Promise.resolve([]) : serving(db, numbers).where("active", "=", true).execute().then((rows) => rows.map(toInterpreter))),
  };
}

export type InterpreterRepository = ReturnType<typeof createInterpreterRepository>;

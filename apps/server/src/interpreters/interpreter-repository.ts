import type { Kysely } from "kysely";
import type { InterpreterQualification } from "@velkomst/rules";
import { recordAudit } from "../audit/audit-log.ts";
import type { CaseActor } from "../cases/case-access.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";

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
}

export interface InterpreterInput extends Omit<Interpreter, "id"> {}

export interface BookingInput {
  interpreterId: string;
  target: { guidanceCaseId: string } | { eventId: string };
  language: string;
  startsAt: Date;
  endsAt: Date;
  exemptionReason: string | null;
}

function toInterpreter(row: { id: string; municipality_number: string | null; region_id: string | null; name: string; birth_date: string; languages: string[]; qualification: InterpreterQualification; phone: string; email: string }): Interpreter {
  return {
    id: row.id,
    area: row.municipality_number ? { kind: "municipality", id: row.municipality_number } : { kind: "region", id: row.region_id! },
    name: row.name,
    birthDate: row.birth_date,
    languages: row.languages,
    qualification: row.qualification,
    phone: row.phone,
    email: row.email,
  };
}

/** Interpreter lists per municipality or region, and bookings; every listing of interpreters (names, birth dates) is in the audit log. */
export function createInterpreterRepository(db: Db, clock: Clock) {
  /** The regions whose every municipality the actor works for: they may keep that region's list. */
  async function regionsOf(actor: CaseActor): Promise<string[]> {
    const memberships = await db.selectFrom("region_municipalities").select(["region_id", "municipality_number"]).execute();
    const regions = new Map<string, string[]>();
    for (const m of memberships) regions.set(m.region_id, [...(regions.get(m.region_id) ?? []), m.municipality_number]);
    return [...regions].filter(([, members]) => members.every((n) => actor.municipalities.has(n))).map(([id]) => id);
  }

  /** The interpreters serving any of these municipalities: their own, or of a region they belong to. */
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

  return {
    /** The areas the actor may list interpreters in: their municipalities and whole regions. */
    async areasOf(actor: CaseActor): Promise<InterpreterArea[]> {
      return [...(await regionsOf(actor)).map((id) => ({ kind: "region" as const, id })), ...[...actor.municipalities].sort().map((id) => ({ kind: "municipality" as const, id }))];
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
            municipality_number: input.area.kind === "municipality" ? input.area.id : null,
            region_id: input.area.kind === "region" ? input.area.id : null,
            name: input.name,
            birth_date: input.birthDate,
            languages: JSON.stringify(input.languages),
            qualification: input.qualification,
            phone: input.phone,
            email: input.email,
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

    serving: (numbers: readonly string[]) => (numbers.length === 0 ? Promise.resolve([]) : serving(db, numbers).execute().then((rows) => rows.map(toInterpreter))),
  };
}

export type InterpreterRepository = ReturnType<typeof createInterpreterRepository>;

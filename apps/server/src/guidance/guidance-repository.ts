import { sql, type Kysely } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import type { CaseActor } from "../cases/case-access.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { caseWithCoordinator, guidanceCaseData } from "./guidance-data.ts";
import type { EnquirySource, GuidanceOutcome, GuidanceStatus } from "./guidance-tables.ts";

type Db = Kysely<DatabaseSchema>;

/** An enquiry as any module hands it in; it waits in the municipality's queue until a coordinator takes it. */
export interface EnquiryInput {
  municipality: string;
  source: EnquirySource;
  name: string;
  /** A phone number or e-mail address; empty when the person gave none. */
  contact: string;
  /** The language the person needs (BCP 47). */
  language: string;
  question: string;
  /** The arrival-plan questionnaire's answers (see plans/plan-form.ts), when known. */
  planAnswers?: Record<string, string>;
  /** The staff member who registered it (a walk-in), or null from the public or another module. */
  createdBy?: string | null;
  /** Where a public form came from, counted for its rate limit. */
  ip?: string | null;
}

export const enquiryAction = "guidance.enquiry-received";

/**
 * Puts an enquiry in the municipality's guidance queue, in the caller's transaction if given. The
 * one way in for every source: the public form, walk-ins and other modules (an employer's notice of
 * incoming workers). The audit row holds only the source, never what the person wrote.
 */
export async function receiveEnquiry(db: Db, clock: Clock, input: EnquiryInput): Promise<string> {
  const { id } = await db
    .insertInto("guidance_cases")
    .values({
      municipality_number: input.municipality,
      source: input.source,
      name: input.name,
      contact: input.contact,
      language: input.language,
      question: input.question,
      plan_answers: JSON.stringify(input.planAnswers ?? {}),
      received_at: clock.now(),
      created_by: input.createdBy ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit(db, { actorUserId: input.createdBy ?? null, action: enquiryAction, subjectType: "guidance_case", subjectId: id, details: { source: input.source }, ip: input.ip ?? null, at: clock.now() });
  return id;
}

export interface QueueEntry {
  id: string;
  municipality: string;
  source: EnquirySource;
  name: string;
  language: string;
  status: GuidanceStatus;
  receivedAt: Date;
  nextMeetingStartsAt: Date | null;
  outcome: GuidanceOutcome | null;
}

export interface GuidanceCase extends QueueEntry {
  contact: string;
  question: string;
  planAnswers: Record<string, string>;
  coordinatorName: string | null;
  nextMeetingEndsAt: Date | null;
  nextMeetingPlace: string | null;
  outcomeNote: string | null;
  closedAt: Date | null;
  notes: Array<{ id: string; at: Date; authorName: string; text: string }>;
  referrals: Array<{ id: string; serviceId: string; serviceName: string; at: Date; note: string }>;
}

const closedShown = 50;

/** Guidance cases for the coordinators of the municipality; every read of personal data lands in the audit log. */
export function createGuidanceRepository(db: Db, clock: Clock) {
  const audit = (executor: Db, actor: CaseActor, action: string, subjectId: string, details: Record<string, unknown> = {}) =>
    recordAudit(executor, { actorUserId: actor.userId, action, subjectType: "guidance_case", subjectId, details });

  /** The case's municipality and status if the actor works there; else 404, so a case elsewhere is not revealed. */
  async function accessible(executor: Db, id: string, actor: CaseActor) {
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await executor.selectFrom("guidance_cases").select(["municipality_number", "status", "name"]).where("id", "=", id).executeTakeFirst() : undefined;
    if (!row || !actor.municipalities.has(row.municipality_number)) throw new NotFoundError("guidance case", id);
    return row;
  }

  async function changeable(executor: Db, id: string, actor: CaseActor) {
    const row = await accessible(executor, id, actor);
    if (row.status === "closed") throw new InvalidInputError([{ path: "form", code: "closed", message: "the case is closed" }], 409);
    return row;
  }

  return {
    accessible: (id: string, actor: CaseActor) => accessible(db, id, actor),

    /** New and open cases, and the latest closed ones, of the actor's municipalities (the listing is logged). */
    async queue(actor: CaseActor): Promise<Record<GuidanceStatus, QueueEntry[]>> {
      const numbers = [...actor.municipalities];
      const empty = { new: [], open: [], closed: [] };
      if (numbers.length === 0) return empty;
      return db.transaction().execute(async (trx) => {
        const base = trx
          .selectFrom("guidance_cases")
          .select(["id", "municipality_number", "source", "name", "language", "status", "received_at", "next_meeting_starts_at", "outcome", "closed_at"])
          .where("municipality_number", "in", numbers);
        const [active, closed] = await Promise.all([
          base.where("status", "in", ["new", "open"]).orderBy("received_at").execute(),
          base.where("status", "=", "closed").orderBy("closed_at", "desc").limit(closedShown).execute(),
        ]);
        const rows = [...active, ...closed];
        for (const row of rows) await audit(trx, actor, "guidance.listed", row.id);
        const entries = rows.map(
          (r): QueueEntry => ({ id: r.id, municipality: r.municipality_number, source: r.source, name: r.name, language: r.language, status: r.status, receivedAt: r.received_at, nextMeetingStartsAt: r.next_meeting_starts_at, outcome: r.outcome }),
        );
        return { new: entries.filter((e) => e.status === "new"), open: entries.filter((e) => e.status === "open"), closed: entries.filter((e) => e.status === "closed") };
      });
    },

    /** The whole case with its notes and referrals (the read is logged). */
    async read(id: string, actor: CaseActor): Promise<GuidanceCase> {
      return db.transaction().execute(async (trx) => {
        await accessible(trx, id, actor);
        const row = await caseWithCoordinator(trx, id);
        const notes = await trx.selectFrom("guidance_notes").select(["id", "at", "author_name", "text"]).where("case_id", "=", id).orderBy("at").execute();
        const referrals = await trx
          .selectFrom("guidance_referrals")
          .innerJoin("directory_services", "directory_services.id", "guidance_referrals.service_id")
          .select(["guidance_referrals.id", "guidance_referrals.service_id", "directory_services.name", "guidance_referrals.at", "guidance_referrals.note"])
          .where("case_id", "=", id)
          .orderBy("guidance_referrals.at")
          .execute();
        await audit(trx, actor, "guidance.read", id);
        return {
          id: row.id,
          municipality: row.municipality_number,
          source: row.source,
          name: row.name,
          language: row.language,
          status: row.status,
          receivedAt: row.received_at,
          nextMeetingStartsAt: row.next_meeting_starts_at,
          nextMeetingEndsAt: row.next_meeting_ends_at,
          nextMeetingPlace: row.next_meeting_place,
          outcome: row.outcome,
          outcomeNote: row.outcome_note,
          closedAt: row.closed_at,
          contact: row.contact,
          question: row.question,
          planAnswers: row.plan_answers,
          coordinatorName: row.coordinator_name,
          notes: notes.map((n) => ({ id: n.id, at: n.at, authorName: n.author_name, text: n.text })),
          referrals: referrals.map((r) => ({ id: r.id, serviceId: r.service_id, serviceName: r.name, at: r.at, note: r.note })),
        };
      });
    },

    /** Everything stored about the person of the case (`guidanceCaseData`); the export is logged first, so it is in the file too. */
    async export(id: string, actor: CaseActor) {
      return db.transaction().execute(async (trx) => {
        await accessible(trx, id, actor);
        await audit(trx, actor, "guidance.exported", id);
        return guidanceCaseData(trx, id);
      });
    },

    /** A walk-in: registered by the coordinator and opened at once with them as its coordinator. */
    async registerWalkIn(input: Omit<EnquiryInput, "source" | "createdBy" | "ip">, actor: CaseActor): Promise<string> {
      return db.transaction().execute(async (trx) => {
        const id = await receiveEnquiry(trx, clock, { ...input, source: "walk-in", createdBy: actor.userId });
        await trx.updateTable("guidance_cases").set({ status: "open", coordinator_id: actor.userId, taken_at: clock.now() }).where("id", "=", id).execute();
        return id;
      });
    },

    /** The coordinator takes an enquiry from the queue: it becomes their guidance case. */
    async take(id: string, actor: CaseActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await changeable(trx, id, actor);
        await trx.updateTable("guidance_cases").set({ status: "open", coordinator_id: actor.userId, taken_at: clock.now() }).where("id", "=", id).execute();
        await audit(trx, actor, "guidance.taken", id);
      });
    },

    async setPlanAnswers(id: string, answers: Record<string, string>, actor: CaseActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await changeable(trx, id, actor);
        await trx.updateTable("guidance_cases").set({ plan_answers: JSON.stringify(answers) }).where("id", "=", id).execute();
        await audit(trx, actor, "guidance.plan-changed", id);
      });
    },

    async addNote(id: string, text: string, actor: CaseActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await changeable(trx, id, actor);
        await trx.insertInto("guidance_notes").values({ case_id: id, at: clock.now(), author_id: actor.userId, author_name: actor.name, text }).execute();
        await audit(trx, actor, "guidance.note-added", id);
      });
    },

    async setMeeting(id: string, meeting: { startsAt: Date; endsAt: Date; place: string }, actor: CaseActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await changeable(trx, id, actor);
        await trx
          .updateTable("guidance_cases")
          .set({ next_meeting_starts_at: meeting.startsAt, next_meeting_ends_at: meeting.endsAt, next_meeting_place: meeting.place || null })
          .where("id", "=", id)
          .execute();
        await audit(trx, actor, "guidance.meeting-set", id);
      });
    },

    /** Refers the person to a service of the directory; the caller checks that the service serves the case's municipality. */
    async refer(id: string, serviceId: string, note: string, actor: CaseActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await changeable(trx, id, actor);
        await trx
          .insertInto("guidance_referrals")
          .values({ case_id: id, service_id: serviceId, at: clock.now(), referred_by: actor.userId, note })
          .onConflict((oc) => oc.columns(["case_id", "service_id"]).doUpdateSet({ note }))
          .execute();
        await audit(trx, actor, "guidance.referred", id, { serviceId });
      });
    },

    async close(id: string, outcome: GuidanceOutcome, note: string, actor: CaseActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await changeable(trx, id, actor);
        // A case closed straight from the queue gets the closer as its coordinator.
        await trx.updateTable("guidance_cases").set({ status: "closed", outcome, outcome_note: note || null, closed_at: clock.now(), coordinator_id: sql<string>`coalesce(coordinator_id, ${actor.userId}::uuid)` }).where("id", "=", id).execute();
        await audit(trx, actor, "guidance.closed", id, { outcome });
      });
    },
  };
}

export type GuidanceRepository = ReturnType<typeof createGuidanceRepository>;

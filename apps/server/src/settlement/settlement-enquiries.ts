import type { Kysely, Transaction } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { DomainError, ForbiddenError, InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { requireMunicipality, requireNational, type SettlementActor } from "./settlement-access.ts";
import { lockYear, type Amounts } from "./settlement-cycle.ts";
import { settlementContacts, type EnquiryNotifier } from "./settlement-enquiry-mail.ts";
import type { HouseholdSummary, SettlementHouseholds } from "./settlement-households.ts";
import type { ProposalExplanation } from "./settlement-runs.ts";

type Db = Kysely<DatabaseSchema>;
type Trx = Transaction<DatabaseSchema>;

export const minimumReasonLength = 3;

/** What a municipality keeps of a household it refused or that was settled elsewhere: the reference, no personal data. */
export interface HouseholdReference {
  id: string;
  reference: string;
  accessEnded: true;
}

export interface Enquiry {
  id: string;
  year: number;
  municipality: { number: string; name: string };
  household: HouseholdSummary | HouseholdReference;
  sentAt: Date;
  overridden: boolean;
  answer: { answer: "accepted" | "refused"; reason: string | null; at: Date } | null;
}

function reasonProblem(reason: string | undefined, path = "reason") {
  return !reason || reason.trim().length < minimumReasonLength
    ? [{ path, code: "reasonRequired", params: { limit: minimumReasonLength }, message: `give a reason of at least ${minimumReasonLength} characters` }]
    : [];
}

class ConflictError extends DomainError {
  constructor(message: string) {
    super(409, "conflict", message);
  }
}

/** IMDi corrected the household after the run that proposed it: the proposal rests on old data. */
function correctedSince(trx: Db, householdIds: readonly string[], since: Date) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom("audit_log")
    .select("subject_id")
    .distinct()
    .where("subject_type", "=", "settlement-household")
    .where("action", "=", "settlement.household.corrected")
    .where("subject_id", "in", householdIds)
    .where("at", ">", since)
    .execute();
}

/**
 * Enquiries are e-mailed to the municipality once they are committed (`notify`, which logs its own
 * failures): a mail that cannot be sent never undoes an enquiry.
 */
export function createSettlementEnquiries(db: Db, households: SettlementHouseholds, notify: EnquiryNotifier) {
  async function loadProposal(id: string) {
    const row = await db
      .selectFrom("settlement_proposals as p")
      .innerJoin("settlement_runs as r", "r.id", "p.run_id")
      .select(["p.id", "p.household_id", "p.municipality_number", "p.explanation", "r.year", "r.started_at"])
      .where("p.id", "=", id)
      .executeTakeFirst();
    if (!row) throw new NotFoundError("proposal", id);
    return { ...row, explanation: row.explanation as ProposalExplanation };
  }

  /** Refuses work on a household that is settled or has an enquiry waiting for an answer. */
  async function assertAvailable(trx: Db, householdId: string): Promise<void> {
    await trx.selectFrom("settlement_households").select("id").where("id", "=", householdId).forUpdate().executeTakeFirstOrThrow();
    const placed = await trx.selectFrom("settlement_placements").select("household_id").where("household_id", "=", householdId).executeTakeFirst();
    if (placed) throw new ConflictError("the household is already settled");
    const open = await trx
      .selectFrom("settlement_enquiries as e")
      .leftJoin("settlement_answers as a", "a.enquiry_id", "e.id")
      .select("e.id")
      .where("e.household_id", "=", householdId)
      .where("a.enquiry_id", "is", null)
      .executeTakeFirst();
    if (open) throw new ConflictError("the household already has an enquiry waiting for an answer");
  }

  /** Decided minus enquired (open) minus settled, in one municipality and year, read inside the year's lock. */
  async function remaining(trx: Db, year: number, municipality: string): Promise<Amounts | null> {
    const decision = await trx
      .selectFrom("settlement_decisions")
      .select(["persons", "unaccompanied_minors", "wheelchair_homes"])
      .where("year", "=", year)
      .where("municipality_number", "=", municipality)
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst();
    if (!decision) return null;
    const used = await trx
      .selectFrom("settlement_enquiries as e")
      .leftJoin("settlement_answers as a", "a.enquiry_id", "e.id")
      .select((eb) => [
        eb.fn.coalesce(eb.fn.sum<number>("e.persons"), eb.lit(0)).as("persons"),
        eb.fn.coalesce(eb.fn.sum<number>("e.unaccompanied_minors"), eb.lit(0)).as("minors"),
        eb.fn.coalesce(eb.fn.sum<number>("e.wheelchair_homes"), eb.lit(0)).as("wheelchair"),
      ])
      .where("e.year", "=", year)
      .where("e.municipality_number", "=", municipality)
      // Open enquiries and accepted ones (settled) use capacity; refused ones give it back.
      .where((eb) => eb.or([eb("a.enquiry_id", "is", null), eb("a.answer", "=", "accepted")]))
      .executeTakeFirstOrThrow();
    return {
      persons: decision.persons - Number(used.persons),
      unaccompaniedMinors: decision.unaccompanied_minors - Number(used.minors),
      wheelchairHomes: decision.wheelchair_homes - Number(used.wheelchair),
    };
  }

  function effectiveMunicipality(trx: Db, proposal: { id: string; municipality_number: string | null }) {
    return trx
      .selectFrom("settlement_overrides")
      .select(["id", "municipality_number"])
      .where("proposal_id", "=", proposal.id)
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirst()
      .then((override) => ({ municipality: override?.municipality_number ?? proposal.municipality_number, overrideId: override?.id ?? null }));
  }

  async function insertEnquiry(trx: Trx, actor: SettlementActor, proposal: Awaited<ReturnType<typeof loadProposal>>): Promise<string> {
    await assertAvailable(trx, proposal.household_id);
    if ((await correctedSince(trx, [proposal.household_id], proposal.started_at)).length > 0) {
      throw new InvalidInputError([{ path: "household", code: "changedSinceRun", message: "the household was corrected after this run; run the matching again" }]);
    }
    const { municipality, overrideId } = await effectiveMunicipality(trx, proposal);
    if (!municipality) throw new InvalidInputError([{ path: "municipality", code: "noMunicipality", message: "the proposal has no municipality; override it with a candidate first" }]);
    const refused = await trx
      .selectFrom("settlement_enquiries as e")
      .innerJoin("settlement_answers as a", "a.enquiry_id", "e.id")
      .select("e.id")
      .where("e.household_id", "=", proposal.household_id)
      .where("e.municipality_number", "=", municipality)
      .where("a.answer", "=", "refused")
      .executeTakeFirst();
    if (refused) throw new InvalidInputError([{ path: "municipality", code: "refusedBefore", message: "this municipality has refused the household before" }]);
    const use = proposal.explanation.use;
    const left = await remaining(trx, proposal.year, municipality);
    if (!left || left.persons < use.persons || left.unaccompaniedMinors < use.unaccompaniedMinors || left.wheelchairHomes < use.wheelchairHomes) {
      throw new InvalidInputError([{ path: "municipality", code: "noRoom", message: "the municipality has no capacity left for this household this year" }]);
    }
    const enquiry = await trx
      .insertInto("settlement_enquiries")
      .values({
        year: proposal.year,
        household_id: proposal.household_id,
        municipality_number: municipality,
        proposal_id: proposal.id,
        override_id: overrideId,
        persons: use.persons,
        unaccompanied_minors: use.unaccompaniedMinors,
        wheelchair_homes: use.wheelchairHomes,
        sent_by: actor.viewer.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: actor.viewer.id,
      action: "settlement.enquiry.sent",
      subjectType: "settlement-household",
      subjectId: proposal.household_id,
      details: { enquiry: enquiry.id, municipality, proposal: proposal.id, overridden: overrideId !== null },
      ip: actor.ip,
    });
    return enquiry.id;
  }

  async function findRun(runId: string): Promise<{ year: number; startedAt: Date }> {
    const run = await db.selectFrom("settlement_runs").select(["year", "started_at"]).where("id", "=", runId).executeTakeFirst();
    if (!run) throw new NotFoundError("settlement run", runId);
    return { year: run.year, startedAt: run.started_at };
  }

  /**
   * The enquiries "send all" would make for a run: every proposal with a municipality that can
   * still be sent (household free and unchanged since the run, municipality not refused before,
   * capacity left), in the order households became ready, and how many are skipped.
   */
  async function planSendAll(trx: Db, runId: string, run: { year: number; startedAt: Date }, sentBy: string) {
    const year = run.year;
    const [proposals, overrides, busy, refusals, decisions, usedRows] = await Promise.all([
      trx
        .selectFrom("settlement_proposals as p")
        .innerJoin("settlement_households as h", "h.id", "p.household_id")
        .select(["p.id", "p.household_id", "p.municipality_number", "p.explanation"])
        .where("p.run_id", "=", runId)
        .where((eb) => eb.not(eb.exists(eb.selectFrom("settlement_enquiries as e").select("e.id").whereRef("e.proposal_id", "=", "p.id"))))
        .orderBy("h.ready_on")
        .orderBy("h.reference")
        .execute(),
      trx
        .selectFrom("settlement_overrides as o")
        .innerJoin("settlement_proposals as p", "p.id", "o.proposal_id")
        .select(["o.id", "o.proposal_id", "o.municipality_number"])
        .where("p.run_id", "=", runId)
        .orderBy("o.id")
        .execute(),
      trx
        .selectFrom("settlement_enquiries as e")
        .leftJoin("settlement_answers as a", "a.enquiry_id", "e.id")
        .select("e.household_id")
        .where((eb) => eb.or([eb("a.enquiry_id", "is", null), eb("a.answer", "=", "accepted")]))
        .execute(),
      trx
        .selectFrom("settlement_enquiries as e")
        .innerJoin("settlement_answers as a", "a.enquiry_id", "e.id")
        .select(["e.household_id", "e.municipality_number"])
        .where("a.answer", "=", "refused")
        .execute(),
      trx
        .selectFrom("settlement_decisions")
        .select(["municipality_number", "persons", "unaccompanied_minors", "wheelchair_homes"])
        .where("year", "=", year)
        .distinctOn("municipality_number")
        .orderBy("municipality_number")
        .orderBy("id", "desc")
        .execute(),
      trx
        .selectFrom("settlement_enquiries as e")
        .leftJoin("settlement_answers as a", "a.enquiry_id", "e.id")
        .where("e.year", "=", year)
        .where((eb) => eb.or([eb("a.enquiry_id", "is", null), eb("a.answer", "=", "accepted")]))
        .groupBy("e.municipality_number")
        .select((eb) => [
          "e.municipality_number",
          eb.fn.sum<number>("e.persons").as("persons"),
          eb.fn.sum<number>("e.unaccompanied_minors").as("minors"),
          eb.fn.sum<number>("e.wheelchair_homes").as("wheelchair"),
        ])
        .execute(),
    ]);
    const overrideOf = new Map(overrides.map((o) => [o.proposal_id, o]));
    const unavailable = new Set(busy.map((b) => b.household_id));
    for (const c of await correctedSince(trx, [...new Set(proposals.map((p) => p.household_id))], run.startedAt)) unavailable.add(c.subject_id);
    const refused = new Set(refusals.map((r) => `${r.household_id}:${r.municipality_number}`));
    const usedOf = new Map(usedRows.map((u) => [u.municipality_number, u]));
    const left = new Map(
      decisions.map((d) => {
        const u = usedOf.get(d.municipality_number);
        return [
          d.municipality_number,
          {
            persons: d.persons - Number(u?.persons ?? 0),
            unaccompaniedMinors: d.unaccompanied_minors - Number(u?.minors ?? 0),
            wheelchairHomes: d.wheelchair_homes - Number(u?.wheelchair ?? 0),
          },
        ];
      }),
    );
    const rows = [];
    let skipped = 0;
    for (const proposal of proposals) {
      const override = overrideOf.get(proposal.id);
      const municipality = override?.municipality_number ?? proposal.municipality_number;
      if (!municipality) continue;
      const use = (proposal.explanation as ProposalExplanation).use;
      const room = left.get(municipality);
      if (
        unavailable.has(proposal.household_id) ||
        refused.has(`${proposal.household_id}:${municipality}`) ||
        !room ||
        room.persons < use.persons ||
        room.unaccompaniedMinors < use.unaccompaniedMinors ||
        room.wheelchairHomes < use.wheelchairHomes
      ) {
        skipped++;
        continue;
      }
      room.persons -= use.persons;
      room.unaccompaniedMinors -= use.unaccompaniedMinors;
      room.wheelchairHomes -= use.wheelchairHomes;
      unavailable.add(proposal.household_id);
      rows.push({
        year,
        household_id: proposal.household_id,
        municipality_number: municipality,
        proposal_id: proposal.id,
        override_id: override?.id ?? null,
        persons: use.persons,
        unaccompanied_minors: use.unaccompaniedMinors,
        wheelchair_homes: use.wheelchairHomes,
        sent_by: sentBy,
      });
    }
    return { rows, skipped };
  }

  return {
    /** A case worker chooses another candidate than the optimizer proposed; the reason is mandatory and audited. */
    async override(actor: SettlementActor, proposalId: string, input: { municipality: string; reason: string }): Promise<void> {
      requireNational(actor);
      const proposal = await loadProposal(proposalId);
      const problems = [
        ...reasonProblem(input.reason),
        ...(proposal.explanation.candidates.some((c) => c.municipality === input.municipality)
          ? []
          : [{ path: "municipality", code: "notCandidate", message: "choose one of the household's candidate municipalities" }]),
      ];
      if (problems.length > 0) throw new InvalidInputError(problems);
      await db.transaction().execute(async (trx) => {
        await assertAvailable(trx, proposal.household_id);
        const before = await effectiveMunicipality(trx, proposal);
        await trx
          .insertInto("settlement_overrides")
          .values({ proposal_id: proposalId, municipality_number: input.municipality, reason: input.reason.trim(), overridden_by: actor.viewer.id })
          .execute();
        await recordAudit(trx, {
          actorUserId: actor.viewer.id,
          action: "settlement.proposal.overridden",
          subjectType: "settlement-household",
          subjectId: proposal.household_id,
          details: { proposal: proposalId, from: before.municipality, to: input.municipality, reason: input.reason.trim() },
          ip: actor.ip,
        });
      });
    },

    async sendEnquiry(actor: SettlementActor, proposalId: string): Promise<string> {
      requireNational(actor);
      const proposal = await loadProposal(proposalId);
      const id = await db.transaction().execute(async (trx) => {
        await lockYear(trx, proposal.year);
        return insertEnquiry(trx, actor, proposal);
      });
      await notify([id]);
      return id;
    },

    /** What "send all" would do now, for the confirmation: enquiries, municipalities, persons, e-mails, and proposals skipped. */
    async previewSendAll(actor: SettlementActor, runId: string): Promise<{ enquiries: number; municipalities: number; persons: number; emails: number; skipped: number }> {
      requireNational(actor);
      const run = await findRun(runId);
      const { rows, skipped } = await planSendAll(db, runId, run, actor.viewer.id);
      const municipalities = [...new Set(rows.map((r) => r.municipality_number))];
      const contacts = await settlementContacts(db, municipalities);
      return {
        enquiries: rows.length,
        municipalities: municipalities.length,
        persons: rows.reduce((sum, r) => sum + r.persons, 0),
        emails: [...contacts.values()].reduce((sum, list) => sum + list.length, 0),
        skipped,
      };
    },

    /** Sends an enquiry for every proposal of a run that can still be sent (see `planSendAll`), all in one transaction. */
    async sendAll(actor: SettlementActor, runId: string): Promise<{ sent: number; skipped: number }> {
      requireNational(actor);
      const run = await findRun(runId);
      const result = await db.transaction().execute(async (trx) => {
        await lockYear(trx, run.year);
        const { rows, skipped } = await planSendAll(trx, runId, run, actor.viewer.id);
        const sent: string[] = [];
        for (let i = 0; i < rows.length; i += 500) {
          const batch = rows.slice(i, i + 500);
          const inserted = await trx.insertInto("settlement_enquiries").values(batch).returning(["id", "household_id", "municipality_number", "proposal_id", "override_id"]).execute();
          sent.push(...inserted.map((e) => e.id));
          await trx
            .insertInto("audit_log")
            .values(
              inserted.map((e) => ({
                actor_user_id: actor.viewer.id,
                action: "settlement.enquiry.sent",
                subject_type: "settlement-household",
                subject_id: e.household_id,
                details: JSON.stringify({ enquiry: e.id, municipality: e.municipality_number, proposal: e.proposal_id, overridden: e.override_id !== null, batch: runId }),
                ip: actor.ip,
              })),
            )
            .execute();
        }
        return { sent, skipped };
      });
      await notify(result.sent);
      return { sent: result.sent.length, skipped: result.skipped };
    },

    /** The municipality's answer. Accepted becomes IMDi's decision (settled); refused returns the household to the next run. */
    async answer(actor: SettlementActor, enquiryId: string, input: { answer: "accepted" | "refused"; reason?: string }): Promise<void> {
      const enquiry = await db.selectFrom("settlement_enquiries").selectAll().where("id", "=", enquiryId).executeTakeFirst();
      if (!enquiry) throw new NotFoundError("enquiry", enquiryId);
      if (!actor.national && !actor.municipalities.has(enquiry.municipality_number)) {
        // Another municipality's enquiry: refuse without telling more.
        throw new ForbiddenError("you can only answer enquiries to the municipality you administer");
      }
      requireMunicipality(actor, enquiry.municipality_number);
      if (input.answer === "refused") {
        const problems = reasonProblem(input.reason);
        if (problems.length > 0) throw new InvalidInputError(problems);
      }
      const reason = input.reason?.trim() || null;
      await db.transaction().execute(async (trx) => {
        await lockYear(trx, enquiry.year);
        const answered = await trx.selectFrom("settlement_answers").select("enquiry_id").where("enquiry_id", "=", enquiryId).executeTakeFirst();
        if (answered) throw new ConflictError("the enquiry is already answered");
        await trx.insertInto("settlement_answers").values({ enquiry_id: enquiryId, answer: input.answer, reason, answered_by: actor.viewer.id }).execute();
        await recordAudit(trx, {
          actorUserId: actor.viewer.id,
          action: `settlement.enquiry.${input.answer}`,
          subjectType: "settlement-household",
          subjectId: enquiry.household_id,
          details: { enquiry: enquiryId, municipality: enquiry.municipality_number, reason },
          ip: actor.ip,
        });
        if (input.answer === "accepted") {
          await trx
            .insertInto("settlement_placements")
            .values({ household_id: enquiry.household_id, year: enquiry.year, municipality_number: enquiry.municipality_number, enquiry_id: enquiryId, decided_by: actor.viewer.id })
            .execute();
          await recordAudit(trx, {
            actorUserId: actor.viewer.id,
            action: "settlement.settled",
            subjectType: "settlement-household",
            subjectId: enquiry.household_id,
            details: { year: enquiry.year, municipality: enquiry.municipality_number, basis: "accepted enquiry", enquiry: enquiryId },
            ip: actor.ip,
          });
        }
      });
    },

    /** Enquiries to the actor's own municipalities that wait for their answer, and the year of the oldest (for a link). */
    async awaitingAnswer(actor: SettlementActor): Promise<{ count: number; year: number | null }> {
      const numbers = [...actor.municipalities];
      if (numbers.length === 0) return { count: 0, year: null };
      const rows = await db
        .selectFrom("settlement_enquiries as e")
        .leftJoin("settlement_answers as a", "a.enquiry_id", "e.id")
        .select("e.year")
        .where("e.municipality_number", "in", numbers)
        .where("a.enquiry_id", "is", null)
        .orderBy("e.sent_at")
        .execute();
      return { count: rows.length, year: rows[0]?.year ?? null };
    },

    /** Enquiries of a year the actor may see: all for IMDi, their own municipalities' for a municipality-admin. */
    async list(actor: SettlementActor, year: number, options: { openOnly?: boolean } = {}): Promise<Enquiry[]> {
      let query = db
        .selectFrom("settlement_enquiries as e")
        .innerJoin("municipalities as m", "m.number", "e.municipality_number")
        .innerJoin("settlement_households as h", "h.id", "e.household_id")
        .leftJoin("settlement_answers as a", "a.enquiry_id", "e.id")
        .select(["e.id", "e.year", "e.household_id", "h.reference", "e.municipality_number", "m.name", "e.sent_at", "e.override_id", "a.answer", "a.reason", "a.answered_at"])
        .where("e.year", "=", year)
        .orderBy("e.sent_at", "desc")
        .orderBy("e.id");
      if (!actor.national) {
        const numbers = [...actor.municipalities];
        if (numbers.length === 0) return [];
        query = query.where("e.municipality_number", "in", numbers);
      }
      if (options.openOnly) query = query.where("a.enquiry_id", "is", null);
      const rows = await query.execute();
      const summaries = new Map((await households.list(actor)).map((h) => [h.id, h]));
      return rows.flatMap((row) => {
        const household = summaries.get(row.household_id) ?? { id: row.household_id, reference: row.reference, accessEnded: true as const };
        return [
          {
            id: row.id,
            year: row.year,
            municipality: { number: row.municipality_number, name: row.name },
            household,
            sentAt: row.sent_at,
            overridden: row.override_id !== null,
            answer: row.answer && row.answered_at ? { answer: row.answer, reason: row.reason, at: row.answered_at } : null,
          },
        ];
      });
    },
  };
}

export type SettlementEnquiries = ReturnType<typeof createSettlementEnquiries>;

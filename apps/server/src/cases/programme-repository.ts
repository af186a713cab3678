import type { Kysely, Transaction } from "kysely";
import type { Language, ProgrammeGoal } from "@velkomst/rules";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { InvalidInputError } from "../platform/domain-errors.ts";
import type { CaseActor } from "./case-access.ts";
import type { CaseParticipantsTable, DecisionKind, ExitOutcome, FollowUpOutcome, PlanElement } from "./cases-tables.ts";
import type { ParticipantAccessLog } from "./participant-repository.ts";
import { benefitMonthFor, programmeStatus, type Decision, type ParticipantFacts, type Phase, type ProgrammeStatus } from "./programme-status.ts";
import type { Selectable } from "kysely";

type Db = Kysely<DatabaseSchema>;
type Executor = Db | Transaction<DatabaseSchema>;

export interface PlanInput {
  goal: ProgrammeGoal;
  goalText: string;
  reason: string;
  validFrom: string;
  /** The elements demand much own work, so 30 hours a week is full time. */
  ownActivity: boolean;
  /** Minutes a week per element; elements left out are not in the plan. */
  elements: Partial<Record<PlanElement, number>>;
}

export interface DecisionInput {
  kind: DecisionKind;
  decidedOn: string;
  fromDate: string;
  toDate?: string;
  note: string;
}

export interface WeekInput {
  weekStart: string;
  minutes: Partial<Record<PlanElement, number>>;
  absence?: { onDate: string; minutes: number; valid: boolean; reason: string };
}

export interface ExitInput {
  outcome: ExitOutcome;
  exitDate: string;
  followUp1?: FollowUpOutcome;
  followUp12?: FollowUpOutcome;
}

export interface PlanVersion {
  version: number;
  goal: ProgrammeGoal;
  goalText: string;
  reason: string;
  validFrom: string;
  ownActivity: boolean;
  createdAt: Date;
  elements: Array<{ element: PlanElement; minutesPerWeek: number }>;
}

export interface ListedParticipant {
  id: string;
  name: string;
  municipality: string;
  phase: Phase;
  warning: ProgrammeStatus["warning"];
  frameEnd: string | null;
}

export function factsOf(row: Pick<Selectable<CaseParticipantsTable>, "birth_date" | "residence_basis" | "education" | "arrival_date" | "settlement_date" | "residence_from" | "lives_with_parents" | "children_birth_dates" | "created_at">): ParticipantFacts {
  return {
    birthDate: row.birth_date,
    residenceBasis: row.residence_basis,
    education: row.education,
    arrivalDate: row.arrival_date,
    settlementDate: row.settlement_date,
    residenceFrom: row.residence_from,
    livesWithParents: row.lives_with_parents,
    childrenBirthDates: row.children_birth_dates,
    createdOn: row.created_at.toISOString().slice(0, 10),
  };
}

const factColumns = ["birth_date", "residence_basis", "education", "arrival_date", "settlement_date", "residence_from", "lives_with_parents", "children_birth_dates", "created_at"] as const;

const fieldError = (path: string, code: string, message: string, params?: Record<string, string | number>) => new InvalidInputError([{ path, code, message, ...(params ? { params } : {}) }], 422);

/** The introduction programme of participants: plan versions, decisions, attendance, absence, exit and the benefit month. */
export function createProgrammeRepository(db: Db, clock: Clock, log: ParticipantAccessLog) {
  async function decisionsOf(executor: Executor, participantIds: readonly string[]): Promise<Map<string, Decision[]>> {
    const byParticipant = new Map<string, Decision[]>();
    if (participantIds.length === 0) return byParticipant;
    const rows = await executor.selectFrom("case_decisions").select(["participant_id", "kind", "from_date", "to_date"]).where("participant_id", "in", participantIds).orderBy("from_date").execute();
    for (const row of rows) {
      const list = byParticipant.get(row.participant_id) ?? [];
      list.push({ kind: row.kind, fromDate: row.from_date, toDate: row.to_date });
      byParticipant.set(row.participant_id, list);
    }
    return byParticipant;
  }

  /** The goal of each participant's newest plan version. */
  async function goalsOf(executor: Executor, participantIds: readonly string[]): Promise<Map<string, ProgrammeGoal>> {
    if (participantIds.length === 0) return new Map();
    const rows = await executor
      .selectFrom("case_plan_versions")
      .select(["participant_id", "goal", "version"])
      .where("participant_id", "in", participantIds)
      .orderBy("participant_id")
      .orderBy("version")
      .execute();
    return new Map(rows.map((row) => [row.participant_id, row.goal]));
  }

  async function exitsOf(executor: Executor, participantIds: readonly string[]): Promise<Set<string>> {
    if (participantIds.length === 0) return new Set();
    const rows = await executor.selectFrom("case_exits").select("participant_id").where("participant_id", "in", participantIds).execute();
    return new Set(rows.map((row) => row.participant_id));
  }

  async function planVersions(executor: Executor, participantId: string): Promise<PlanVersion[]> {
    const versions = await executor.selectFrom("case_plan_versions").selectAll().where("participant_id", "=", participantId).orderBy("version", "desc").execute();
    if (versions.length === 0) return [];
    const elements = await executor.selectFrom("case_plan_elements").selectAll().where("plan_version_id", "in", versions.map((v) => v.id)).execute();
    return versions.map((v) => ({
      version: v.version,
      goal: v.goal,
      goalText: v.goal_text,
      reason: v.reason,
      validFrom: v.valid_from,
      ownActivity: v.own_activity,
      createdAt: v.created_at,
      elements: elements.filter((e) => e.plan_version_id === v.id).map((e) => ({ element: e.element, minutesPerWeek: e.minutes_per_week })),
    }));
  }

  async function startOf(executor: Executor, participantId: string): Promise<string | undefined> {
    return (await executor.selectFrom("case_decisions").select("from_date").where("participant_id", "=", participantId).where("kind", "=", "start").executeTakeFirst())?.from_date;
  }

  return {
    /**
     * The adviser's list: their municipalities' participants with phase and warning, warnings first,
     * then by name; narrowed by a name search and a phase. Each participant listed is logged.
     */
    async list(actor: CaseActor, filter: { name?: string; phase?: Phase }, language: Language, limit = 500): Promise<ListedParticipant[]> {
      const municipalities = [...actor.municipalities];
      if (municipalities.length === 0) return [];
      const today = clock.today();
      return db.transaction().execute(async (trx) => {
        let query = trx.selectFrom("case_participants").select(["id", "name", "municipality_number", ...factColumns]).where("municipality_number", "in", municipalities);
        const name = filter.name?.trim();
        if (name) query = query.where("name", "ilike", `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        const rows = await query.orderBy("name").orderBy("id").execute();
        const ids = rows.map((row) => row.id);
        const [decisions, goals, exits] = await Promise.all([decisionsOf(trx, ids), goalsOf(trx, ids), exitsOf(trx, ids)]);
        const listed = rows
          .map((row) => {
            const status = programmeStatus(factsOf(row), goals.get(row.id), decisions.get(row.id) ?? [], exits.has(row.id), today, language);
            return { id: row.id, name: row.name, municipality: row.municipality_number, phase: status.phase, warning: status.warning, frameEnd: status.frame?.end ?? null };
          })
          .filter((p) => !filter.phase || p.phase === filter.phase)
          .sort((a, b) => Number(b.warning !== null) - Number(a.warning !== null))
          .slice(0, limit);
        await log(trx, listed.map((p) => p.id), actor, "list");
        return listed;
      });
    },

    /** Everything the record page shows about the programme; the caller has logged the read. */
    async caseFile(executor: Executor, participantId: string, language: Language) {
      const participant = await executor.selectFrom("case_participants").select([...factColumns, "skills", "source"]).where("id", "=", participantId).executeTakeFirstOrThrow();
      const plan = await planVersions(executor, participantId);
      const decisionRows = await executor.selectFrom("case_decisions").selectAll().where("participant_id", "=", participantId).orderBy("from_date").orderBy("created_at").execute();
      const exit = await executor.selectFrom("case_exits").selectAll().where("participant_id", "=", participantId).executeTakeFirst();
      const absences = await executor.selectFrom("case_absences").selectAll().where("participant_id", "=", participantId).orderBy("on_date", "desc").limit(20).execute();
      const attendance = await executor.selectFrom("case_attendance").select(["week_start", "element", "minutes"]).where("participant_id", "=", participantId).orderBy("week_start", "desc").limit(60).execute();
      const decisions = decisionRows.map((d) => ({ kind: d.kind, fromDate: d.from_date, toDate: d.to_date }));
      const status = programmeStatus(factsOf(participant), plan[0]?.goal, decisions, exit !== undefined, clock.today(), language);
      return { status, plan, decisions: decisionRows, exit, absences, attendance, skills: participant.skills, source: participant.source };
    },

    async revisePlan(participantId: string, input: PlanInput, actor: CaseActor): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const latest = await trx.selectFrom("case_plan_versions").select(({ fn }) => fn.max("version").as("version")).where("participant_id", "=", participantId).executeTakeFirst();
        const version = Number(latest?.version ?? 0) + 1;
        const { id } = await trx
          .insertInto("case_plan_versions")
          .values({ participant_id: participantId, version, goal: input.goal, goal_text: input.goalText.trim(), reason: input.reason.trim(), valid_from: input.validFrom, own_activity: input.ownActivity, created_by: actor.userId, created_at: clock.now() })
          .returning("id")
          .executeTakeFirstOrThrow();
        const elements = Object.entries(input.elements).filter(([, minutes]) => (minutes ?? 0) > 0);
        if (elements.length > 0) {
          await trx.insertInto("case_plan_elements").values(elements.map(([element, minutes]) => ({ plan_version_id: id, element: element as PlanElement, minutes_per_week: minutes! }))).execute();
        }
        await log(trx, [participantId], actor, "plan-revised", `v${version}`);
        return version;
      });
    },

    async recordDecision(participantId: string, input: DecisionInput, actor: CaseActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const start = await startOf(trx, participantId);
        if (input.kind === "start" && start) throw fieldError("kind", "startExists", "the participant already has a start decision");
        if (input.kind !== "start") {
          if (!start) throw fieldError("kind", "noStart", "record the start decision first");
          if (input.fromDate < start) throw fieldError("fromDate", "beforeStart", `must not be before the start (${start})`, { date: start });
        }
        await trx
          .insertInto("case_decisions")
          .values({ participant_id: participantId, kind: input.kind, decided_on: input.decidedOn, from_date: input.fromDate, to_date: input.kind === "leave" ? input.toDate! : null, note: input.note.trim(), created_by: actor.userId, created_at: clock.now() })
          .execute();
        await log(trx, [participantId], actor, "decision-recorded", input.kind);
      });
    },

    /** A week's hours per element (replacing what was there for that week) and an absence, in one transaction. */
    async recordWeek(participantId: string, input: WeekInput, actor: CaseActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const now = clock.now();
        await trx.deleteFrom("case_attendance").where("participant_id", "=", participantId).where("week_start", "=", input.weekStart).execute();
        const rows = Object.entries(input.minutes).map(([element, minutes]) => ({ participant_id: participantId, week_start: input.weekStart, element: element as PlanElement, minutes: minutes ?? 0, recorded_by: actor.userId, recorded_at: now }));
        if (rows.length > 0) await trx.insertInto("case_attendance").values(rows).execute();
        if (input.absence) {
          const a = input.absence;
          await trx.insertInto("case_absences").values({ participant_id: participantId, on_date: a.onDate, minutes: a.minutes, valid: a.valid, reason: a.reason.trim(), recorded_by: actor.userId, recorded_at: now }).execute();
        }
        await log(trx, [participantId], actor, "attendance-recorded", input.weekStart);
      });
    },

    async recordExit(participantId: string, input: ExitInput, actor: CaseActor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const start = await startOf(trx, participantId);
        if (start && input.exitDate < start) throw fieldError("exitDate", "beforeStart", `must not be before the start (${start})`, { date: start });
        const values = { outcome: input.outcome, exit_date: input.exitDate, follow_up_1: input.followUp1 ?? null, follow_up_12: input.followUp12 ?? null, recorded_by: actor.userId, recorded_at: clock.now() };
        await trx.insertInto("case_exits").values({ participant_id: participantId, ...values }).onConflict((oc) => oc.column("participant_id").doUpdateSet(values)).execute();
        await log(trx, [participantId], actor, "exit-recorded", input.outcome);
      });
    },

    /** The participant's benefit for a month (YYYY-MM), line by line; the caller has logged the reading (`read-benefit`). */
    async benefitMonth(participantId: string, month: string, language: Language) {
      return db.transaction().execute(async (trx) => {
        const participant = await trx.selectFrom("case_participants").select(factColumns).where("id", "=", participantId).executeTakeFirstOrThrow();
        const absence = await absenceMinutes(trx, [participantId], month);
        const [decisions, goals, exits] = await Promise.all([decisionsOf(trx, [participantId]), goalsOf(trx, [participantId]), exitsOf(trx, [participantId])]);
        return benefitMonthFor(factsOf(participant), goals.get(participantId), decisions.get(participantId) ?? [], exits.has(participantId), month, absence.get(participantId) ?? { invalidMinutes: 0, validMinutes: 0 }, language);
      });
    },

    /** The month's benefit for every participant of the municipalities (the monthly run); no personal data leaves it but the sums. */
    async benefitRun(municipalities: readonly string[], month: string, language: Language): Promise<{ participants: number; total: number }> {
      if (municipalities.length === 0) return { participants: 0, total: 0 };
      const rows = await db.selectFrom("case_participants").select(["id", ...factColumns]).where("municipality_number", "in", municipalities).execute();
      const ids = rows.map((row) => row.id);
      const [decisions, goals, exits, absence] = await Promise.all([decisionsOf(db, ids), goalsOf(db, ids), exitsOf(db, ids), absenceMinutes(db, ids, month)]);
      let total = 0;
      let participants = 0;
      for (const row of rows) {
        const month_ = benefitMonthFor(factsOf(row), goals.get(row.id), decisions.get(row.id) ?? [], exits.has(row.id), month, absence.get(row.id) ?? { invalidMinutes: 0, validMinutes: 0 }, language);
        if (month_ && month_.total > 0) {
          participants += 1;
          total += month_.total;
        }
      }
      return { participants, total };
    },
  };
}

function firstOfNextMonth(month: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, "0")}-01`;
}

/** Minutes of valid and invalid absence per participant in a month. */
async function absenceMinutes(executor: Executor, participantIds: readonly string[], month: string): Promise<Map<string, { invalidMinutes: number; validMinutes: number }>> {
  const result = new Map<string, { invalidMinutes: number; validMinutes: number }>();
  if (participantIds.length === 0) return result;
  const rows = await executor
    .selectFrom("case_absences")
    .select(["participant_id", "valid", "minutes"])
    .where("participant_id", "in", participantIds)
    .where("on_date", ">=", `${month}-01`)
    .where("on_date", "<", firstOfNextMonth(month))
    .execute();
  for (const row of rows) {
    const entry = result.get(row.participant_id) ?? { invalidMinutes: 0, validMinutes: 0 };
    if (row.valid) entry.validMinutes += row.minutes;
    else entry.invalidMinutes += row.minutes;
    result.set(row.participant_id, entry);
  }
  return result;
}

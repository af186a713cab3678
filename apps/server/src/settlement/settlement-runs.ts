import type { Kysely } from "kysely";
import { solveSettlementInWorker, validateInstance, type SettlementInstance, type SettlementResult } from "@velkomst/matching";
import { recordAudit } from "../audit/audit-log.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { DomainError, InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { requireNational, type SettlementActor } from "./settlement-access.ts";
import type { SettlementCycle } from "./settlement-cycle.ts";
import type { SettlementHouseholds } from "./settlement-households.ts";
import { equalCandidates, settleTiesByDraw } from "./scoring/equal-candidates.ts";
import { candidatesFor, type Candidate, type Parts, type ScoringMunicipality, type Weights } from "./scoring/settlement-score.ts";
import type { RunInputs } from "./settlement-tables.ts";

type Db = Kysely<DatabaseSchema>;

export const dimensions = ["persons", "unaccompaniedMinors", "wheelchairHomes"] as const;
export type Dimension = (typeof dimensions)[number];

/** Interactive runs stop here; the optimizer returns its best settlement so far with the bound. */
export const interactiveTimeLimitSeconds = 3;
/**
 * ... or as soon as the settlement is proven within 0.1 % of the best possible. Measured on the
 * benchmark's 300-household batches in a fresh worker (2026-12-06, load average 16 on 2 cores):
 * within 0.1 % after 1.1–1.6 s of CPU (0.008 % and 0.038 %), see packages/matching/README.md.
 */
export const interactiveRelativeGap = 1e-3;
/** How many candidates a proposal keeps for the case worker to choose from when overriding. */
const keptCandidates = 20;

export type AlternativeWhy = { kind: "full"; dimensions: Dimension[] } | { kind: "tradeoff" };

/** Stored with each proposal: why this municipality, what the score is made of, and the options. */
export interface ProposalExplanation {
  persons: number;
  use: Record<Dimension, number>;
  /** "best": its highest-scored candidate; "bestWithRoom": better ones were full; "noCandidates"; "noRoom". */
  reason: "best" | "bestWithRoom" | "noCandidates" | "noRoom";
  parts: Parts | null;
  /** Candidates scored higher than the chosen one, with why they were not chosen. */
  alternatives: Array<{ municipality: string; score: number; parts: Parts; why: AlternativeWhy }>;
  /** How many candidates had exactly the chosen one's score, the chosen one included (absent in runs before the tie rule). */
  equals?: number;
  /** The best candidates, for an override. */
  candidates: Array<{ municipality: string; score: number; parts: Parts }>;
  /** The optimizer's own words (English), kept for the record. */
  solverReason: string;
}

export interface RunSummary {
  id: string;
  year: number;
  startedAt: Date;
  startedBy: string | null;
  weights: Weights;
  inputs: RunInputs;
  status: "optimal" | "feasible" | "infeasible";
  objective: number;
  bound: number;
  gap: number;
  solveSeconds: number;
  timeLimitSeconds: number;
  placed: number;
  unplaced: number;
}

export interface Proposal {
  id: string;
  householdId: string;
  reference: string;
  municipality: string | null;
  score: number | null;
  explanation: ProposalExplanation;
  override: { municipality: string; reason: string; at: Date; by: string | null } | null;
  /** Enquiry made from this proposal, if any, with its answer. */
  enquiry: { id: string; municipality: string; answer: "accepted" | "refused" | null } | null;
}

/** Relative gap between the optimizer's bound and its objective (0 = proven optimal). */
export function relativeGap(objective: number, bound: number): number {
  return Math.max(0, (bound - objective) / Math.max(1, Math.abs(bound)));
}

/**
 * Explains a result in terms the case worker can check: for every candidate scored higher than
 * the chosen one, the capacity dimensions that were full once the whole batch was placed, or
 * (when it had room) that the batch as a whole scored higher without it.
 */
export function explainProposals(
  instance: SettlementInstance,
  result: SettlementResult,
  candidatesOf: Map<string, Candidate[]>,
): Map<string, { municipality: string | null; score: number | null; explanation: ProposalExplanation }> {
  const chosen = new Map(result.assignments.map((a) => [a.household, a.municipality]));
  const used = new Map<string, Record<Dimension, number>>();
  for (const household of instance.households) {
    const municipality = chosen.get(household.id);
    if (!municipality) continue;
    const load = used.get(municipality) ?? { persons: 0, unaccompaniedMinors: 0, wheelchairHomes: 0 };
    for (const d of dimensions) load[d] += household.use[d] ?? 0;
    used.set(municipality, load);
  }
  const capacityOf = new Map(instance.municipalities.map((m) => [m.id, m.capacity]));
  const out = new Map<string, { municipality: string | null; score: number | null; explanation: ProposalExplanation }>();
  for (const household of instance.households) {
    const candidates = candidatesOf.get(household.id) ?? [];
    const municipality = chosen.get(household.id) ?? null;
    const picked = municipality ? candidates.find((c) => c.municipality === municipality) : undefined;
    const better = candidates.filter((c) => c.municipality !== municipality && (!picked || c.score > picked.score));
    const alternatives = better.slice(0, 5).map((c) => {
      const load = used.get(c.municipality) ?? { persons: 0, unaccompaniedMinors: 0, wheelchairHomes: 0 };
      const capacity = capacityOf.get(c.municipality) ?? {};
      const full = dimensions.filter((d) => (household.use[d] ?? 0) > 0 && load[d] + (household.use[d] ?? 0) > (capacity[d] ?? 0) + 1e-9);
      const why: AlternativeWhy = full.length > 0 ? { kind: "full", dimensions: full } : { kind: "tradeoff" };
      return { municipality: c.municipality, score: c.score, parts: c.parts, why };
    });
    const reason: ProposalExplanation["reason"] = candidates.length === 0 ? "noCandidates" : !picked ? "noRoom" : better.length === 0 ? "best" : "bestWithRoom";
    out.set(household.id, {
      municipality,
      score: picked?.score ?? null,
      explanation: {
        persons: household.use.persons ?? 0,
        use: { persons: household.use.persons ?? 0, unaccompaniedMinors: household.use.unaccompaniedMinors ?? 0, wheelchairHomes: household.use.wheelchairHomes ?? 0 },
        reason,
        parts: picked?.parts ?? null,
        alternatives,
        equals: picked ? equalCandidates(candidates, picked.score).length : 0,
        candidates: candidates.slice(0, keptCandidates).map((c) => ({ municipality: c.municipality, score: c.score, parts: c.parts })),
        solverReason: result.explanations[household.id]?.reason ?? "",
      },
    });
  }
  return out;
}

export function createSettlementRuns(db: Db, cycle: SettlementCycle, households: SettlementHouseholds) {
  const running = new Set<number>();

  /** The optimizer's instance for the households ready now and the capacity left in the year. */
  async function buildInstance(year: number, weights: Weights) {
    const overview = await cycle.overview(year);
    const municipalities: ScoringMunicipality[] = overview.municipalities
      .filter((m) => m.decision && m.remaining.persons > 0)
      .map((m) => ({
        number: m.number,
        countyNumber: m.countyNumber,
        population: m.population,
        healthServices: m.decision?.healthServices ?? false,
        decidedPersons: m.decision?.persons ?? 0,
        remaining: m.remaining,
      }));
    const ids = await households.readyIds();
    const { households: ready, refusedBy } = await households.scoringData(ids);
    const candidatesOf = new Map<string, Candidate[]>();
    for (const household of ready) candidatesOf.set(household.id, candidatesFor(household, municipalities, weights, refusedBy.get(household.id)));
    const instance: SettlementInstance = {
      dimensions: [...dimensions],
      municipalities: municipalities.map((m) => ({ id: m.number, capacity: { ...m.remaining } })),
      households: ready.map((h) => ({
        id: h.id,
        use: { persons: h.persons, unaccompaniedMinors: h.unaccompaniedMinors, wheelchairHomes: h.needsWheelchairHome ? 1 : 0 },
        candidates: (candidatesOf.get(h.id) ?? []).map((c) => ({ municipality: c.municipality, score: c.score })),
        mustPlace: false,
      })),
      unplacedPenalty: 0,
    };
    const capacity = municipalities.reduce(
      (sum, m) => ({
        persons: sum.persons + m.remaining.persons,
        unaccompaniedMinors: sum.unaccompaniedMinors + m.remaining.unaccompaniedMinors,
        wheelchairHomes: sum.wheelchairHomes + m.remaining.wheelchairHomes,
      }),
      { persons: 0, unaccompaniedMinors: 0, wheelchairHomes: 0 },
    );
    return { instance, candidatesOf, capacity, ready };
  }

  async function runRow(id: string) {
    return db
      .selectFrom("settlement_runs as r")
      .leftJoin("users as u", "u.id", "r.started_by")
      .selectAll("r")
      .select("u.name as started_by_name")
      .where("r.id", "=", id)
      .executeTakeFirst();
  }

  function toSummary(row: NonNullable<Awaited<ReturnType<typeof runRow>>>): RunSummary {
    return {
      id: row.id,
      year: row.year,
      startedAt: row.started_at,
      startedBy: row.started_by_name,
      weights: row.weights as Weights,
      inputs: row.inputs,
      status: row.status,
      objective: row.objective,
      bound: row.bound,
      gap: row.gap,
      solveSeconds: row.solve_seconds,
      timeLimitSeconds: row.time_limit_seconds,
      placed: row.placed,
      unplaced: row.unplaced,
    };
  }

  return {
    buildInstance,

    /** A matching run over every household ready now; stores the run and one proposal per household. */
    async run(actor: SettlementActor, year: number, options: { timeLimitSeconds?: number } = {}): Promise<string> {
      requireNational(actor);
      await cycle.findYear(year);
      if (running.has(year)) throw new DomainError(409, "conflict", `a matching run for ${year} is already running`);
      running.add(year);
      try {
        const started = performance.now();
        const weights = await cycle.currentWeights(year);
        const { instance, candidatesOf, capacity, ready } = await buildInstance(year, weights);
        if (instance.households.length === 0) {
          throw new InvalidInputError([{ path: "households", code: "noneReady", message: "no households are ready for settlement" }]);
        }
        const valid = validateInstance(instance);
        if (!valid.ok) throw new Error(`settlement instance invalid: ${valid.errors.map((e) => `${e.path} ${e.message}`).join("; ")}`);
        const buildSeconds = (performance.now() - started) / 1000;
        const timeLimitSeconds = options.timeLimitSeconds ?? interactiveTimeLimitSeconds;
        const solved = await solveSettlementInWorker(instance, { timeLimitSeconds, relativeGap: interactiveRelativeGap, seed: 0 });
        const settled = settleTiesByDraw(
          instance.households,
          new Map(instance.municipalities.map((m) => [m.id, m.capacity])),
          new Map(solved.assignments.map((a) => [a.household, a.municipality])),
          candidatesOf,
        );
        const result = { ...solved, assignments: solved.assignments.map((a) => ({ household: a.household, municipality: settled.get(a.household) ?? a.municipality })) };
        const explained = explainProposals(instance, result, candidatesOf);
        const inputs: RunInputs = {
          households: instance.households.length,
          persons: ready.reduce((s, h) => s + h.persons, 0),
          municipalities: instance.municipalities.length,
          candidates: instance.households.reduce((s, h) => s + h.candidates.length, 0),
          capacity,
          withoutCandidates: instance.households.filter((h) => h.candidates.length === 0).length,
          buildSeconds: Math.round(buildSeconds * 1000) / 1000,
        };
        return await db.transaction().execute(async (trx) => {
          const run = await trx
            .insertInto("settlement_runs")
            .values({
              year,
              started_by: actor.viewer.id,
              weights: JSON.stringify(weights),
              inputs: JSON.stringify(inputs),
              status: result.status,
              objective: result.objective,
              bound: result.bound,
              gap: relativeGap(result.objective, result.bound),
              solve_seconds: result.solveSeconds,
              time_limit_seconds: timeLimitSeconds,
              placed: result.assignments.length,
              unplaced: result.unplaced.length,
            })
            .returning("id")
            .executeTakeFirstOrThrow();
          const rows = [...explained].map(([householdId, p]) => ({
            run_id: run.id,
            household_id: householdId,
            municipality_number: p.municipality,
            score: p.score,
            explanation: JSON.stringify(p.explanation),
          }));
          for (let i = 0; i < rows.length; i += 500) await trx.insertInto("settlement_proposals").values(rows.slice(i, i + 500)).execute();
          await recordAudit(trx, {
            actorUserId: actor.viewer.id,
            action: "settlement.run",
            subjectType: "settlement-run",
            subjectId: run.id,
            details: { year, weights, status: result.status, objective: result.objective, bound: result.bound, placed: result.assignments.length, unplaced: result.unplaced.length },
            ip: actor.ip,
          });
          return run.id;
        });
      } finally {
        running.delete(year);
      }
    },

    async listRuns(year: number): Promise<RunSummary[]> {
      const rows = await db
        .selectFrom("settlement_runs as r")
        .leftJoin("users as u", "u.id", "r.started_by")
        .selectAll("r")
        .select("u.name as started_by_name")
        .where("r.year", "=", year)
        .orderBy("r.started_at", "desc")
        .execute();
      return rows.map(toSummary);
    },

    async findRun(actor: SettlementActor, id: string): Promise<RunSummary> {
      requireNational(actor);
      const row = await runRow(id);
      if (!row) throw new NotFoundError("settlement run", id);
      return toSummary(row);
    },

    async proposals(actor: SettlementActor, runId: string): Promise<Proposal[]> {
      requireNational(actor);
      const [rows, overrides, enquiries] = await Promise.all([
        db
          .selectFrom("settlement_proposals as p")
          .innerJoin("settlement_households as h", "h.id", "p.household_id")
          .select(["p.id", "p.household_id", "h.reference", "p.municipality_number", "p.score", "p.explanation"])
          .where("p.run_id", "=", runId)
          .orderBy("h.ready_on")
          .orderBy("h.reference")
          .execute(),
        db
          .selectFrom("settlement_overrides as o")
          .innerJoin("settlement_proposals as p", "p.id", "o.proposal_id")
          .leftJoin("users as u", "u.id", "o.overridden_by")
          .select(["o.proposal_id", "o.municipality_number", "o.reason", "o.overridden_at", "u.name"])
          .where("p.run_id", "=", runId)
          .orderBy("o.id")
          .execute(),
        db
          .selectFrom("settlement_enquiries as e")
          .innerJoin("settlement_proposals as p", "p.id", "e.proposal_id")
          .leftJoin("settlement_answers as a", "a.enquiry_id", "e.id")
          .select(["e.id", "e.proposal_id", "e.municipality_number", "a.answer"])
          .where("p.run_id", "=", runId)
          .execute(),
      ]);
      // The latest override of a proposal is in force; earlier ones stay in the history.
      const overrideOf = new Map(overrides.map((o) => [o.proposal_id, { municipality: o.municipality_number, reason: o.reason, at: o.overridden_at, by: o.name }]));
      const enquiryOf = new Map(enquiries.map((e) => [e.proposal_id!, { id: e.id, municipality: e.municipality_number, answer: e.answer }]));
      return rows.map((row) => ({
        id: row.id,
        householdId: row.household_id,
        reference: row.reference,
        municipality: row.municipality_number,
        score: row.score,
        explanation: row.explanation as ProposalExplanation,
        override: overrideOf.get(row.id) ?? null,
        enquiry: enquiryOf.get(row.id) ?? null,
      }));
    },
  };
}

export type SettlementRuns = ReturnType<typeof createSettlementRuns>;

import { sql, type Kysely } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import type { Clock } from "../platform/clock.ts";
import { requireMunicipality, requireNational, type SettlementActor } from "./settlement-access.ts";
import { defaultWeights, maximumWeight, scoreParts, type Weights } from "./scoring/settlement-score.ts";

type Db = Kysely<DatabaseSchema>;

export interface Amounts {
  persons: number;
  unaccompaniedMinors: number;
  wheelchairHomes: number;
}

export const zeroAmounts: Amounts = { persons: 0, unaccompaniedMinors: 0, wheelchairHomes: 0 };

export function addAmounts(a: Amounts, b: Amounts): Amounts {
  return { persons: a.persons + b.persons, unaccompaniedMinors: a.unaccompaniedMinors + b.unaccompaniedMinors, wheelchairHomes: a.wheelchairHomes + b.wheelchairHomes };
}

export interface SettlementYear {
  year: number;
  nationalNeed: number;
  nationalNeedMinors: number;
  openedAt: Date;
}

export interface Decision extends Amounts {
  healthServices: boolean;
  /** The date of the political decision, YYYY-MM-DD. */
  decidedOn: string;
  recordedAt: Date;
}

export interface MunicipalityFigures {
  number: string;
  name: string;
  countyNumber: string;
  population: number;
  requested: { persons: number; unaccompaniedMinors: number; sentAt: Date } | null;
  decision: Decision | null;
  /** Enquiries sent and not yet answered. */
  enquired: Amounts;
  settled: Amounts;
  /** Decided minus enquired minus settled, never below zero: what a matching run may still use. */
  remaining: Amounts;
}

export interface Totals {
  requested: number;
  requestedMinors: number;
  decided: number;
  decidedMinors: number;
  enquired: number;
  settled: number;
  municipalities: number;
  answered: number;
}

export interface CountyFigures extends Totals {
  number: string;
  name: string;
  recommended: { persons: number; unaccompaniedMinors: number } | null;
}

export interface Overview {
  year: SettlementYear;
  municipalities: MunicipalityFigures[];
  counties: CountyFigures[];
  national: Totals;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Spreads `total` over items in proportion to their weight (largest remainder, so the parts sum
 * to the total exactly); ties go to the earlier item.
 */
export function spreadByWeight<T>(total: number, items: readonly T[], weightOf: (item: T) => number): number[] {
  const sum = items.reduce((s, item) => s + weightOf(item), 0);
  if (sum <= 0 || total <= 0) return items.map(() => 0);
  const exact = items.map((item) => (total * weightOf(item)) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left--;
  }
  return parts;
}

export function createSettlementCycle(db: Db, clock: Clock) {
  async function findYear(year: number): Promise<SettlementYear> {
    const row = await db.selectFrom("settlement_years").selectAll().where("year", "=", year).executeTakeFirst();
    if (!row) throw new NotFoundError("settlement year", String(year));
    return { year: row.year, nationalNeed: row.national_need, nationalNeedMinors: row.national_need_minors, openedAt: row.opened_at };
  }

  async function currentWeights(year: number): Promise<Weights> {
    const row = await db.selectFrom("settlement_weights").select("weights").where("year", "=", year).orderBy("id", "desc").limit(1).executeTakeFirst();
    return { ...defaultWeights, ...(row?.weights ?? {}) } as Weights;
  }

  async function municipalityExists(number: string): Promise<boolean> {
    return !!(await db.selectFrom("municipalities").select("number").where("number", "=", number).executeTakeFirst());
  }

  async function overview(year: number): Promise<Overview> {
    const settlementYear = await findYear(year);
    const [municipalities, counties, recommendations, requests, decisions, enquired, settled] = await Promise.all([
      db.selectFrom("municipalities").select(["number", "name", "county_number", "population"]).orderBy("number").execute(),
      db.selectFrom("counties").select(["number", "name"]).orderBy("number").execute(),
      db
        .selectFrom("settlement_county_recommendations")
        .select(["county_number", "persons", "unaccompanied_minors"])
        .where("year", "=", year)
        .distinctOn("county_number")
        .orderBy("county_number")
        .orderBy("id", "desc")
        .execute(),
      db
        .selectFrom("settlement_requests")
        .select(["municipality_number", "persons", "unaccompanied_minors", "sent_at"])
        .where("year", "=", year)
        .distinctOn("municipality_number")
        .orderBy("municipality_number")
        .orderBy("id", "desc")
        .execute(),
      db
        .selectFrom("settlement_decisions")
        .select(["municipality_number", "persons", "unaccompanied_minors", "wheelchair_homes", "health_services", "decided_on", "recorded_at"])
        .where("year", "=", year)
        .distinctOn("municipality_number")
        .orderBy("municipality_number")
        .orderBy("id", "desc")
        .execute(),
      db
        .selectFrom("settlement_enquiries as e")
        .leftJoin("settlement_answers as a", "a.enquiry_id", "e.id")
        .where("e.year", "=", year)
        .where("a.enquiry_id", "is", null)
        .groupBy("e.municipality_number")
        .select((eb) => [
          "e.municipality_number",
          eb.fn.sum<number>("e.persons").as("persons"),
          eb.fn.sum<number>("e.unaccompanied_minors").as("minors"),
          eb.fn.sum<number>("e.wheelchair_homes").as("wheelchair"),
        ])
        .execute(),
      db
        .selectFrom("settlement_placements as p")
        .innerJoin("settlement_enquiries as e", "e.id", "p.enquiry_id")
        .where("p.year", "=", year)
        .groupBy("p.municipality_number")
        .select((eb) => [
          "p.municipality_number",
          eb.fn.sum<number>("e.persons").as("persons"),
          eb.fn.sum<number>("e.unaccompanied_minors").as("minors"),
          eb.fn.sum<number>("e.wheelchair_homes").as("wheelchair"),
        ])
        .execute(),
    ]);
    const byNumber = <T extends { municipality_number: string }>(rows: T[]) => new Map(rows.map((row) => [row.municipality_number, row]));
    const requestOf = byNumber(requests);
    const decisionOf = byNumber(decisions);
    const enquiredOf = byNumber(enquired);
    const settledOf = byNumber(settled);
    const amounts = (row: { persons: number; minors: number; wheelchair: number } | undefined): Amounts =>
      row ? { persons: Number(row.persons), unaccompaniedMinors: Number(row.minors), wheelchairHomes: Number(row.wheelchair) } : zeroAmounts;

    const figures: MunicipalityFigures[] = municipalities.map((m) => {
      const request = requestOf.get(m.number);
      const decisionRow = decisionOf.get(m.number);
      const decision: Decision | null = decisionRow
        ? {
            persons: decisionRow.persons,
            unaccompaniedMinors: decisionRow.unaccompanied_minors,
            wheelchairHomes: decisionRow.wheelchair_homes,
            healthServices: decisionRow.health_services,
            decidedOn: decisionRow.decided_on,
            recordedAt: decisionRow.recorded_at,
          }
        : null;
      const open = amounts(enquiredOf.get(m.number));
      const done = amounts(settledOf.get(m.number));
      const used = addAmounts(open, done);
      const remaining = decision
        ? {
            persons: Math.max(0, decision.persons - used.persons),
            unaccompaniedMinors: Math.max(0, decision.unaccompaniedMinors - used.unaccompaniedMinors),
            wheelchairHomes: Math.max(0, decision.wheelchairHomes - used.wheelchairHomes),
          }
        : zeroAmounts;
      return {
        number: m.number,
        name: m.name,
        countyNumber: m.county_number,
        population: m.population,
        requested: request ? { persons: request.persons, unaccompaniedMinors: request.unaccompanied_minors, sentAt: request.sent_at } : null,
        decision,
        enquired: open,
        settled: done,
        remaining,
      };
    });

    const totalsOf = (list: MunicipalityFigures[]): Totals => ({
      requested: list.reduce((s, m) => s + (m.requested?.persons ?? 0), 0),
      requestedMinors: list.reduce((s, m) => s + (m.requested?.unaccompaniedMinors ?? 0), 0),
      decided: list.reduce((s, m) => s + (m.decision?.persons ?? 0), 0),
      decidedMinors: list.reduce((s, m) => s + (m.decision?.unaccompaniedMinors ?? 0), 0),
      enquired: list.reduce((s, m) => s + m.enquired.persons, 0),
      settled: list.reduce((s, m) => s + m.settled.persons, 0),
      municipalities: list.length,
      answered: list.filter((m) => m.decision).length,
    });
    const recommendationOf = new Map(recommendations.map((r) => [r.county_number, r]));
    const countyFigures: CountyFigures[] = counties.map((county) => {
      const recommendation = recommendationOf.get(county.number);
      return {
        number: county.number,
        name: county.name,
        recommended: recommendation ? { persons: recommendation.persons, unaccompaniedMinors: recommendation.unaccompanied_minors } : null,
        ...totalsOf(figures.filter((m) => m.countyNumber === county.number)),
      };
    });
    return { year: settlementYear, municipalities: figures, counties: countyFigures, national: totalsOf(figures) };
  }

  return {
    findYear,
    currentWeights,
    overview,

    async listYears(): Promise<SettlementYear[]> {
      const rows = await db.selectFrom("settlement_years").selectAll().orderBy("year", "desc").execute();
      return rows.map((row) => ({ year: row.year, nationalNeed: row.national_need, nationalNeedMinors: row.national_need_minors, openedAt: row.opened_at }));
    },

    async openYear(actor: SettlementActor, input: { year: number; nationalNeed: number; nationalNeedMinors: number }): Promise<void> {
      requireNational(actor);
      if (input.nationalNeedMinors > input.nationalNeed) {
        throw new InvalidInputError([{ path: "nationalNeedMinors", code: "maximum", params: { limit: input.nationalNeed }, message: "cannot exceed the national need" }]);
      }
      await db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom("settlement_years").select("year").where("year", "=", input.year).executeTakeFirst();
        if (existing) throw new InvalidInputError([{ path: "year", code: "alreadyExists", message: `settlement year ${input.year} is already open` }], 409);
        await trx
          .insertInto("settlement_years")
          .values({ year: input.year, national_need: input.nationalNeed, national_need_minors: input.nationalNeedMinors, opened_by: actor.viewer.id })
          .execute();
        await trx.insertInto("settlement_weights").values({ year: input.year, weights: JSON.stringify(defaultWeights), set_by: actor.viewer.id }).execute();
        await recordAudit(trx, { actorUserId: actor.viewer.id, action: "settlement.year.opened", subjectType: "settlement-year", subjectId: String(input.year), details: { ...input }, ip: actor.ip });
      });
    },

    async setWeights(actor: SettlementActor, year: number, weights: Weights): Promise<void> {
      requireNational(actor);
      await findYear(year);
      const problems = scoreParts
        .filter((part) => !(Number.isFinite(weights[part]) && weights[part] >= 0 && weights[part] <= maximumWeight))
        .map((part) => ({ path: part, code: "maximum", params: { limit: maximumWeight }, message: `expected a number from 0 to ${maximumWeight}` }));
      if (problems.length > 0) throw new InvalidInputError(problems);
      const clean = Object.fromEntries(scoreParts.map((part) => [part, weights[part]]));
      await db.transaction().execute(async (trx) => {
        await trx.insertInto("settlement_weights").values({ year, weights: JSON.stringify(clean), set_by: actor.viewer.id }).execute();
        await recordAudit(trx, { actorUserId: actor.viewer.id, action: "settlement.weights.set", subjectType: "settlement-year", subjectId: String(year), details: clean, ip: actor.ip });
      });
    },

    async weightHistory(year: number): Promise<Array<{ weights: Weights; setAt: Date; setBy: string | null }>> {
      const rows = await db
        .selectFrom("settlement_weights as w")
        .leftJoin("users as u", "u.id", "w.set_by")
        .select(["w.weights", "w.set_at", "u.name"])
        .where("w.year", "=", year)
        .orderBy("w.id", "desc")
        .execute();
      return rows.map((row) => ({ weights: { ...defaultWeights, ...row.weights } as Weights, setAt: row.set_at, setBy: row.name }));
    },

    async recordCountyRecommendation(actor: SettlementActor, year: number, input: { county: string; persons: number; unaccompaniedMinors: number }): Promise<void> {
      requireNational(actor);
      await findYear(year);
      const county = await db.selectFrom("counties").select("number").where("number", "=", input.county).executeTakeFirst();
      if (!county) throw new InvalidInputError([{ path: "county", code: "unknownScope", message: `unknown county "${input.county}"` }]);
      if (input.unaccompaniedMinors > input.persons) {
        throw new InvalidInputError([{ path: "unaccompaniedMinors", code: "maximum", params: { limit: input.persons }, message: "cannot exceed the number of persons" }]);
      }
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("settlement_county_recommendations")
          .values({ year, county_number: input.county, persons: input.persons, unaccompanied_minors: input.unaccompaniedMinors, recorded_by: actor.viewer.id })
          .execute();
        await recordAudit(trx, { actorUserId: actor.viewer.id, action: "settlement.county.recommended", subjectType: "settlement-year", subjectId: String(year), details: { ...input }, ip: actor.ip });
      });
    },

    async sendRequest(actor: SettlementActor, year: number, input: { municipality: string; persons: number; unaccompaniedMinors: number }): Promise<void> {
      requireNational(actor);
      await findYear(year);
      if (!(await municipalityExists(input.municipality))) {
        throw new InvalidInputError([{ path: "municipality", code: "unknownScope", message: `unknown municipality "${input.municipality}"` }]);
      }
      if (input.unaccompaniedMinors > input.persons) {
        throw new InvalidInputError([{ path: "unaccompaniedMinors", code: "maximum", params: { limit: input.persons }, message: "cannot exceed the number of persons" }]);
      }
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("settlement_requests")
          .values({ year, municipality_number: input.municipality, persons: input.persons, unaccompanied_minors: input.unaccompaniedMinors, sent_by: actor.viewer.id })
          .execute();
        await recordAudit(trx, { actorUserId: actor.viewer.id, action: "settlement.request.sent", subjectType: "municipality", subjectId: input.municipality, details: { year, ...input }, ip: actor.ip });
      });
    },

    /**
     * Requests to every municipality at once: each county's recommendation (or, without one, the
     * county's population share of the national need) spread over its municipalities by population.
     */
    async sendRequestsToAll(actor: SettlementActor, year: number): Promise<number> {
      requireNational(actor);
      const { year: settlementYear, counties } = await overview(year);
      const municipalities = await db.selectFrom("municipalities").select(["number", "county_number", "population"]).orderBy("number").execute();
      const countyNeed = spreadByWeight(settlementYear.nationalNeed, counties, (c) => municipalities.filter((m) => m.county_number === c.number).reduce((s, m) => s + m.population, 0));
      const countyMinors = spreadByWeight(settlementYear.nationalNeedMinors, counties, (c) => municipalities.filter((m) => m.county_number === c.number).reduce((s, m) => s + m.population, 0));
      const rows: Array<{ year: number; municipality_number: string; persons: number; unaccompanied_minors: number; sent_by: string }> = [];
      counties.forEach((county, index) => {
        const members = municipalities.filter((m) => m.county_number === county.number);
        const persons = spreadByWeight(county.recommended?.persons ?? countyNeed[index] ?? 0, members, (m) => m.population);
        const minors = spreadByWeight(county.recommended?.unaccompaniedMinors ?? countyMinors[index] ?? 0, members, (m) => m.population);
        members.forEach((m, i) => {
          const p = persons[i] ?? 0;
          rows.push({ year, municipality_number: m.number, persons: p, unaccompanied_minors: Math.min(p, minors[i] ?? 0), sent_by: actor.viewer.id });
        });
      });
      await db.transaction().execute(async (trx) => {
        await trx.insertInto("settlement_requests").values(rows).execute();
        await recordAudit(trx, {
          actorUserId: actor.viewer.id,
          action: "settlement.request.sent-to-all",
          subjectType: "settlement-year",
          subjectId: String(year),
          details: { municipalities: rows.length, persons: rows.reduce((s, r) => s + r.persons, 0) },
          ip: actor.ip,
        });
      });
      return rows.length;
    },

    async recordDecision(
      actor: SettlementActor,
      year: number,
      municipality: string,
      input: { persons: number; unaccompaniedMinors: number; wheelchairHomes: number; healthServices: boolean; decidedOn: string },
    ): Promise<void> {
      if (!(await municipalityExists(municipality))) throw new NotFoundError("municipality", municipality);
      requireMunicipality(actor, municipality);
      await findYear(year);
      const problems = [];
      if (input.unaccompaniedMinors > input.persons) {
        problems.push({ path: "unaccompaniedMinors", code: "maximum", params: { limit: input.persons }, message: "cannot exceed the number of persons" });
      }
      if (!isValidDate(input.decidedOn)) problems.push({ path: "decidedOn", code: "formatDate", message: "expected a date (YYYY-MM-DD)" });
      else if (input.decidedOn > clock.today()) problems.push({ path: "decidedOn", code: "notInFuture", message: "the decision date cannot be in the future" });
      if (problems.length > 0) throw new InvalidInputError(problems);
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("settlement_decisions")
          .values({
            year,
            municipality_number: municipality,
            persons: input.persons,
            unaccompanied_minors: input.unaccompaniedMinors,
            wheelchair_homes: input.wheelchairHomes,
            health_services: input.healthServices,
            decided_on: input.decidedOn,
            recorded_by: actor.viewer.id,
          })
          .execute();
        await recordAudit(trx, { actorUserId: actor.viewer.id, action: "settlement.decision.recorded", subjectType: "municipality", subjectId: municipality, details: { year, ...input }, ip: actor.ip });
      });
    },

    /** Every request and decision of one municipality in a year, newest first: the history behind the figures. */
    async municipalityHistory(year: number, municipality: string) {
      const [requests, decisions] = await Promise.all([
        db
          .selectFrom("settlement_requests as r")
          .leftJoin("users as u", "u.id", "r.sent_by")
          .select(["r.persons", "r.unaccompanied_minors", "r.sent_at", "u.name"])
          .where("r.year", "=", year)
          .where("r.municipality_number", "=", municipality)
          .orderBy("r.id", "desc")
          .execute(),
        db
          .selectFrom("settlement_decisions as d")
          .leftJoin("users as u", "u.id", "d.recorded_by")
          .select(["d.persons", "d.unaccompanied_minors", "d.wheelchair_homes", "d.health_services", "d.decided_on", "d.recorded_at", "u.name"])
          .where("d.year", "=", year)
          .where("d.municipality_number", "=", municipality)
          .orderBy("d.id", "desc")
          .execute(),
      ]);
      return {
        requests: requests.map((r) => ({ persons: r.persons, unaccompaniedMinors: r.unaccompanied_minors, at: r.sent_at, by: r.name })),
        decisions: decisions.map((d) => ({
          persons: d.persons,
          unaccompaniedMinors: d.unaccompanied_minors,
          wheelchairHomes: d.wheelchair_homes,
          healthServices: d.health_services,
          decidedOn: d.decided_on,
          at: d.recorded_at,
          by: d.name,
        })),
      };
    },
  };
}

export type SettlementCycle = ReturnType<typeof createSettlementCycle>;

/** Serialises work on one settlement year: enquiries and answers check capacity under this lock. */
export async function lockYear(trx: Db, year: number): Promise<void> {
  const row = await sql<{ year: number }>`SELECT year FROM settlement_years WHERE year = ${year} FOR UPDATE`.execute(trx);
  if (row.rows.length === 0) throw new NotFoundError("settlement year", String(year));
}

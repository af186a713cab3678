import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import type { Clock } from "../platform/clock.ts";
import type { SettlementActor } from "./settlement-access.ts";
import { householdType, mappingAges, type HouseholdType, type ScoringHousehold } from "./scoring/settlement-score.ts";
import type { Education, Level, Protection, Relation, WorkSector } from "./settlement-tables.ts";

type Db = Kysely<DatabaseSchema>;

export type HouseholdStatus = "ready" | "waiting" | "enquired" | "settled";

export interface Member {
  id: string;
  position: number;
  name: string;
  birthYear: number;
  age: number;
  relation: Relation;
  mapping: "full" | "simplified" | null;
  languages: string[];
  norwegianLevel: Level | null;
  englishLevel: Level | null;
  digitalSkills: Level | null;
  education: Education | null;
  workSector: WorkSector | null;
  workYears: number | null;
  otherSkills: string | null;
  drivingLicence: boolean | null;
  hasCar: boolean | null;
}

export interface HouseholdSummary {
  id: string;
  reference: string;
  protection: Protection;
  readyOn: string;
  waitDays: number;
  persons: number;
  type: HouseholdType;
  unaccompaniedMinors: number;
  needsHealthServices: boolean;
  needsWheelchairHome: boolean;
  status: HouseholdStatus;
  /** The municipality of the open enquiry or of the settlement. */
  municipality: { number: string; name: string } | null;
}

export interface Tie {
  municipality: string;
  municipalityName: string;
  countyNumber: string;
  kind: "family" | "network";
}

export interface HouseholdDetails extends HouseholdSummary {
  members: Member[];
  ties: Tie[];
  history: HistoryEntry[];
}

export type HistoryEntry =
  | { at: Date; kind: "registered"; by: string | null }
  | { at: Date; kind: "corrected"; fields: string[]; by: string | null }
  | { at: Date; kind: "proposed"; runId: string; municipality: string | null; score: number | null }
  | { at: Date; kind: "overridden"; municipality: string; reason: string; by: string | null }
  | { at: Date; kind: "enquired"; municipality: string; by: string | null }
  | { at: Date; kind: "accepted" | "refused"; municipality: string; reason: string | null; by: string | null }
  | { at: Date; kind: "settled"; municipality: string; by: string | null };

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function createSettlementHouseholds(db: Db, clock: Clock) {
  const referenceYear = () => Number(clock.today().slice(0, 4));
  /** Status of households: settled, with an open enquiry, ready now, or ready later. */
  async function statuses(ids: readonly string[] | null): Promise<Map<string, { status: HouseholdStatus; municipality: string | null }>> {
    const result = new Map<string, { status: HouseholdStatus; municipality: string | null }>();
    let placements = db.selectFrom("settlement_placements").select(["household_id", "municipality_number"]);
    let open = db
      .selectFrom("settlement_enquiries as e")
      .leftJoin("settlement_answers as a", "a.enquiry_id", "e.id")
      .where("a.enquiry_id", "is", null)
      .select(["e.household_id", "e.municipality_number"]);
    if (ids) {
      if (ids.length === 0) return result;
      placements = placements.where("household_id", "in", ids);
      open = open.where("e.household_id", "in", ids);
    }
    for (const row of await open.execute()) result.set(row.household_id, { status: "enquired", municipality: row.municipality_number });
    for (const row of await placements.execute()) result.set(row.household_id, { status: "settled", municipality: row.municipality_number });
    return result;
  }

  async function summaries(actor: SettlementActor | null, filter: (query: ReturnType<typeof baseQuery>) => ReturnType<typeof baseQuery>): Promise<HouseholdSummary[]> {
    const rows = await filter(baseQuery()).execute();
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [members, states, names] = await Promise.all([
      db.selectFrom("settlement_members").select(["household_id", "birth_year"]).where("household_id", "in", ids).execute(),
      statuses(ids),
      db.selectFrom("municipalities").select(["number", "name"]).execute(),
    ]);
    const nameOf = new Map(names.map((m) => [m.number, m.name]));
    const agesOf = new Map<string, number[]>();
    const year = referenceYear();
    for (const m of members) {
      const list = agesOf.get(m.household_id) ?? [];
      list.push(year - m.birth_year);
      agesOf.set(m.household_id, list);
    }
    const today = clock.today();
    return rows.map((row) => {
      const ages = agesOf.get(row.id) ?? [];
      const minors = unaccompaniedMinorsOf(ages);
      const state = states.get(row.id);
      const status: HouseholdStatus = state?.status ?? (row.ready_on <= today ? "ready" : "waiting");
      // A municipality is not told where else a household it refused was enquired or settled.
      const number = state?.municipality && (!actor || actor.national || actor.municipalities.has(state.municipality)) ? state.municipality : null;
      return {
        id: row.id,
        reference: row.reference,
        protection: row.protection,
        readyOn: row.ready_on,
        waitDays: Math.max(0, daysBetween(row.ready_on, today)),
        persons: ages.length,
        type: householdType(ages, minors),
        unaccompaniedMinors: minors,
        needsHealthServices: row.needs_health_services,
        needsWheelchairHome: row.needs_wheelchair_home,
        status,
        municipality: number ? { number, name: nameOf.get(number) ?? number } : null,
      };
    });
  }

  function baseQuery() {
    return db
      .selectFrom("settlement_households")
      .select(["id", "reference", "protection", "ready_on", "needs_health_services", "needs_wheelchair_home", "registered_at", "registered_by"])
      .orderBy("ready_on")
      .orderBy("reference");
  }

  /**
   * The households a municipality-admin may see: enquired about in their municipalities and not
   * refused there, nor settled elsewhere. Access to the personal data ends with the refusal or the
   * settlement; the enquiry list keeps the reference and the answer.
   */
  function visibleTo(actor: SettlementActor) {
    return (query: ReturnType<typeof baseQuery>) => {
      if (actor.national) return query;
      const numbers = [...actor.municipalities];
      if (numbers.length === 0) return query.where("id", "is", null);
      const stillAsked = db
        .selectFrom("settlement_enquiries as e")
        .leftJoin("settlement_answers as a", "a.enquiry_id", "e.id")
        .select("e.household_id")
        .where("e.municipality_number", "in", numbers)
        .where((eb) => eb.or([eb("a.answer", "is", null), eb("a.answer", "=", "accepted")]));
      const settledElsewhere = db.selectFrom("settlement_placements").select("household_id").where("municipality_number", "not in", numbers);
      return query.where("id", "in", stillAsked).where("id", "not in", settledElsewhere);
    };
  }

  return {
    statuses,

    /** Households with their health and accessibility needs: every read is in the audit log. */
    async list(actor: SettlementActor): Promise<HouseholdSummary[]> {
      const list = await summaries(actor, visibleTo(actor));
      await recordAudit(db, { actorUserId: actor.viewer.id, action: "settlement.households.listed", subjectType: "settlement-household", subjectId: "", details: { count: list.length }, ip: actor.ip });
      return list;
    },

    /**
     * One household in full: sensitive personal data, so the caller must be IMDi or an admin of a
     * municipality it was enquired to; every read is written to the audit log.
     */
    async details(actor: SettlementActor, id: string): Promise<HouseholdDetails> {
      const [summary] = await summaries(actor, (query) => visibleTo(actor)(query.where("id", "=", id)));
      if (!summary) throw new NotFoundError("household", id);
      const [members, ties, history] = await Promise.all([
        db.selectFrom("settlement_members").selectAll().where("household_id", "=", id).orderBy("position").execute(),
        db
          .selectFrom("settlement_ties as t")
          .innerJoin("municipalities as m", "m.number", "t.municipality_number")
          .select(["t.municipality_number", "t.kind", "m.name", "m.county_number"])
          .where("t.household_id", "=", id)
          .orderBy("m.name")
          .execute(),
        historyOf(id, actor),
      ]);
      await recordAudit(db, {
        actorUserId: actor.viewer.id,
        action: "settlement.household.viewed",
        subjectType: "settlement-household",
        subjectId: id,
        details: { reference: summary.reference },
        ip: actor.ip,
      });
      const year = referenceYear();
      return {
        ...summary,
        members: members.map((m) => ({
          id: m.id,
          position: m.position,
          name: m.name,
          birthYear: m.birth_year,
          age: year - m.birth_year,
          relation: m.relation,
          mapping: m.mapping,
          languages: m.languages,
          norwegianLevel: m.norwegian_level,
          englishLevel: m.english_level,
          digitalSkills: m.digital_skills,
          education: m.education,
          workSector: m.work_sector,
          workYears: m.work_years,
          otherSkills: m.other_skills,
          drivingLicence: m.driving_licence,
          hasCar: m.has_car,
        })),
        ties: ties.map((t) => ({ municipality: t.municipality_number, municipalityName: t.name, countyNumber: t.county_number, kind: t.kind })),
        history,
      };
    },

    /** What the score needs of the households given, with the municipalities each was refused by. */
    async scoringData(ids: readonly string[]): Promise<{ households: ScoringHousehold[]; refusedBy: Map<string, Set<string>> }> {
      if (ids.length === 0) return { households: [], refusedBy: new Map() };
      const [rows, members, ties, refusals] = await Promise.all([
        db.selectFrom("settlement_households").select(["id", "ready_on", "needs_health_services", "needs_wheelchair_home"]).where("id", "in", ids).execute(),
        db
          .selectFrom("settlement_members")
          .select(["household_id", "birth_year", "mapping", "education", "work_sector", "driving_licence", "has_car"])
          .where("household_id", "in", ids)
          .execute(),
        db
          .selectFrom("settlement_ties as t")
          .innerJoin("municipalities as m", "m.number", "t.municipality_number")
          .select(["t.household_id", "t.municipality_number", "t.kind", "m.county_number"])
          .where("t.household_id", "in", ids)
          .execute(),
        db
          .selectFrom("settlement_enquiries as e")
          .innerJoin("settlement_answers as a", "a.enquiry_id", "e.id")
          .select(["e.household_id", "e.municipality_number"])
          .where("a.answer", "=", "refused")
          .where("e.household_id", "in", ids)
          .execute(),
      ]);
      const year = referenceYear();
      const today = clock.today();
      const membersOf = groupBy(members, (m) => m.household_id);
      const tiesOf = groupBy(ties, (t) => t.household_id);
      const households = rows.map((row): ScoringHousehold => {
        const list = membersOf.get(row.id) ?? [];
        const ages = list.map((m) => year - m.birth_year);
        return {
          id: row.id,
          persons: list.length,
          mapped: list
            .filter((m) => m.mapping !== null && year - m.birth_year >= mappingAges.from && year - m.birth_year <= mappingAges.to)
            .map((m) => ({ age: year - m.birth_year, education: m.education, workSector: m.work_sector, drivingLicence: m.driving_licence, hasCar: m.has_car })),
          unaccompaniedMinors: unaccompaniedMinorsOf(ages),
          hasChildren: ages.some((age) => age < 18),
          needsHealthServices: row.needs_health_services,
          needsWheelchairHome: row.needs_wheelchair_home,
          ties: (tiesOf.get(row.id) ?? []).map((t) => ({ municipality: t.municipality_number, countyNumber: t.county_number, kind: t.kind })),
          waitDays: Math.max(0, daysBetween(row.ready_on, today)),
        };
      });
      const refusedBy = new Map<string, Set<string>>();
      for (const r of refusals) {
        const set = refusedBy.get(r.household_id) ?? new Set<string>();
        set.add(r.municipality_number);
        refusedBy.set(r.household_id, set);
      }
      return { households, refusedBy };
    },

    /** Households ready for a run: ready by today, not settled, no open enquiry. */
    async readyIds(): Promise<string[]> {
      const rows = await db
        .selectFrom("settlement_households as h")
        .select("h.id")
        .where("h.ready_on", "<=", clock.today())
        .where((eb) => eb.not(eb.exists(eb.selectFrom("settlement_placements as p").select("p.household_id").whereRef("p.household_id", "=", "h.id"))))
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom("settlement_enquiries as e")
                .leftJoin("settlement_answers as a", "a.enquiry_id", "e.id")
                .select("e.id")
                .whereRef("e.household_id", "=", "h.id")
                .where("a.enquiry_id", "is", null),
            ),
          ),
        )
        .orderBy("h.ready_on")
        .orderBy("h.reference")
        .execute();
      return rows.map((r) => r.id);
    },
  };

  async function historyOf(id: string, actor: SettlementActor): Promise<HistoryEntry[]> {
    const [household, corrections, proposals, overrides, enquiries, placements] = await Promise.all([
      db
        .selectFrom("settlement_households as h")
        .leftJoin("users as u", "u.id", "h.registered_by")
        .select(["h.registered_at", "u.name"])
        .where("h.id", "=", id)
        .executeTakeFirstOrThrow(),
      // Corrections by IMDi live in the audit log only (the household row is replaced).
      db
        .selectFrom("audit_log as l")
        .leftJoin("users as u", "u.id", "l.actor_user_id")
        .select(["l.at", "l.details", "u.name"])
        .where("l.subject_type", "=", "settlement-household")
        .where("l.subject_id", "=", id)
        .where("l.action", "=", "settlement.household.corrected")
        .execute(),
      actor.national
        ? db
            .selectFrom("settlement_proposals as p")
            .innerJoin("settlement_runs as r", "r.id", "p.run_id")
            .select(["r.id as run_id", "r.started_at", "p.municipality_number", "p.score"])
            .where("p.household_id", "=", id)
            .execute()
        : Promise.resolve([]),
      actor.national
        ? db
            .selectFrom("settlement_overrides as o")
            .innerJoin("settlement_proposals as p", "p.id", "o.proposal_id")
            .leftJoin("users as u", "u.id", "o.overridden_by")
            .select(["o.overridden_at", "o.municipality_number", "o.reason", "u.name"])
            .where("p.household_id", "=", id)
            .execute()
        : Promise.resolve([]),
      db
        .selectFrom("settlement_enquiries as e")
        .leftJoin("settlement_answers as a", "a.enquiry_id", "e.id")
        .leftJoin("users as sender", "sender.id", "e.sent_by")
        .leftJoin("users as answerer", "answerer.id", "a.answered_by")
        .select(["e.sent_at", "e.municipality_number", "sender.name as sender", "a.answer", "a.reason", "a.answered_at", "answerer.name as answerer"])
        .where("e.household_id", "=", id)
        .execute(),
      db
        .selectFrom("settlement_placements as p")
        .leftJoin("users as u", "u.id", "p.decided_by")
        .select(["p.decided_at", "p.municipality_number", "u.name"])
        .where("p.household_id", "=", id)
        .execute(),
    ]);
    // A municipality sees its own enquiries and answers, not what other municipalities were asked.
    const own = (municipality: string) => actor.national || actor.municipalities.has(municipality);
    const entries: HistoryEntry[] = [{ at: household.registered_at, kind: "registered", by: household.name }];
    for (const c of corrections) entries.push({ at: c.at, kind: "corrected", fields: (c.details as { fields?: string[] }).fields ?? [], by: c.name });
    for (const p of proposals) entries.push({ at: p.started_at, kind: "proposed", runId: p.run_id, municipality: p.municipality_number, score: p.score });
    for (const o of overrides) entries.push({ at: o.overridden_at, kind: "overridden", municipality: o.municipality_number, reason: o.reason, by: o.name });
    for (const e of enquiries.filter((e) => own(e.municipality_number))) {
      entries.push({ at: e.sent_at, kind: "enquired", municipality: e.municipality_number, by: e.sender });
      if (e.answer && e.answered_at) entries.push({ at: e.answered_at, kind: e.answer, municipality: e.municipality_number, reason: e.reason, by: e.answerer });
    }
    for (const p of placements.filter((p) => own(p.municipality_number))) entries.push({ at: p.decided_at, kind: "settled", municipality: p.municipality_number, by: p.name });
    return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}

/** Without an adult in the household, every child in it is an unaccompanied minor. */
export function unaccompaniedMinorsOf(ages: readonly number[]): number {
  return ages.length > 0 && ages.every((age) => age < 18) ? ages.length : 0;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

export type SettlementHouseholds = ReturnType<typeof createSettlementHouseholds>;

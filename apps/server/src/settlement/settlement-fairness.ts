import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import { requireNational, type SettlementActor } from "./settlement-access.ts";
import type { SettlementCycle } from "./settlement-cycle.ts";
import { daysBetween, unaccompaniedMinorsOf } from "./settlement-households.ts";
import { householdType, type HouseholdType } from "./scoring/settlement-score.ts";
import type { Clock } from "../platform/clock.ts";

type Db = Kysely<DatabaseSchema>;

export const householdTypes: readonly HouseholdType[] = ["unaccompanied", "single", "couple", "family", "other"];
export const needKinds = ["healthServices", "wheelchairHome", "unaccompanied", "none"] as const;
export type NeedKind = (typeof needKinds)[number];

export interface Fairness {
  year: number;
  /** Placed = settled, or enquired and waiting for the answer, this year. */
  placedHouseholds: number;
  placedPersons: number;
  counties: Array<{ number: string; name: string; requested: number; requestedShare: number; placedPersons: number; placedShare: number }>;
  types: Array<{ type: HouseholdType; placedHouseholds: number; placedPersons: number; waitingHouseholds: number; averageWaitDays: number | null }>;
  needs: Array<{ need: NeedKind; placedHouseholds: number; waitingHouseholds: number; averageWaitDays: number | null }>;
  ties: { placedWithTies: number; placedWhereTies: number; share: number | null };
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const average = (values: number[]) => (values.length > 0 ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null);

/**
 * How this year's placements spread over counties, household types and needs, compared with the
 * request; and how many households with ties were placed where they have them.
 */
export function createSettlementFairness(db: Db, cycle: SettlementCycle, clock: Clock) {
  return {
    async view(actor: SettlementActor, year: number): Promise<Fairness> {
      requireNational(actor);
      const overview = await cycle.overview(year);
      const [placed, waiting, members, ties] = await Promise.all([
        db
          .selectFrom("settlement_enquiries as e")
          .innerJoin("settlement_households as h", "h.id", "e.household_id")
          .innerJoin("municipalities as m", "m.number", "e.municipality_number")
          .leftJoin("settlement_answers as a", "a.enquiry_id", "e.id")
          .select(["e.household_id", "e.municipality_number", "m.county_number", "e.persons", "e.sent_at", "h.ready_on", "h.needs_health_services", "h.needs_wheelchair_home"])
          .where("e.year", "=", year)
          .where((eb) => eb.or([eb("a.enquiry_id", "is", null), eb("a.answer", "=", "accepted")]))
          .execute(),
        db
          .selectFrom("settlement_households as h")
          .select(["h.id", "h.ready_on", "h.needs_health_services", "h.needs_wheelchair_home"])
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
          .execute(),
        db.selectFrom("settlement_members").select(["household_id", "birth_year"]).execute(),
        db.selectFrom("settlement_ties").select(["household_id", "municipality_number"]).execute(),
      ]);
      const thisYear = Number(clock.today().slice(0, 4));
      const agesOf = new Map<string, number[]>();
      for (const m of members) agesOf.set(m.household_id, [...(agesOf.get(m.household_id) ?? []), thisYear - m.birth_year]);
      const typeOf = (id: string) => {
        const ages = agesOf.get(id) ?? [];
        return householdType(ages, unaccompaniedMinorsOf(ages));
      };
      const needsOf = (h: { household_id?: string; id?: string; needs_health_services: boolean; needs_wheelchair_home: boolean }): NeedKind[] => {
        const ages = agesOf.get(h.household_id ?? h.id ?? "") ?? [];
        const list: NeedKind[] = [];
        if (h.needs_health_services) list.push("healthServices");
        if (h.needs_wheelchair_home) list.push("wheelchairHome");
        if (unaccompaniedMinorsOf(ages) > 0) list.push("unaccompanied");
        return list.length > 0 ? list : ["none"];
      };
      const tiesOf = new Map<string, Set<string>>();
      for (const t of ties) tiesOf.set(t.household_id, (tiesOf.get(t.household_id) ?? new Set()).add(t.municipality_number));

      const waitAtPlacement = (p: (typeof placed)[number]) => Math.max(0, daysBetween(p.ready_on, p.sent_at.toISOString().slice(0, 10)));
      const placedPersons = placed.reduce((s, p) => s + p.persons, 0);
      const requestedTotal = overview.national.requested;

      const withTies = placed.filter((p) => tiesOf.has(p.household_id));
      const whereTies = withTies.filter((p) => tiesOf.get(p.household_id)?.has(p.municipality_number));
      return {
        year,
        placedHouseholds: placed.length,
        placedPersons,
        counties: overview.counties.map((county) => {
          const persons = placed.filter((p) => p.county_number === county.number).reduce((s, p) => s + p.persons, 0);
          return {
            number: county.number,
            name: county.name,
            requested: county.requested,
            requestedShare: share(county.requested, requestedTotal),
            placedPersons: persons,
            placedShare: share(persons, placedPersons),
          };
        }),
        types: householdTypes.map((type) => {
          const mine = placed.filter((p) => typeOf(p.household_id) === type);
          return {
            type,
            placedHouseholds: mine.length,
            placedPersons: mine.reduce((s, p) => s + p.persons, 0),
            waitingHouseholds: waiting.filter((w) => typeOf(w.id) === type).length,
            averageWaitDays: average(mine.map(waitAtPlacement)),
          };
        }),
        needs: needKinds.map((need) => {
          const mine = placed.filter((p) => needsOf(p).includes(need));
          return {
            need,
            placedHouseholds: mine.length,
            waitingHouseholds: waiting.filter((w) => needsOf(w).includes(need)).length,
            averageWaitDays: average(mine.map(waitAtPlacement)),
          };
        }),
        ties: { placedWithTies: withTies.length, placedWhereTies: whereTies.length, share: withTies.length > 0 ? whereTies.length / withTies.length : null },
      };
    },
  };
}

export type SettlementFairness = ReturnType<typeof createSettlementFairness>;

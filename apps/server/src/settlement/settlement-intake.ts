import type { Static } from "@sinclair/typebox";
import type { Kysely, Transaction } from "kysely";
import type { FieldError } from "@velkomst/validation";
import { recordAudit } from "../audit/audit-log.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { DomainError, InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import type { Clock } from "../platform/clock.ts";
import { requireNational, type SettlementActor } from "./settlement-access.ts";
import { isValidDate } from "./settlement-cycle.ts";
import { isUniqueViolation } from "../platform/unique-violation.ts";
import { mappingAges } from "./scoring/settlement-score.ts";
import type { householdBody } from "./settlement-schemas.ts";

type Db = Kysely<DatabaseSchema>;
type Trx = Transaction<DatabaseSchema>;

/** A household as IMDi registers it from UDI's decision (the body of POST and PUT). */
export type HouseholdInput = Static<typeof householdBody>;

/** What the intake needs of the municipality register: the numbers that exist. */
export interface MunicipalityList {
  listMunicipalities(): Promise<ReadonlyArray<{ number: string }>>;
}

/** How far ahead a household may be registered as ready (UDI's decision comes shortly before). */
export const maximumDaysAhead = 366;
const oldestAge = 120;

class ConflictError extends DomainError {
  constructor(message: string) {
    super(409, "conflict", message);
  }
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The household as stored: trimmed, empty free text as null, languages without repeats. */
function normalise(input: HouseholdInput) {
  const simplified = input.protection === "collective";
  return {
    reference: input.reference.trim(),
    protection: input.protection,
    readyOn: input.readyOn,
    needsHealthServices: input.needsHealthServices ?? false,
    needsWheelchairHome: input.needsWheelchairHome ?? false,
    members: input.members.map((m, index) => ({
      position: index + 1,
      name: m.name.trim(),
      birth_year: m.birthYear,
      relation: m.relation,
      languages: [...new Set((m.languages ?? []).map((l) => l.trim().toLowerCase()).filter(Boolean))],
      mapping: m.mapping ? (simplified ? ("simplified" as const) : ("full" as const)) : null,
      norwegian_level: m.mapping?.norwegianLevel ?? null,
      english_level: m.mapping?.englishLevel ?? null,
      digital_skills: m.mapping?.digitalSkills ?? null,
      education: m.mapping?.education ?? null,
      work_sector: m.mapping?.workSector ?? null,
      work_years: m.mapping?.workYears ?? null,
      other_skills: m.mapping?.otherSkills?.trim() || null,
      driving_licence: m.mapping && simplified ? (m.mapping.drivingLicence ?? null) : null,
      has_car: m.mapping && simplified ? (m.mapping.hasCar ?? null) : null,
    })),
    ties: (input.ties ?? []).map((t) => ({ municipality_number: t.municipality, kind: t.kind })),
  };
}

type Stored = ReturnType<typeof normalise>;

/** The household's own row, the same for a registration and a correction. */
function householdColumns(household: Stored) {
  return {
    reference: household.reference,
    protection: household.protection,
    ready_on: household.readyOn,
    needs_health_services: household.needsHealthServices,
    needs_wheelchair_home: household.needsWheelchairHome,
  };
}

/**
 * Household intake (seed 001 ch. 7, Meld. St. 17): IMDi registers a household ready for settlement
 * from UDI's decision, and corrects it until it is enquired about. Each write is one transaction
 * with its audit row; the household's history shows both.
 */
export function createSettlementIntake(db: Db, municipalities: MunicipalityList, clock: Clock) {
  /** The rules the schema cannot express, each problem named by its field. */
  async function problemsOf(input: HouseholdInput, exceptId: string | null): Promise<FieldError[]> {
    const problems: FieldError[] = [];
    const today = clock.today();
    const year = Number(today.slice(0, 4));
    const reference = input.reference.trim();
    if (!isValidDate(input.readyOn)) problems.push({ path: "readyOn", code: "formatDate", message: "expected a date (YYYY-MM-DD)" });
    else if (input.readyOn > addDays(today, maximumDaysAhead)) {
      problems.push({ path: "readyOn", code: "readyOnTooLate", params: { limit: maximumDaysAhead }, message: `at most ${maximumDaysAhead} days ahead` });
    }
    const mains = input.members.filter((m) => m.relation === "main").length;
    if (mains !== 1) problems.push({ path: "members", code: "oneMain", message: `exactly one member must be the main person (found ${mains})` });
    input.members.forEach((member, index) => {
      const at = `members[${index}]`;
      if (member.name.trim() === "") problems.push({ path: `${at}.name`, code: "required", message: "must not be empty" });
      const age = year - member.birthYear;
      if (age < 0 || age > oldestAge) {
        problems.push({ path: `${at}.birthYear`, code: "birthYearRange", params: { from: year - oldestAge, to: year }, message: `expected a year from ${year - oldestAge} to ${year}` });
      }
      const mapping = member.mapping;
      if (!mapping) return;
      if (age < mappingAges.from || age > mappingAges.to) {
        problems.push({ path: `${at}.mapping`, code: "mappingAge", message: `the skills mapping is for adults aged ${mappingAges.from}–${mappingAges.to}` });
        return;
      }
      if (input.protection === "collective") {
        for (const field of ["drivingLicence", "hasCar"] as const) {
          if (mapping[field] === undefined) problems.push({ path: `${at}.mapping.${field}`, code: "required", message: "required in the simplified mapping (collective protection)" });
        }
      } else {
        for (const field of ["drivingLicence", "hasCar"] as const) {
          if (mapping[field] !== undefined) problems.push({ path: `${at}.mapping.${field}`, code: "simplifiedOnly", message: "only in the simplified mapping (collective protection)" });
        }
      }
    });
    const known = new Set((await municipalities.listMunicipalities()).map((m) => m.number));
    const seen = new Set<string>();
    (input.ties ?? []).forEach((tie, index) => {
      if (!known.has(tie.municipality)) problems.push({ path: `ties[${index}].municipality`, code: "unknownMunicipality", message: `unknown municipality "${tie.municipality}"` });
      else if (seen.has(tie.municipality)) problems.push({ path: `ties[${index}].municipality`, code: "duplicateTie", message: "the municipality is listed twice" });
      seen.add(tie.municipality);
    });
    let taken = db.selectFrom("settlement_households").select("id").where("reference", "=", reference);
    if (exceptId) taken = taken.where("id", "!=", exceptId);
    if (reference !== "" && (await taken.executeTakeFirst())) problems.push({ path: "reference", code: "referenceTaken", message: `reference "${reference}" is already registered` });
    return problems;
  }

  async function insertDetails(trx: Trx, id: string, household: Stored): Promise<void> {
    await trx
      .insertInto("settlement_members")
      .values(household.members.map((m) => ({ ...m, household_id: id })))
      .execute();
    if (household.ties.length > 0) await trx.insertInto("settlement_ties").values(household.ties.map((t) => ({ ...t, household_id: id }))).execute();
  }

  /** A second write of the same reference between the check and the insert: reported like the check. */
  function referenceRace(error: unknown, reference: string): never {
    if (isUniqueViolation(error)) {
      throw new InvalidInputError([{ path: "reference", code: "referenceTaken", message: `reference "${reference}" is already registered` }]);
    }
    throw error;
  }

  /** Settled, or an enquiry waiting for an answer: the household is the municipality's case now. */
  async function assertEditable(trx: Trx, id: string): Promise<void> {
    const row = await trx.selectFrom("settlement_households").select("id").where("id", "=", id).forUpdate().executeTakeFirst();
    if (!row) throw new NotFoundError("household", id);
    const placed = await trx.selectFrom("settlement_placements").select("municipality_number").where("household_id", "=", id).executeTakeFirst();
    if (placed) throw new ConflictError("the household is settled and can no longer be changed");
    const open = await trx
      .selectFrom("settlement_enquiries as e")
      .leftJoin("settlement_answers as a", "a.enquiry_id", "e.id")
      .select("e.id")
      .where("e.household_id", "=", id)
      .where("a.enquiry_id", "is", null)
      .executeTakeFirst();
    if (open) throw new ConflictError("the household has an enquiry waiting for the municipality's answer; it can be changed once the enquiry is answered");
  }

  return {
    /** Registers a household ready for settlement; returns its id. */
    async register(actor: SettlementActor, input: HouseholdInput): Promise<string> {
      requireNational(actor);
      const problems = await problemsOf(input, null);
      if (problems.length > 0) throw new InvalidInputError(problems);
      const household = normalise(input);
      return db
        .transaction()
        .execute(async (trx) => {
          const { id } = await trx
            .insertInto("settlement_households")
            .values({ ...householdColumns(household), registered_by: actor.viewer.id })
            .returning("id")
            .executeTakeFirstOrThrow();
          await insertDetails(trx, id, household);
          await recordAudit(trx, {
            actorUserId: actor.viewer.id,
            action: "settlement.household.registered",
            subjectType: "settlement-household",
            subjectId: id,
            details: { reference: household.reference, persons: household.members.length, ties: household.ties.length },
            ip: actor.ip,
          });
          return id;
        })
        .catch((error: unknown) => referenceRace(error, household.reference));
    },

    /**
     * Replaces what IMDi registered (a correction). Refused with 409 once the household is enquired
     * about or settled. Returns the fields that changed; nothing is written when none did.
     */
    async correct(actor: SettlementActor, id: string, input: HouseholdInput): Promise<string[]> {
      requireNational(actor);
      const exists = await db.selectFrom("settlement_households").select("id").where("id", "=", id).executeTakeFirst();
      if (!exists) throw new NotFoundError("household", id);
      const problems = await problemsOf(input, id);
      if (problems.length > 0) throw new InvalidInputError(problems);
      const household = normalise(input);
      return db
        .transaction()
        .execute(async (trx) => {
          await assertEditable(trx, id);
          const [before, members, ties] = await Promise.all([
            trx.selectFrom("settlement_households").selectAll().where("id", "=", id).executeTakeFirstOrThrow(),
            trx.selectFrom("settlement_members").selectAll().where("household_id", "=", id).orderBy("position").execute(),
            trx.selectFrom("settlement_ties").select(["municipality_number", "kind"]).where("household_id", "=", id).orderBy("municipality_number").execute(),
          ]);
          const memberKey = (list: ReadonlyArray<Stored["members"][number]>) =>
            JSON.stringify(list.map(({ position, name, birth_year, relation, languages, mapping, norwegian_level, english_level, digital_skills, education, work_sector, work_years, other_skills, driving_licence, has_car }) => [position, name, birth_year, relation, languages, mapping, norwegian_level, english_level, digital_skills, education, work_sector, work_years, other_skills, driving_licence, has_car]));
          const tieKey = (list: ReadonlyArray<{ municipality_number: string; kind: string }>) =>
            JSON.stringify([...list].sort((a, b) => a.municipality_number.localeCompare(b.municipality_number)).map((t) => [t.municipality_number, t.kind]));
          const changed = [
            before.reference !== household.reference && "reference",
            before.protection !== household.protection && "protection",
            before.ready_on !== household.readyOn && "readyOn",
            before.needs_health_services !== household.needsHealthServices && "needsHealthServices",
            before.needs_wheelchair_home !== household.needsWheelchairHome && "needsWheelchairHome",
            memberKey(members) !== memberKey(household.members) && "members",
            tieKey(ties) !== tieKey(household.ties) && "ties",
          ].filter((field): field is string => typeof field === "string");
          if (changed.length === 0) return changed;
          await trx
            .updateTable("settlement_households")
            .set(householdColumns(household))
            .where("id", "=", id)
            .execute();
          await trx.deleteFrom("settlement_members").where("household_id", "=", id).execute();
          await trx.deleteFrom("settlement_ties").where("household_id", "=", id).execute();
          await insertDetails(trx, id, household);
          await recordAudit(trx, {
            actorUserId: actor.viewer.id,
            action: "settlement.household.corrected",
            subjectType: "settlement-household",
            subjectId: id,
            details: { reference: household.reference, persons: household.members.length, fields: changed },
            ip: actor.ip,
          });
          return changed;
        })
        .catch((error: unknown) => referenceRace(error, household.reference));
    },
  };
}

export type SettlementIntake = ReturnType<typeof createSettlementIntake>;

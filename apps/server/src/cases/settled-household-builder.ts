import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";

/**
 * A household IMDi settled in `municipality` on `settledOn`, with one adult whose skills are mapped
 * (a test-data builder: the settlement module's own rows, as its decisions leave them).
 */
export async function settledHousehold(db: Kysely<DatabaseSchema>, options: { municipality: string; reference: string; adultName: string; birthYear: number; settledOn: string; protection?: "asylum" | "resettlement" | "collective" }) {
  const year = (await db.selectFrom("settlement_years").select("year").orderBy("year", "desc").executeTakeFirstOrThrow()).year;
  const household = await db
    .insertInto("settlement_households")
    .values({ reference: options.reference, protection: options.protection ?? "resettlement", ready_on: options.settledOn })
    .returning("id")
    .executeTakeFirstOrThrow();
  const member = await db
    .insertInto("settlement_members")
    .values({
      household_id: household.id,
      position: 1,
      name: options.adultName,
      birth_year: options.birthYear,
      relation: "main",
      mapping: "full",
      languages: ["ar", "en"],
      norwegian_level: "basic",
      english_level: "good",
      digital_skills: "basic",
      education: "secondary",
      work_sector: "health",
      work_years: 6,
      other_skills: "Sykepleier i Aleppo",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const enquiry = await db
    .insertInto("settlement_enquiries")
    .values({ year, household_id: household.id, municipality_number: options.municipality, persons: 1, unaccompanied_minors: 0, wheelchair_homes: 0, sent_at: new Date(`${options.settledOn}T09:00:00Z`) as never })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("settlement_placements").values({ household_id: household.id, year, municipality_number: options.municipality, enquiry_id: enquiry.id, decided_at: new Date(`${options.settledOn}T12:00:00Z`) as never }).execute();
  return { householdId: household.id, memberId: member.id };
}

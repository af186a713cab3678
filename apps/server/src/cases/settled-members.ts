import { sql, type Kysely } from "kysely";
import type { EducationLevel, ResidenceBasis } from "@velkomst/rules";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Education, Protection } from "../settlement/settlement-tables.ts";

/** An adult of a household IMDi settled in one of the adviser's municipalities, not yet a participant. */
export interface SettledMember {
  memberId: string;
  name: string;
  birthYear: number;
  reference: string;
  municipality: string;
  settledOn: string;
  residenceBasis: ResidenceBasis;
  education: EducationLevel | undefined;
  languages: string[];
  /** The skills mapping as the settlement module holds it; copied to the participant. */
  skills: Record<string, unknown> | undefined;
}

const basisOf: Record<Protection, ResidenceBasis> = { asylum: "refugee", resettlement: "refugee", collective: "collective-protection" };
const educationOf: Record<Education, EducationLevel> = { none: "none", primary: "primary", secondary: "upper-secondary", vocational: "upper-secondary", higher: "higher" };

/** Adults (18 or over in the current year) of settled households, for registering them as participants. */
export async function settledMembers(db: Kysely<DatabaseSchema>, municipalities: readonly string[], year: number, memberId?: string): Promise<SettledMember[]> {
  if (municipalities.length === 0) return [];
  let query = db
    .selectFrom("settlement_members as m")
    .innerJoin("settlement_households as h", "h.id", "m.household_id")
    .innerJoin("settlement_placements as p", "p.household_id", "h.id")
    .selectAll("m")
    .select(["h.reference", "h.protection", "p.municipality_number", sql<string>`to_char(p.decided_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD')`.as("settled_on")])
    .where("p.municipality_number", "in", municipalities)
    .where("m.birth_year", "<=", year - 18)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom("case_participants").select("id").whereRef("case_participants.source_member_id", "=", "m.id"))));
  if (memberId) query = query.where("m.id", "=", memberId);
  const rows = await query.orderBy("p.decided_at", "desc").orderBy("h.reference").orderBy("m.position").limit(200).execute();
  return rows.map((row) => ({
    memberId: row.id,
    name: row.name,
    birthYear: row.birth_year,
    reference: row.reference,
    municipality: row.municipality_number,
    settledOn: row.settled_on,
    residenceBasis: basisOf[row.protection],
    education: row.education ? educationOf[row.education] : undefined,
    languages: row.languages,
    skills: row.mapping
      ? {
          mapping: row.mapping,
          norwegianLevel: row.norwegian_level,
          englishLevel: row.english_level,
          digitalSkills: row.digital_skills,
          education: row.education,
          workSector: row.work_sector,
          workYears: row.work_years,
          otherSkills: row.other_skills,
          drivingLicence: row.driving_licence,
          hasCar: row.has_car,
        }
      : undefined,
  }));
}

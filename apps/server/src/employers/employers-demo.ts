import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { addDays } from "../events/oslo-time.ts";
import { recordNotice } from "./notice-intake.ts";
import type { WorkerInput } from "./worker-input.ts";

/** Fictional organisation numbers with valid check digits (not in Enhetsregisteret's numbering in use). */
const demoEmployers = [
  {
    organisationNumber: "990000018",
    name: "Frøya Havbruk AS (demo)",
    contactName: "Per Laks",
    contactEmail: "havbruk@demo.velkomst.no",
    workers: [
      { name: "Tomasz Nowak", email: "tomasz.nowak@demo.velkomst.no", phone: null, citizenship: "PL", basis: "eea-worker", days: 10, stay: "6-12", language: "pl", family: false },
      { name: "Jonas Petrauskas", email: null, phone: "+37060012345", citizenship: "LT", basis: "eea-worker", days: 10, stay: "long", language: "en", family: true },
    ],
  },
  {
    organisationNumber: "990000026",
    name: "Kari Fiskeindustri AS",
    contactName: "Kari Fiskeindustri AS",
    contactEmail: "arbeidsgiver@demo.velkomst.no",
    workers: [
      { name: "Olena Koval", email: "olena.koval@demo.velkomst.no", phone: null, citizenship: "UA", basis: "work-permit", days: 14, stay: "long", language: "uk", family: true },
      { name: "Anna Wiśniewska", email: "anna.wisniewska@demo.velkomst.no", phone: null, citizenship: "PL", basis: "eea-worker", days: 14, stay: "3-6", language: "pl", family: false },
      { name: "Marek Kowalski", email: null, phone: "+48601234567", citizenship: "PL", basis: "eea-worker", days: 21, stay: "under-3", language: "pl", family: false },
    ],
  },
] as const;

/**
 * Two approved employers in Frøya (aquaculture and fish processing, seed 000 §5) with workers
 * reported for the coming weeks; the demo employer account belongs to the fish processor, and
 * Frøya's administrator is the fixed contact of both.
 */
export async function seedEmployersDemo(db: Kysely<DatabaseSchema>, clock: Clock): Promise<void> {
  const now = clock.now();
  const today = clock.today();
  const contact = await db.selectFrom("users").select("id").where("email", "=", "admin.froya@demo.velkomst.no").executeTakeFirst();
  await db.transaction().execute(async (transaction) => {
    for (const demo of demoEmployers) {
      const employer = await transaction
        .insertInto("employers")
        .values({
          organisation_number: demo.organisationNumber,
          name: demo.name,
          contact_name: demo.contactName,
          contact_email: demo.contactEmail,
          contact_phone: null,
          language: "nb",
          status: "approved",
          approved_by: contact?.id ?? null,
          approved_at: now,
          created_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await transaction.insertInto("employer_workplaces").values({ employer_id: employer.id, municipality_number: "5014", contact_user_id: contact?.id ?? null }).execute();
      const user = await transaction.selectFrom("users").select("id").where("email", "=", demo.contactEmail).executeTakeFirst();
      if (user) await transaction.insertInto("employer_users").values({ user_id: user.id, employer_id: employer.id, created_at: now }).execute();
      for (const reported of demo.workers) {
        const worker: WorkerInput = {
          name: reported.name,
          email: reported.email,
          phone: reported.phone,
          citizenship: reported.citizenship,
          residenceBasis: reported.basis,
          startDate: addDays(today, reported.days),
          plannedStay: reported.stay,
          municipalityNumber: "5014",
          language: reported.language,
          familyComing: reported.family,
        };
        // Frøya's guidance queue shows the demo notices as it would real ones.
        await recordNotice(transaction, clock, { id: employer.id, name: demo.name }, worker, user?.id ?? null);
      }
    }
  });
}

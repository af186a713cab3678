import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import { addDays, fromOslo } from "../events/oslo-time.ts";
import type { Clock } from "../platform/clock.ts";
import { receiveEnquiry } from "./guidance-repository.ts";

const froya = "5014";
const hitra = "5056";

/**
 * Demo guidance in Frøya and Hitra, dated from the clock: enquiries waiting in the queue, an open case
 * with a meeting next week, a closed one and an employer's notice; and interpreters in both
 * municipalities and the region (one outside the register, to show the exemption).
 */
export async function seedGuidanceDemo(db: Kysely<DatabaseSchema>, clock: Clock, regionId: string): Promise<void> {
  const today = clock.today();
  const daysAgo = (days: number) => fromOslo({ date: addDays(today, -days), time: "10:15" });
  const plan = (basis: string, birthYear: string, arrival: string, citizenship: string, number: string) => ({ grunnlag: basis, fodselsar: birthYear, ankomst: arrival, statsborgerskap: citizenship, nummer: number });
  const arrivedLastMonth = addDays(today, -35).slice(0, 7);
  await db.transaction().execute(async (trx) => {
    const at = (days: number) => ({ now: () => daysAgo(days), today: () => addDays(today, -days) });
    await receiveEnquiry(trx, at(1), { municipality: hitra, source: "public-form", name: "Agnieszka Nowak (demo)", contact: "+48 600 000 001", language: "pl", question: "Jak dostać skattekort i D-nummer?", planAnswers: plan("eea-worker", "1992", arrivedLastMonth, "PL", hitra) });
    await receiveEnquiry(trx, at(2), { municipality: hitra, source: "public-form", name: "Tomas Kazlauskas (demo)", contact: "tomas@example.org", language: "lt", question: "Barnehageplass for datteren min?", planAnswers: plan("eea-worker", "1988", arrivedLastMonth, "LT", hitra) });
    await receiveEnquiry(trx, at(0), { municipality: froya, source: "employer-notice", name: "Ny arbeider ved fiskeindustrien (demo)", contact: "", language: "ro", question: "Tre nye arbeidere begynner om to uker." });
    const open = await receiveEnquiry(trx, at(6), { municipality: froya, source: "walk-in", name: "Maria Popescu (demo)", contact: "+40 700 000 002", language: "ro", question: "Familien kommer i vår: skole og norskkurs.", planAnswers: plan("eea-worker", "1985", arrivedLastMonth, "RO", froya) });
    const closed = await receiveEnquiry(trx, at(20), { municipality: hitra, source: "public-form", name: "Olena Shevchenko (demo)", contact: "+47 900 00 003", language: "uk", question: "Hvor melder jeg flytting?" });
    const meetingDay = addDays(today, 7);
    await trx
      .updateTable("guidance_cases")
      .set({ status: "open", taken_at: daysAgo(5), next_meeting_starts_at: fromOslo({ date: meetingDay, time: "10:00" }), next_meeting_ends_at: fromOslo({ date: meetingDay, time: "11:00" }), next_meeting_place: "Frøya rådhus" })
      .where("id", "=", open)
      .execute();
    await trx.insertInto("guidance_notes").values({ case_id: open, at: daysAgo(5), author_id: null, author_name: "Mona Strand", text: "Trenger informasjon om skole for to barn og norskkurs for seg selv." }).execute();
    await trx.updateTable("guidance_cases").set({ status: "closed", taken_at: daysAgo(19), outcome: "resolved", outcome_note: "Flyttemelding forklart.", closed_at: daysAgo(18) }).where("id", "=", closed).execute();

    const interpreter = (area: { municipality_number: string } | { region_id: string }, name: string, birthDate: string, languages: string[], qualification: DatabaseSchema["interpreters"]["qualification"]) =>
      trx.insertInto("interpreters").values({ municipality_number: null, region_id: null, ...area, name, birth_date: birthDate, languages: JSON.stringify(languages), qualification, created_by: null, created_at: daysAgo(30) }).execute();
    await interpreter({ municipality_number: froya }, "Piotr Zieliński (demo)", "1979-03-14", ["pl"], "category-1");
    await interpreter({ municipality_number: froya }, "Ioana Marin (demo)", "1990-11-02", ["ro"], "category-4");
    await interpreter({ municipality_number: hitra }, "Rasa Petrauskienė (demo)", "1984-07-21", ["lt", "ru"], "category-3");
    await interpreter({ region_id: regionId }, "Hanna Kovalenko (demo)", "1995-01-09", ["uk", "ru"], "not-registered");
  });
}

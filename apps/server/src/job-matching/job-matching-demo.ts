import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import { addDays, fromOslo, toOslo } from "../events/oslo-time.ts";
import type { Clock } from "../platform/clock.ts";

/** Openings of the two demo employers in Frøya (seed 000 §5), by organisation number. */
const demoOpenings = [
  { employer: "990000026", title: "Operatør fiskeforedling", occupationCode: "8160", hours: 37, norwegian: { listening: "A2", reading: null, writing: null, speaking: "A2" }, certificate: null, authorisation: false, startsIn: 21 },
  { employer: "990000018", title: "Havbruksoperatør, matfisk", occupationCode: "6221", hours: 37, norwegian: { listening: "B1", reading: "A2", writing: null, speaking: "B1" }, certificate: null, authorisation: false, startsIn: 30 },
  // Electricians are regulated (DSB): the authorisation is a hard filter.
  { employer: "990000018", title: "Elektriker, anlegg og fôrflåter", occupationCode: "7411", hours: 37, norwegian: { listening: "B1", reading: "B1", writing: "A2", speaking: "B1" }, certificate: null, authorisation: true, startsIn: 45 },
] as const;

const fairTexts = {
  nb: { title: "Jobbmesse for havbruk og sjømat", description: "Møt arbeidsgivere i havbruk og fiskeforedling. Ta med CV-en din." },
  nn: { title: "Jobbmesse for havbruk og sjømat", description: "Møt arbeidsgivarar i havbruk og fiskeforedling. Ta med CV-en din." },
  en: { title: "Job fair for aquaculture and seafood", description: "Meet employers in aquaculture and fish processing. Bring your CV." },
  uk: { title: "Ярмарок вакансій: аквакультура і морепродукти", description: "Зустріньтеся з роботодавцями в аквакультурі та рибопереробці. Візьміть із собою резюме." },
  pl: { title: "Targi pracy: akwakultura i owoce morza", description: "Poznaj pracodawców z akwakultury i przetwórstwa ryb. Zabierz CV." },
  ar: { title: "معرض وظائف: تربية الأسماك والمأكولات البحرية", description: "تعرّف على أصحاب العمل في تربية الأسماك وتصنيعها. أحضر سيرتك الذاتية." },
};

/**
 * Openings of the Frøya demo employers, the demo newcomer's skills profile (opted in to matching,
 * with one request from the aquaculture company waiting), and a job fair in Frøya where the fish
 * processor has a stand with its opening. Runs after the employers' and events' demo seeds.
 */
export async function seedJobMatchingDemo(db: Kysely<DatabaseSchema>, clock: Clock, newcomerEmail: string): Promise<void> {
  const now = clock.now();
  const today = clock.today();
  await db.transaction().execute(async (transaction) => {
    const employers = await transaction.selectFrom("employers").select(["id", "organisation_number"]).where("organisation_number", "in", demoOpenings.map((o) => o.employer)).execute();
    const employerId = (organisationNumber: string) => employers.find((e) => e.organisation_number === organisationNumber)!.id;
    const openings = await transaction
      .insertInto("job_openings")
      .values(
        demoOpenings.map((opening) => ({
          employer_id: employerId(opening.employer),
          title: opening.title,
          occupation_code: opening.occupationCode,
          municipality_number: "5014",
          hours_per_week: opening.hours,
          languages: JSON.stringify([{ code: "en", level: "A2" }]),
          norwegian: JSON.stringify(opening.norwegian),
          driving_licence: null,
          certificate: opening.certificate,
          authorisation_required: opening.authorisation,
          starts_on: addDays(today, opening.startsIn),
          created_at: now,
          updated_at: now,
        })),
      )
      .returning(["id", "employer_id", "occupation_code"])
      .execute();

    const newcomer = await transaction.selectFrom("users").select(["id", "name"]).where("email", "=", newcomerEmail).executeTakeFirstOrThrow();
    const profile = await transaction
      .insertInto("skills_profiles")
      .values({
        user_id: newcomer.id,
        participant_id: null,
        full_name: newcomer.name,
        email: newcomerEmail,
        phone: null,
        language: "uk",
        municipality_number: "5014",
        education: JSON.stringify([{ level: "vocational", field: "Технологія переробки риби", country: "UA", completedYear: 2012, recognition: "in-progress" }]),
        experience: JSON.stringify([{ occupationCode: "8160", title: "Оператор лінії переробки риби", employer: "Демо-завод, Одеса", country: "UA", fromYear: 2012, toYear: 2022 }]),
        languages: JSON.stringify([{ code: "uk", level: "native" }, { code: "en", level: "B1" }]),
        norwegian: JSON.stringify({ listening: "A2", reading: "A2", writing: "A1", speaking: "A2" }),
        driving_licences: ["B"],
        certificates: JSON.stringify([]),
        wishes: JSON.stringify({ occupations: ["8160", "6221"], municipalities: ["5014"], hoursPerWeek: 37 }),
        consent_given_at: now,
        matching_opt_in_at: now,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const aquaculture = openings.find((o) => o.occupation_code === "6221")!;
    await transaction.insertInto("job_contact_requests").values({ opening_id: aquaculture.id, employer_id: aquaculture.employer_id, profile_id: profile.id, created_at: now }).execute();

    // Four weeks ahead, 12–17 Norwegian time, so the demo fair is always upcoming.
    const fairDate = toOslo(new Date(now.getTime() + 28 * 86_400_000)).date;
    const fair = await transaction
      .insertInto("events")
      .values({
        municipality_number: "5014",
        region_id: null,
        kind: "job-fair",
        place_name: "Frøya kultur- og kompetansesenter",
        address: "Demo: Sistranda, 7260 Sistranda",
        starts_at: fromOslo({ date: fairDate, time: "12:00" }),
        ends_at: fromOslo({ date: fairDate, time: "17:00" }),
        languages: ["nb", "en", "pl", "uk"],
        target_group: "job-seekers",
        organiser_name: "Velkomstsenteret Frøya og Hitra",
        organiser_kind: "welcome-service",
        signup_enabled: false,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await transaction.insertInto("event_texts").values(Object.entries(fairTexts).map(([language, text]) => ({ event_id: fair.id, language, ...text }))).execute();
    const processor = openings.find((o) => o.occupation_code === "8160")!;
    await transaction.insertInto("job_fair_stands").values({ event_id: fair.id, employer_id: processor.employer_id, created_at: now }).execute();
    await transaction.insertInto("job_fair_openings").values({ event_id: fair.id, employer_id: processor.employer_id, opening_id: processor.id }).execute();
  });
}

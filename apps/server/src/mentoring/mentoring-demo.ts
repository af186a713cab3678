import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import { addDays } from "../events/oslo-time.ts";
import type { Clock } from "../platform/clock.ts";
import type { Role, Scope } from "../staff/roles.ts";
import { scorePair } from "./match-score.ts";
import type { MatchProfile } from "./match-profile.ts";
import { volunteerTermsVersion } from "./mentoring-repository.ts";

type Profile = Omit<MatchProfile, "id"> & { firstName: string; phone: string };

const hitra = "5056";

/** Two more volunteer mentors of the Hitra cohort, seeded as demo accounts (so a second mentor can sign in and see only their own mentee). */
export const mentoringDemoAccounts: ReadonlyArray<{ email: string; name: string; role: Role; scope: Scope }> = [
  { email: "mentor.kari@demo.velkomst.no", name: "Kari Mentor", role: "volunteer", scope: { kind: "municipality", id: hitra } },
  { email: "mentor.per@demo.velkomst.no", name: "Per Mentor", role: "volunteer", scope: { kind: "municipality", id: hitra } },
];
const mentorProfiles: Record<string, Profile> = {
  ola: { firstName: "Ola", phone: "+47 900 00 001", interests: ["job-seeking", "aquaculture", "outdoor-life"], languages: ["nb", "en"], municipalityNumber: hitra, gender: "man", genderPreference: "any", availability: ["weekday-evening", "weekend"] },
  kari: { firstName: "Kari", phone: "+47 900 00 002", interests: ["family-life", "health", "culture"], languages: ["nb", "pl"], municipalityNumber: hitra, gender: "woman", genderPreference: "any", availability: ["weekday-daytime"] },
  per: { firstName: "Per", phone: "+47 900 00 003", interests: ["sports", "volunteering"], languages: ["nb", "uk"], municipalityNumber: "5014", gender: "man", genderPreference: "any", availability: ["weekend"] },
};
const menteeProfiles: Record<string, Profile> = {
  yusuf: { firstName: "Yusuf", phone: "+47 900 00 011", interests: ["job-seeking", "aquaculture"], languages: ["ar", "en"], municipalityNumber: hitra, gender: "man", genderPreference: "any", availability: ["weekday-evening"] },
  agnieszka: { firstName: "Agnieszka", phone: "+47 900 00 012", interests: ["family-life", "health"], languages: ["pl"], municipalityNumber: hitra, gender: "woman", genderPreference: "woman", availability: ["weekday-daytime"] },
  mykola: { firstName: "Mykola", phone: "+47 900 00 013", interests: ["sports"], languages: ["uk"], municipalityNumber: hitra, gender: "man", genderPreference: "any", availability: ["weekend", "weekday-evening"] },
};

const profileColumns = (p: Profile) => ({
  first_name: p.firstName,
  phone: p.phone,
  interests: [...p.interests],
  languages: [...p.languages],
  municipality_number: p.municipalityNumber,
  gender: p.gender,
  gender_preference: p.genderPreference,
  availability: [...p.availability],
});

/**
 * One mentor cohort in Hitra, two months under way (dates from the clock): Ola Frivillig (the demo
 * volunteer) meets Yusuf regularly, Kari and Agnieszka have gone quiet, and Per and Mykola wait
 * to be paired from the proposal. Kari and Per are demo accounts too.
 */
export async function seedMentoringDemo(db: Kysely<DatabaseSchema>, clock: Clock, volunteerEmail: string): Promise<void> {
  const today = clock.today();
  const ola = await db.selectFrom("users").select("id").where("email", "=", volunteerEmail).executeTakeFirst();
  if (!ola) return;
  await db.transaction().execute(async (transaction) => {
    const { id: cohortId } = await transaction
      .insertInto("mentor_cohorts")
      .values({ municipality_number: hitra, name: "Mentornettverket Hitra", starts_on: addDays(today, -60), ends_on: addDays(today, 182), police_certificate_required: false })
      .returning("id")
      .executeTakeFirstOrThrow();
    const userIds: Record<string, string> = { ola: ola.id };
    for (const account of mentoringDemoAccounts) {
      const user = await transaction.selectFrom("users").select("id").where("email", "=", account.email).executeTakeFirstOrThrow();
      userIds[account.email.split(".")[1]!.split("@")[0]!] = user.id;
    }
    const mentorIds: Record<string, string> = {};
    for (const [key, profile] of Object.entries(mentorProfiles)) {
      const { id } = await transaction
        .insertInto("mentors")
        .values({ cohort_id: cohortId, user_id: userIds[key]!, ...profileColumns(profile), terms_version: volunteerTermsVersion, terms_accepted_at: clock.now() })
        .returning("id")
        .executeTakeFirstOrThrow();
      mentorIds[key] = id;
    }
    const menteeIds: Record<string, string> = {};
    for (const [key, profile] of Object.entries(menteeProfiles)) {
      const { id } = await transaction
        .insertInto("mentees")
        .values({ cohort_id: cohortId, ...profileColumns(profile), email: null, consent_given_on: addDays(today, -62), recorded_by: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      menteeIds[key] = id;
    }
    const meetingsAgo: Record<string, number[]> = { yusuf: [55, 41, 27, 13, 4], agnieszka: [52, 38] };
    for (const [mentor, mentee] of [["ola", "yusuf"], ["kari", "agnieszka"]] as const) {
      const score = scorePair({ id: mentor, ...mentorProfiles[mentor]! }, { id: mentee, ...menteeProfiles[mentee]! });
      const { id: pairId } = await transaction
        .insertInto("mentor_pairs")
        .values({ cohort_id: cohortId, mentor_id: mentorIds[mentor]!, mentee_id: menteeIds[mentee]!, score: score.total, points: JSON.stringify(score.points), confirmed_by: null, confirmed_at: new Date(clock.now().getTime() - 58 * 86_400_000) })
        .returning("id")
        .executeTakeFirstOrThrow();
      const topics = ["Bli kjent", "CV og jobbsøknad", "Besøk på et oppdrettsanlegg", "Tur til Fillfjellet", "Intervjutrening"];
      const rows = (meetingsAgo[mentee] ?? []).map((days, index) => ({ pair_id: pairId, met_on: addDays(today, -days), minutes: 120, topic: topics[index] ?? "Samtale", logged_by: userIds[mentor]! }));
      if (rows.length > 0) await transaction.insertInto("mentor_meetings").values(rows).execute();
    }
  });
}

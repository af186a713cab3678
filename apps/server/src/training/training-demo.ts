import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import { isoWeek } from "../employers/outreach-days.ts";
import { addDays } from "../events/oslo-time.ts";
import type { Clock } from "../platform/clock.ts";
import type { TrainingLearnersTable, TrainingLevel, TrainingSkill, TrainingSubject } from "./training-tables.ts";

interface DemoLearner {
  municipality: string;
  name: string;
  birthDate: string;
  basis: string;
  education: TrainingLearnersTable["education"];
  arrivedDaysAgo: number;
  enrolledDaysAgo?: number;
  /** Hours a week from enrolment to last week, per subject, and for how many weeks social studies ran. */
  weekly?: { norwegian: number; socialStudies: number; socialStudiesWeeks: number };
  results?: ReadonlyArray<[TrainingSkill, TrainingLevel, number]>;
}

/** Learners in every phase: just arrived, started, halfway, social studies done, late, and a labour migrant who pays. */
const learners: readonly DemoLearner[] = [
  { municipality: "5056", name: "Rahul Menon (demo)", birthDate: "1991-08-12", basis: "work-permit", education: "higher", arrivedDaysAgo: 70, enrolledDaysAgo: 42, weekly: { norwegian: 4, socialStudies: 3, socialStudiesWeeks: 5 } },
  { municipality: "5056", name: "Amina Yusuf (demo)", birthDate: "1987-02-03", basis: "refugee", education: "primary", arrivedDaysAgo: 300, enrolledDaysAgo: 250, weekly: { norwegian: 12, socialStudies: 2, socialStudiesWeeks: 30 }, results: [["reading", "A2", 30], ["speaking", "B1", 30]] },
  { municipality: "5056", name: "Samuel Tesfaye (demo)", birthDate: "1983-11-20", basis: "family-of-refugee", education: "none", arrivedDaysAgo: 420, enrolledDaysAgo: 300, weekly: { norwegian: 10, socialStudies: 1.5, socialStudiesWeeks: 26 }, results: [["listening", "A1", 60]] },
  { municipality: "5014", name: "Khalid Rahimi (demo)", birthDate: "1995-05-30", basis: "refugee", education: "upper-secondary", arrivedDaysAgo: 430, enrolledDaysAgo: 400, weekly: { norwegian: 15, socialStudies: 3, socialStudiesWeeks: 25 }, results: [["reading", "B1", 20], ["writing", "A2", 20], ["listening", "B1", 20], ["speaking", "B1", 20]] },
  { municipality: "5014", name: "Lina Haddad (demo)", birthDate: "1998-09-14", basis: "family-of-refugee", education: "upper-secondary", arrivedDaysAgo: 21 },
  { municipality: "5014", name: "Oksana Melnyk (demo)", birthDate: "1979-04-01", basis: "collective-protection", education: "higher", arrivedDaysAgo: 200, enrolledDaysAgo: 180, weekly: { norwegian: 15, socialStudies: 0, socialStudiesWeeks: 0 }, results: [["speaking", "A2", 40]] },
];

/** Demo learners of Norwegian and social studies in Frøya and Hitra, dated from the clock, with weeks of hours and test results. */
export async function seedTrainingDemo(db: Kysely<DatabaseSchema>, clock: Clock): Promise<void> {
  const today = clock.today();
  const thisMonday = isoWeek(today).weekStart;
  await db.transaction().execute(async (trx) => {
    for (const learner of learners) {
      const enrolledOn = learner.enrolledDaysAgo === undefined ? null : addDays(today, -learner.enrolledDaysAgo);
      const { id } = await trx
        .insertInto("training_learners")
        .values({
          municipality_number: learner.municipality,
          participant_id: null,
          name: learner.name,
          birth_date: learner.birthDate,
          residence_basis: learner.basis,
          arrival_date: addDays(today, -learner.arrivedDaysAgo),
          education: learner.education,
          enrolled_on: enrolledOn,
          provider: enrolledOn ? (learner.municipality === "5014" ? "Frøya voksenopplæring" : "Hitra læringssenter") : "",
          created_by: null,
          created_at: clock.now(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (enrolledOn && learner.weekly) {
        const rows: Array<{ subject: TrainingSubject; monday: string; hours: number }> = [];
        let week = 0;
        for (let monday = isoWeek(enrolledOn).weekStart; monday < thisMonday; monday = addDays(monday, 7), week++) {
          rows.push({ subject: "norwegian", monday, hours: learner.weekly.norwegian });
          if (week < learner.weekly.socialStudiesWeeks && learner.weekly.socialStudies > 0) rows.push({ subject: "social-studies", monday, hours: learner.weekly.socialStudies });
        }
        if (rows.length > 0)
          await trx
            .insertInto("training_attendance")
            .values(rows.map((row) => ({ learner_id: id, subject: row.subject, period: "week" as const, on_date: row.monday, minutes: row.hours * 60, recorded_by: null, recorded_at: clock.now() })))
            .execute();
      }
      for (const [skill, level, daysAgo] of learner.results ?? [])
        await trx.insertInto("training_results").values({ learner_id: id, skill, level, test_name: "Norskprøven", tested_on: addDays(today, -daysAgo), recorded_by: null, recorded_at: clock.now() }).execute();
    }
  });
}

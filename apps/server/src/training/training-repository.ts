import { sql, type Kysely } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import type { CaseActor } from "../cases/case-access.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import type { AttendancePeriod, ExemptionSubject, TrainingLearnersTable, TrainingLevel, TrainingSkill, TrainingSubject } from "./training-tables.ts";

type Db = Kysely<DatabaseSchema>;

export const uuidPattern = /^[0-9a-f-]{36}$/i;

export interface LearnerInput {
  municipality: string;
  participantId: string | null;
  name: string;
  birthDate: string;
  residenceBasis: string;
  arrivalDate: string;
  education: TrainingLearnersTable["education"];
}

export interface AttendanceInput {
  subject: TrainingSubject;
  period: Exclude<AttendancePeriod, "earlier">;
  /** A week's Monday, or the session's day. */
  onDate: string;
  minutes: number;
}

/** Minutes attended per subject: the sum of the learner's attendance rows. */
export type AttendedMinutes = Record<TrainingSubject, number>;

export interface ResultInput {
  skill: TrainingSkill;
  level: TrainingLevel;
  testName: string;
  testedOn: string;
}

export interface ExemptionInput {
  subject: ExemptionSubject;
  reason: string;
  decidedOn: string;
}

export interface Learner extends LearnerInput {
  id: string;
  enrolledOn: string | null;
  provider: string;
  attended: AttendedMinutes;
  attendance: Array<{ id: string; subject: TrainingSubject; period: AttendancePeriod; onDate: string; minutes: number }>;
  results: Array<{ id: string; skill: TrainingSkill; level: TrainingLevel; testName: string; testedOn: string }>;
  exemptions: Array<{ id: string; subject: ExemptionSubject; reason: string; decidedOn: string }>;
}

/** A learner as the list shows them. */
export interface LearnerSummary extends Omit<LearnerInput, "participantId"> {
  id: string;
  enrolledOn: string | null;
  attended: AttendedMinutes;
}

/** Another municipality's learner, or no learner, is not found (404) and nothing changes. */
export async function accessible(executor: Db, id: string, actor: CaseActor): Promise<void> {
  const row = uuidPattern.test(id) ? await executor.selectFrom("training_learners").select("municipality_number").where("id", "=", id).executeTakeFirst() : undefined;
  if (!row || !actor.municipalities.has(row.municipality_number)) throw new NotFoundError("learner", id);
}

/** Learners of Norwegian and social studies in the actor's municipalities; every read of one is in the audit log. */
export function createTrainingRepository(db: Db, clock: Clock) {
  const audit = (executor: Db, actor: CaseActor, action: string, id: string) => recordAudit(executor, { actorUserId: actor.userId, action, subjectType: "training_learner", subjectId: id });

  /** Runs a change of one learner in a transaction, with the access check and the audit row. */
  const change = (id: string, actor: CaseActor, action: string, run: (trx: Db) => Promise<unknown>) =>
    db.transaction().execute(async (trx) => {
      await accessible(trx, id, actor);
      await run(trx);
      await audit(trx, actor, action, id);
    });

  return {
    accessible: (id: string, actor: CaseActor) => accessible(db, id, actor),

    async list(actor: CaseActor): Promise<LearnerSummary[]> {
      const numbers = [...actor.municipalities];
      if (numbers.length === 0) return [];
      return db.transaction().execute(async (trx) => {
        const minutesOf = (subject: TrainingSubject) =>
          sql<number>`(select coalesce(sum(a.minutes), 0) from training_attendance a where a.learner_id = training_learners.id and a.subject = ${subject})::int`;
        const rows = await trx
          .selectFrom("training_learners")
          .select(["id", "name", "municipality_number", "residence_basis", "arrival_date", "birth_date", "education", "enrolled_on"])
          .select([minutesOf("norwegian").as("norwegian_minutes"), minutesOf("social-studies").as("social_studies_minutes")])
          .where("municipality_number", "in", numbers)
          .where("anonymised_at", "is", null)
          .orderBy("name")
          .limit(500)
          .execute();
        for (const row of rows) await audit(trx, actor, "training.listed", row.id);
        return rows.map((row): LearnerSummary => ({
          id: row.id,
          municipality: row.municipality_number,
          name: row.name,
          birthDate: row.birth_date,
          residenceBasis: row.residence_basis,
          arrivalDate: row.arrival_date,
          education: row.education,
          enrolledOn: row.enrolled_on,
          attended: { norwegian: row.norwegian_minutes, "social-studies": row.social_studies_minutes },
        }));
      });
    },

    async create(input: LearnerInput, actor: CaseActor): Promise<string> {
      return db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto("training_learners")
          .values({
            municipality_number: input.municipality,
            participant_id: input.participantId,
            name: input.name,
            birth_date: input.birthDate,
            residence_basis: input.residenceBasis,
            arrival_date: input.arrivalDate,
            education: input.education,
            created_by: actor.userId,
            created_at: clock.now(),
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await audit(trx, actor, "training.created", id);
        return id;
      });
    },

    async read(id: string, actor: CaseActor): Promise<Learner> {
      return db.transaction().execute(async (trx) => {
        await accessible(trx, id, actor);
        const row = await trx.selectFrom("training_learners").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
        const results = await trx.selectFrom("training_results").selectAll().where("learner_id", "=", id).orderBy("tested_on", "desc").execute();
        const exemptions = await trx.selectFrom("training_exemptions").selectAll().where("learner_id", "=", id).orderBy("decided_on").execute();
        const attendance = await trx.selectFrom("training_attendance").selectAll().where("learner_id", "=", id).orderBy("on_date", "desc").orderBy("recorded_at", "desc").execute();
        const attended: AttendedMinutes = { norwegian: 0, "social-studies": 0 };
        for (const row of attendance) attended[row.subject] += row.minutes;
        await audit(trx, actor, "training.read", id);
        return {
          id: row.id,
          municipality: row.municipality_number,
          participantId: row.participant_id,
          name: row.name,
          birthDate: row.birth_date,
          residenceBasis: row.residence_basis,
          arrivalDate: row.arrival_date,
          education: row.education,
          enrolledOn: row.enrolled_on,
          provider: row.provider,
          attended,
          attendance: attendance.map((a) => ({ id: a.id, subject: a.subject, period: a.period, onDate: a.on_date, minutes: a.minutes })),
          results: results.map((r) => ({ id: r.id, skill: r.skill, level: r.level, testName: r.test_name, testedOn: r.tested_on })),
          exemptions: exemptions.map((e) => ({ id: e.id, subject: e.subject, reason: e.reason, decidedOn: e.decided_on })),
        };
      });
    },

    addResult: (id: string, result: ResultInput, actor: CaseActor) =>
      change(id, actor, "training.result-added", (trx) =>
        trx.insertInto("training_results").values({ learner_id: id, skill: result.skill, level: result.level, test_name: result.testName, tested_on: result.testedOn, recorded_by: actor.userId, recorded_at: clock.now() }).execute(),
      ),

    addExemption: (id: string, exemption: ExemptionInput, actor: CaseActor) =>
      change(id, actor, "training.exemption-added", (trx) =>
        trx.insertInto("training_exemptions").values({ learner_id: id, subject: exemption.subject, reason: exemption.reason, decided_on: exemption.decidedOn, recorded_by: actor.userId, recorded_at: clock.now() }).execute(),
      ),

    setEnrolment: (id: string, enrolment: { enrolledOn: string | null; provider: string }, actor: CaseActor) =>
      change(id, actor, "training.enrolment-set", (trx) => trx.updateTable("training_learners").set({ enrolled_on: enrolment.enrolledOn, provider: enrolment.provider }).where("id", "=", id).execute()),

    addAttendance: (id: string, attendance: AttendanceInput, actor: CaseActor) =>
      change(id, actor, "training.hours-added", (trx) =>
        trx
          .insertInto("training_attendance")
          .values({ learner_id: id, subject: attendance.subject, period: attendance.period, on_date: attendance.onDate, minutes: attendance.minutes, recorded_by: actor.userId, recorded_at: clock.now() })
          .execute(),
      ),
  };
}

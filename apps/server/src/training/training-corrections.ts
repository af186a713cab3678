import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import type { CaseActor } from "../cases/case-access.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import { accessible, uuidPattern, type ExemptionInput, type ResultInput } from "./training-repository.ts";
import type { AttendancePeriod, CorrectionKind, TrainingSubject } from "./training-tables.ts";

type Db = Kysely<DatabaseSchema>;

/** A row of hours as stored: rows typed as a total before 0051 keep their period `earlier` until changed. */
export interface HoursRecord {
  subject: TrainingSubject;
  period: AttendancePeriod;
  onDate: string;
  minutes: number;
}

/** What each kind of record holds, as the forms read it and the history keeps it. */
export interface CorrectionValues {
  result: ResultInput;
  exemption: ExemptionInput;
  hours: HoursRecord;
}

export type CorrectableRecord = { [K in CorrectionKind]: { kind: K; value: CorrectionValues[K] } }[CorrectionKind];

export interface CorrectionEntry {
  id: string;
  correctedAt: Date;
  change: "changed" | "removed";
  record: CorrectableRecord;
  after: CorrectableRecord | null;
  reason: string;
}

/** One table per kind: how a record is found (only the learner's own), changed and removed. */
interface RecordStore<T> {
  read(executor: Db, learnerId: string, recordId: string): Promise<T | undefined>;
  update(executor: Db, recordId: string, value: T): Promise<unknown>;
  remove(executor: Db, recordId: string): Promise<unknown>;
}

const stores: { [K in CorrectionKind]: RecordStore<CorrectionValues[K]> } = {
  result: {
    read: async (executor, learnerId, recordId) => {
      const row = await executor.selectFrom("training_results").select(["skill", "level", "test_name", "tested_on"]).where("id", "=", recordId).where("learner_id", "=", learnerId).executeTakeFirst();
      return row && { skill: row.skill, level: row.level, testName: row.test_name, testedOn: row.tested_on };
    },
    update: (executor, recordId, v) => executor.updateTable("training_results").set({ skill: v.skill, level: v.level, test_name: v.testName, tested_on: v.testedOn }).where("id", "=", recordId).execute(),
    remove: (executor, recordId) => executor.deleteFrom("training_results").where("id", "=", recordId).execute(),
  },
  exemption: {
    read: async (executor, learnerId, recordId) => {
      const row = await executor.selectFrom("training_exemptions").select(["subject", "reason", "decided_on"]).where("id", "=", recordId).where("learner_id", "=", learnerId).executeTakeFirst();
      return row && { subject: row.subject, reason: row.reason, decidedOn: row.decided_on };
    },
    update: (executor, recordId, v) => executor.updateTable("training_exemptions").set({ subject: v.subject, reason: v.reason, decided_on: v.decidedOn }).where("id", "=", recordId).execute(),
    remove: (executor, recordId) => executor.deleteFrom("training_exemptions").where("id", "=", recordId).execute(),
  },
  hours: {
    read: async (executor, learnerId, recordId) => {
      const row = await executor.selectFrom("training_attendance").select(["subject", "period", "on_date", "minutes"]).where("id", "=", recordId).where("learner_id", "=", learnerId).executeTakeFirst();
      return row && { subject: row.subject, period: row.period, onDate: row.on_date, minutes: row.minutes };
    },
    update: (executor, recordId, v) => executor.updateTable("training_attendance").set({ subject: v.subject, period: v.period, on_date: v.onDate, minutes: v.minutes }).where("id", "=", recordId).execute(),
    remove: (executor, recordId) => executor.deleteFrom("training_attendance").where("id", "=", recordId).execute(),
  },
};

const recordOf = <K extends CorrectionKind>(kind: K, value: unknown) => ({ kind, value }) as CorrectableRecord;

/**
 * Corrections of a learner's test results, exemptions and hours: each change or removal is made in
 * place, in one transaction with its history row (what it was, what it became, why) and an audit row,
 * both stamped with the app's clock. Another municipality's learner, or a record of another learner,
 * is not found and nothing changes.
 */
export function createTrainingCorrections(db: Db, clock: Clock) {
  async function found<K extends CorrectionKind>(executor: Db, learnerId: string, kind: K, recordId: string, actor: CaseActor): Promise<CorrectionValues[K]> {
    await accessible(executor, learnerId, actor);
    const value = uuidPattern.test(recordId) ? await (stores[kind] as RecordStore<CorrectionValues[K]>).read(executor, learnerId, recordId) : undefined;
    if (!value) throw new NotFoundError(`training ${kind}`, recordId);
    return value;
  }

  function record<K extends CorrectionKind>(learnerId: string, kind: K, recordId: string, actor: CaseActor, change: { after: CorrectionValues[K] | null; reason: string }) {
    return db.transaction().execute(async (trx) => {
      const before = await found(trx, learnerId, kind, recordId, actor);
      const store = stores[kind] as RecordStore<CorrectionValues[K]>;
      await (change.after ? store.update(trx, recordId, change.after) : store.remove(trx, recordId));
      const at = clock.now();
      const { id } = await trx
        .insertInto("training_corrections")
        .values({
          learner_id: learnerId,
          record_kind: kind,
          record_id: recordId,
          change: change.after ? "changed" : "removed",
          before: JSON.stringify(before),
          after: change.after ? JSON.stringify(change.after) : null,
          reason: change.reason,
          corrected_by: actor.userId,
          corrected_at: at,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      // The reason stays in the history, which retention clears with the learner; the audit log keeps who and when.
      await recordAudit(trx, { actorUserId: actor.userId, action: `training.${kind}-${change.after ? "changed" : "removed"}`, subjectType: "training_learner", subjectId: learnerId, details: { record: recordId, correction: id }, at });
    });
  }

  return {
    /** One record to correct; the read is in the audit log as a read of the learner. */
    read: <K extends CorrectionKind>(learnerId: string, kind: K, recordId: string, actor: CaseActor) =>
      db.transaction().execute(async (trx) => {
        const value = await found(trx, learnerId, kind, recordId, actor);
        await recordAudit(trx, { actorUserId: actor.userId, action: "training.read", subjectType: "training_learner", subjectId: learnerId });
        return value;
      }),

    change: <K extends CorrectionKind>(learnerId: string, kind: K, recordId: string, after: CorrectionValues[K], reason: string, actor: CaseActor) => record(learnerId, kind, recordId, actor, { after, reason }),

    remove: (learnerId: string, kind: CorrectionKind, recordId: string, reason: string, actor: CaseActor) => record(learnerId, kind, recordId, actor, { after: null, reason }),

    /** The learner's corrections, newest first (call after the learner's read, which checks access and is audited). */
    async history(learnerId: string): Promise<CorrectionEntry[]> {
      const rows = await db.selectFrom("training_corrections").selectAll().where("learner_id", "=", learnerId).orderBy("corrected_at", "desc").orderBy("id").execute();
      return rows.map((row) => ({
        id: row.id,
        correctedAt: row.corrected_at,
        change: row.change,
        record: recordOf(row.record_kind, row.before),
        after: row.after ? recordOf(row.record_kind, row.after) : null,
        reason: row.reason,
      }));
    },
  };
}

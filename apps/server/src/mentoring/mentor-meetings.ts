import { recordAudit } from "../audit/audit-log.ts";
import type { Viewer } from "../auth/viewer.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { isId } from "./mentoring-access.ts";
import type { FeedbackSide } from "./mentoring-tables.ts";
import { findCohort, type Cohort, type MentoringServices } from "./mentoring-repository.ts";

export interface Meeting {
  metOn: string;
  minutes: number;
  topic: string;
}

export interface Mentorship {
  cohort: Cohort;
  mentorId: string;
  pair: {
    id: string;
    /** Only the first name and contact: all a volunteer sees of their mentee. */
    mentee: { firstName: string; phone: string | null; email: string | null };
    meetings: Meeting[];
    feedbackGiven: boolean;
  } | null;
}

/** The volunteer's own places as mentor, each with their own mentee and meetings; the mentee's contact is personal data, so the reading is audited. */
export async function mentorshipsOf(services: MentoringServices, viewer: Viewer, ip: string | null): Promise<Mentorship[]> {
  const { db } = services;
  const rows = await db
    .selectFrom("mentors")
    .leftJoin("mentor_pairs", "mentor_pairs.mentor_id", "mentors.id")
    .leftJoin("mentees", "mentees.id", "mentor_pairs.mentee_id")
    .leftJoin("mentor_feedback", (join) => join.onRef("mentor_feedback.pair_id", "=", "mentor_pairs.id").on("mentor_feedback.side", "=", "mentor"))
    .select(["mentors.id as mentor_id", "mentors.cohort_id", "mentor_pairs.id as pair_id", "mentees.first_name", "mentees.phone", "mentees.email", "mentor_feedback.side as feedback_side"])
    .where("mentors.user_id", "=", viewer.id)
    .execute();
  const result: Mentorship[] = [];
  for (const row of rows) {
    const cohort = (await findCohort(db, row.cohort_id))!;
    const meetings = row.pair_id
      ? (await db.selectFrom("mentor_meetings").select(["met_on", "minutes", "topic"]).where("pair_id", "=", row.pair_id).orderBy("met_on", "desc").orderBy("created_at", "desc").execute()).map((m) => ({ metOn: m.met_on, minutes: m.minutes, topic: m.topic }))
      : [];
    result.push({
      cohort,
      mentorId: row.mentor_id,
      pair: row.pair_id ? { id: row.pair_id, mentee: { firstName: row.first_name ?? "", phone: row.phone ?? null, email: row.email ?? null }, meetings, feedbackGiven: row.feedback_side !== null } : null,
    });
  }
  if (result.some((m) => m.pair)) await recordAudit(db, { actorUserId: viewer.id, action: "mentoring.own-mentee-read", subjectType: "user", subjectId: viewer.id, ip });
  return result.sort((a, b) => b.cohort.startsOn.localeCompare(a.cohort.startsOn));
}

/** The pair, if the viewer is its mentor (a 404 otherwise, also for another volunteer's pair). */
export async function ownPair(services: MentoringServices, viewer: Viewer, pairId: string): Promise<{ pairId: string; cohort: Cohort; menteeFirstName: string }> {
  if (!isId(pairId)) throw new NotFoundError("pair", pairId);
  const row = await services.db
    .selectFrom("mentor_pairs")
    .innerJoin("mentors", "mentors.id", "mentor_pairs.mentor_id")
    .innerJoin("mentees", "mentees.id", "mentor_pairs.mentee_id")
    .select(["mentor_pairs.id", "mentor_pairs.cohort_id", "mentees.first_name"])
    .where("mentor_pairs.id", "=", pairId)
    .where("mentors.user_id", "=", viewer.id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("pair", pairId);
  return { pairId: row.id, cohort: (await findCohort(services.db, row.cohort_id))!, menteeFirstName: row.first_name };
}

/** Logs a meeting of the viewer's own pair: on a day from the cohort's start to today. */
export async function logMeeting(services: MentoringServices, viewer: Viewer, pairId: string, meeting: Meeting, ip: string | null): Promise<void> {
  const { cohort } = await ownPair(services, viewer, pairId);
  if (meeting.metOn > services.clock.today()) throw new InvalidInputError([{ path: "metOn", code: "future", message: "the meeting cannot be in the future" }]);
  if (meeting.metOn < cohort.startsOn) throw new InvalidInputError([{ path: "metOn", code: "beforeCohort", message: "the meeting is before the programme started" }]);
  await services.db.transaction().execute(async (transaction) => {
    await transaction.insertInto("mentor_meetings").values({ pair_id: pairId, met_on: meeting.metOn, minutes: meeting.minutes, topic: meeting.topic, logged_by: viewer.id }).execute();
    await recordAudit(transaction, { actorUserId: viewer.id, action: "mentoring.meeting-logged", subjectType: "mentor-pair", subjectId: pairId, ip });
  });
}

export interface FeedbackAnswers {
  usefulness: number;
  metOftenEnough: boolean;
  wouldRecommend: boolean;
}

/** One side's closing questionnaire; answered once (a second answer is refused, so the summary counts people, not clicks). */
export async function saveFeedback(services: MentoringServices, actorId: string, pairId: string, side: FeedbackSide, answers: FeedbackAnswers, ip: string | null): Promise<void> {
  await services.db.transaction().execute(async (transaction) => {
    const inserted = await transaction
      .insertInto("mentor_feedback")
      .values({ pair_id: pairId, side, usefulness: answers.usefulness, met_often_enough: answers.metOftenEnough, would_recommend: answers.wouldRecommend, submitted_at: services.clock.now() })
      .onConflict((c) => c.columns(["pair_id", "side"]).doNothing())
      .returning("pair_id")
      .executeTakeFirst();
    if (!inserted) throw new InvalidInputError([{ path: "side", code: "alreadyAnswered", message: "this side has already answered" }], 409);
    // Only that it was answered: the answers themselves stay out of the log.
    await recordAudit(transaction, { actorUserId: actorId, action: "mentoring.feedback-given", subjectType: "mentor-pair", subjectId: pairId, details: { side }, ip });
  });
}

export interface FeedbackSummary {
  side: FeedbackSide;
  answers: number;
  averageUsefulness: number | null;
  metOftenEnough: number;
  wouldRecommend: number;
}

/** The questionnaire per cohort and side: counts and an average, never one person's answers. */
export async function feedbackSummary(services: MentoringServices, cohortId: string): Promise<FeedbackSummary[]> {
  const rows = await services.db
    .selectFrom("mentor_feedback")
    .innerJoin("mentor_pairs", "mentor_pairs.id", "mentor_feedback.pair_id")
    .select(["mentor_feedback.side", "mentor_feedback.usefulness", "mentor_feedback.met_often_enough", "mentor_feedback.would_recommend"])
    .where("mentor_pairs.cohort_id", "=", cohortId)
    .execute();
  return (["mentor", "mentee"] as const).map((side) => {
    const own = rows.filter((r) => r.side === side);
    return {
      side,
      answers: own.length,
      averageUsefulness: own.length === 0 ? null : own.reduce((sum, r) => sum + r.usefulness, 0) / own.length,
      metOftenEnough: own.filter((r) => r.met_often_enough).length,
      wouldRecommend: own.filter((r) => r.would_recommend).length,
    };
  });
}

/** The pair in the coordinator's cohort, for recording the mentee's answers they collected. */
export async function pairInCohort(services: MentoringServices, cohortId: string, pairId: string): Promise<{ menteeFirstName: string; mentorFirstName: string }> {
  if (!isId(pairId)) throw new NotFoundError("pair", pairId);
  const row = await services.db
    .selectFrom("mentor_pairs")
    .innerJoin("mentors", "mentors.id", "mentor_pairs.mentor_id")
    .innerJoin("mentees", "mentees.id", "mentor_pairs.mentee_id")
    .select(["mentees.first_name as mentee", "mentors.first_name as mentor"])
    .where("mentor_pairs.id", "=", pairId)
    .where("mentor_pairs.cohort_id", "=", cohortId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("pair", pairId);
  return { menteeFirstName: row.mentee, mentorFirstName: row.mentor };
}

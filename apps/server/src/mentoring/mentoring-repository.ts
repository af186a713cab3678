import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { isUniqueViolation } from "../platform/unique-violation.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import type { MatchProfile } from "./match-profile.ts";
import { scorePair } from "./match-score.ts";
import { assertCoordinatorOf, isId, mentorRoles, municipalitiesCovered, mentoringCoordinatorRoles, type AreaServices } from "./mentoring-access.ts";
import { isQuiet } from "./mentoring-norms.ts";
import { proposePairs, type PairProposal } from "./pair-proposal.ts";

type Db = Kysely<DatabaseSchema>;

export interface MentoringServices extends AreaServices {
  db: Db;
  clock: Clock;
}

/** The version of the volunteer terms a mentor accepts (confidentiality; police certificate where required). */
export const volunteerTermsVersion = "2026-1";

export interface Cohort {
  id: string;
  municipalityNumber: string;
  municipalityName: string;
  name: string;
  startsOn: string;
  endsOn: string;
  policeCertificateRequired: boolean;
}

export interface CohortInput {
  municipalityNumber: string;
  name: string;
  startsOn: string;
  endsOn: string;
  policeCertificateRequired: boolean;
}

export type ProfileInput = Omit<MatchProfile, "id"> & { firstName: string; phone: string | null };
export type MenteeInput = ProfileInput & { email: string | null; consentGivenOn: string };

export interface Participant extends MatchProfile {
  firstName: string;
  phone: string | null;
}
export interface Mentor extends Participant {
  userId: string;
  policeCertificateSeenOn: string | null;
}
export interface Mentee extends Participant {
  email: string | null;
}

export interface PairSummary {
  id: string;
  mentorId: string;
  menteeId: string;
  score: number;
  points: Record<string, number>;
  changedFromProposal: boolean;
  confirmedOn: string;
  meetings: number;
  minutes: number;
  lastMetOn: string | null;
  quiet: boolean;
}

function cohortQuery(db: Db) {
  return db
    .selectFrom("mentor_cohorts")
    .innerJoin("municipalities", "municipalities.number", "mentor_cohorts.municipality_number")
    .select(["mentor_cohorts.id", "mentor_cohorts.municipality_number", "municipalities.name as municipality_name", "mentor_cohorts.name", "mentor_cohorts.starts_on", "mentor_cohorts.ends_on", "mentor_cohorts.police_certificate_required"]);
}

type CohortRow = Awaited<ReturnType<ReturnType<typeof cohortQuery>["execute"]>>[number];
function toCohort(row: CohortRow): Cohort {
  return {
    id: row.id,
    municipalityNumber: row.municipality_number,
    municipalityName: row.municipality_name,
    name: row.name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    policeCertificateRequired: row.police_certificate_required,
  };
}

export async function findCohort(db: Db, cohortId: string): Promise<Cohort | undefined> {
  if (!isId(cohortId)) return undefined;
  const row = await cohortQuery(db).where("mentor_cohorts.id", "=", cohortId).executeTakeFirst();
  return row && toCohort(row);
}

/** The cohort, if it lies in the viewer's area as a coordinator (a 404 for others, so ids are not confirmed to outsiders). */
export async function cohortForCoordinator(services: MentoringServices, viewer: Viewer, cohortId: string): Promise<Cohort> {
  const cohort = await findCohort(services.db, cohortId);
  if (!cohort || !(await municipalitiesCovered(services, viewer, mentoringCoordinatorRoles)).includes(cohort.municipalityNumber)) throw new NotFoundError("cohort", cohortId);
  return cohort;
}

export async function cohortsIn(db: Db, municipalities: readonly string[]): Promise<Cohort[]> {
  if (municipalities.length === 0) return [];
  const rows = await cohortQuery(db).where("mentor_cohorts.municipality_number", "in", [...municipalities]).orderBy("mentor_cohorts.starts_on", "desc").orderBy("mentor_cohorts.name").execute();
  return rows.map(toCohort);
}

export async function createCohort(services: MentoringServices, viewer: Viewer, input: CohortInput, ip: string | null): Promise<string> {
  await assertCoordinatorOf(services, viewer, input.municipalityNumber);
  return services.db.transaction().execute(async (transaction) => {
    const { id } = await transaction
      .insertInto("mentor_cohorts")
      .values({ municipality_number: input.municipalityNumber, name: input.name, starts_on: input.startsOn, ends_on: input.endsOn, police_certificate_required: input.policeCertificateRequired, created_by: viewer.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(transaction, { actorUserId: viewer.id, action: "mentoring.cohort-created", subjectType: "mentor-cohort", subjectId: id, details: { municipality: input.municipalityNumber }, ip });
    return id;
  });
}

function profileColumns(input: ProfileInput) {
  return {
    first_name: input.firstName,
    phone: input.phone,
    interests: [...input.interests],
    languages: [...input.languages],
    municipality_number: input.municipalityNumber,
    gender: input.gender,
    gender_preference: input.genderPreference,
    availability: [...input.availability],
  };
}

interface ProfileRow {
  id: string;
  first_name: string;
  phone: string | null;
  interests: MatchProfile["interests"];
  languages: string[];
  municipality_number: string;
  gender: MatchProfile["gender"];
  gender_preference: MatchProfile["genderPreference"];
  availability: MatchProfile["availability"];
}
function toParticipant(row: ProfileRow): Participant {
  return {
    id: row.id,
    firstName: row.first_name,
    phone: row.phone,
    interests: row.interests,
    languages: row.languages,
    municipalityNumber: row.municipality_number,
    gender: row.gender,
    genderPreference: row.gender_preference,
    availability: row.availability,
  };
}

export async function addMentee(services: MentoringServices, viewer: Viewer, cohortId: string, input: MenteeInput, ip: string | null): Promise<string> {
  await cohortForCoordinator(services, viewer, cohortId);
  return services.db.transaction().execute(async (transaction) => {
    const { id } = await transaction
      .insertInto("mentees")
      .values({ cohort_id: cohortId, ...profileColumns(input), email: input.email, consent_given_on: input.consentGivenOn, recorded_by: viewer.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(transaction, { actorUserId: viewer.id, action: "mentoring.mentee-added", subjectType: "mentor-cohort", subjectId: cohortId, details: { mentee: id }, ip });
    return id;
  });
}

/** Cohorts a volunteer may join: not ended, in the area of their volunteer role. */
export async function openCohortsFor(services: MentoringServices, viewer: Viewer): Promise<Cohort[]> {
  const cohorts = await cohortsIn(services.db, await municipalitiesCovered(services, viewer, mentorRoles));
  return cohorts.filter((cohort) => cohort.endsOn >= services.clock.today());
}

/** A volunteer joins a cohort as a mentor, accepting the volunteer terms, in one step. */
export async function signUpAsMentor(services: MentoringServices, viewer: Viewer, cohortId: string, input: ProfileInput, ip: string | null): Promise<string> {
  const cohort = (await openCohortsFor(services, viewer)).find((c) => c.id === cohortId);
  if (!cohort) throw new NotFoundError("cohort", cohortId);
  return services.db.transaction().execute(async (transaction) => {
    const existing = await transaction.selectFrom("mentors").select("id").where("cohort_id", "=", cohortId).where("user_id", "=", viewer.id).executeTakeFirst();
    if (existing) throw new InvalidInputError([{ path: "cohort", code: "alreadyMentor", message: "you are already a mentor in this cohort" }], 409);
    const { id } = await transaction
      .insertInto("mentors")
      .values({ cohort_id: cohortId, user_id: viewer.id, ...profileColumns(input), terms_version: volunteerTermsVersion, terms_accepted_at: services.clock.now() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(transaction, { actorUserId: viewer.id, action: "mentoring.mentor-signed-up", subjectType: "mentor-cohort", subjectId: cohortId, details: { mentor: id, terms: volunteerTermsVersion }, ip });
    return id;
  });
}

export async function recordPoliceCertificate(services: MentoringServices, viewer: Viewer, cohortId: string, mentorId: string, seenOn: string, ip: string | null): Promise<void> {
  await cohortForCoordinator(services, viewer, cohortId);
  if (!isId(mentorId)) throw new NotFoundError("mentor", mentorId);
  await services.db.transaction().execute(async (transaction) => {
    const updated = await transaction.updateTable("mentors").set({ police_certificate_seen_on: seenOn }).where("id", "=", mentorId).where("cohort_id", "=", cohortId).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw new NotFoundError("mentor", mentorId);
    await recordAudit(transaction, { actorUserId: viewer.id, action: "mentoring.police-certificate-seen", subjectType: "mentor-cohort", subjectId: cohortId, details: { mentor: mentorId }, ip });
  });
}

async function mentorsOf(db: Db, cohortId: string): Promise<Mentor[]> {
  const rows = await db.selectFrom("mentors").selectAll().where("cohort_id", "=", cohortId).orderBy("first_name").orderBy("id").execute();
  return rows.map((row) => ({ ...toParticipant(row), userId: row.user_id, policeCertificateSeenOn: row.police_certificate_seen_on }));
}

async function menteesOf(db: Db, cohortId: string): Promise<Mentee[]> {
  const rows = await db.selectFrom("mentees").selectAll().where("cohort_id", "=", cohortId).orderBy("first_name").orderBy("id").execute();
  return rows.map((row) => ({ ...toParticipant(row), email: row.email }));
}

const osloDay = (instant: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(instant);

async function pairsOf(db: Db, cohort: Cohort, today: string): Promise<PairSummary[]> {
  const rows = await db
    .selectFrom("mentor_pairs")
    .leftJoin("mentor_meetings", "mentor_meetings.pair_id", "mentor_pairs.id")
    .select((eb) => [
      "mentor_pairs.id",
      "mentor_pairs.mentor_id",
      "mentor_pairs.mentee_id",
      "mentor_pairs.score",
      "mentor_pairs.points",
      "mentor_pairs.changed_from_proposal",
      "mentor_pairs.confirmed_at",
      eb.fn.count<number>("mentor_meetings.id").as("meetings"),
      eb.fn.coalesce(eb.fn.sum<number>("mentor_meetings.minutes"), eb.lit(0)).as("minutes"),
      eb.fn.max("mentor_meetings.met_on").as("last_met_on"),
    ])
    .where("mentor_pairs.cohort_id", "=", cohort.id)
    .groupBy("mentor_pairs.id")
    .orderBy("mentor_pairs.confirmed_at")
    .execute();
  return rows.map((row) => {
    const confirmedOn = osloDay(row.confirmed_at);
    const lastMetOn = row.last_met_on ?? null;
    return {
      id: row.id,
      mentorId: row.mentor_id,
      menteeId: row.mentee_id,
      score: row.score,
      points: row.points,
      changedFromProposal: row.changed_from_proposal,
      confirmedOn,
      meetings: Number(row.meetings),
      minutes: Number(row.minutes),
      lastMetOn,
      quiet: isQuiet({ confirmedOn, lastMetOn }, cohort, today),
    };
  });
}

export interface CohortOverview {
  cohort: Cohort;
  mentors: Mentor[];
  mentees: Mentee[];
  pairs: PairSummary[];
}

/** Everything the coordinator sees of a cohort: personal data, so the viewing is in the audit log. */
export async function cohortOverview(services: MentoringServices, viewer: Viewer, cohortId: string, ip: string | null): Promise<CohortOverview> {
  const cohort = await cohortForCoordinator(services, viewer, cohortId);
  const [mentors, mentees, pairs] = await Promise.all([mentorsOf(services.db, cohortId), menteesOf(services.db, cohortId), pairsOf(services.db, cohort, services.clock.today())]);
  await recordAudit(services.db, { actorUserId: viewer.id, action: "mentoring.cohort-read", subjectType: "mentor-cohort", subjectId: cohortId, ip });
  return { cohort, mentors, mentees, pairs };
}

/** Mentors who may be paired: not yet paired, and with a police certificate seen where the cohort requires one. */
function pairable(overview: CohortOverview): { mentors: Mentor[]; mentees: Mentee[] } {
  const pairedMentors = new Set(overview.pairs.map((p) => p.mentorId));
  const pairedMentees = new Set(overview.pairs.map((p) => p.menteeId));
  return {
    mentors: overview.mentors.filter((m) => !pairedMentors.has(m.id) && (!overview.cohort.policeCertificateRequired || m.policeCertificateSeenOn !== null)),
    mentees: overview.mentees.filter((m) => !pairedMentees.has(m.id)),
  };
}

export interface ProposalView extends CohortOverview {
  proposal: PairProposal;
  candidates: { mentors: Mentor[]; mentees: Mentee[] };
}

export async function currentProposal(services: MentoringServices, viewer: Viewer, cohortId: string, ip: string | null): Promise<ProposalView> {
  const overview = await cohortOverview(services, viewer, cohortId, ip);
  const candidates = pairable(overview);
  return { ...overview, candidates, proposal: proposePairs(candidates.mentors, candidates.mentees) };
}

export interface PairChoice {
  mentorId: string;
  /** Empty: the coordinator leaves this mentor unpaired for now. */
  menteeId: string;
}

/**
 * Confirms the coordinator's pairs (the proposal, or another mentee they chose for a mentor), in
 * one transaction: every choice is checked first, so a bad one confirms nothing.
 */
export async function confirmPairs(services: MentoringServices, viewer: Viewer, cohortId: string, choices: readonly PairChoice[], ip: string | null): Promise<number> {
  const view = await currentProposal(services, viewer, cohortId, ip);
  const mentors = new Map(view.candidates.mentors.map((m) => [m.id, m]));
  const mentees = new Map(view.candidates.mentees.map((m) => [m.id, m]));
  const proposed = new Map(view.proposal.pairs.map((p) => [p.mentorId, p.menteeId]));
  const chosen = choices.filter((c) => c.menteeId !== "");
  const pairedAlready = new Set(view.pairs.flatMap((p) => [p.mentorId, p.menteeId]));
  const taken = chosen.filter((c) => pairedAlready.has(c.mentorId) || pairedAlready.has(c.menteeId));
  if (taken.length > 0) throw alreadyPaired(taken);
  const errors = chosen.flatMap((choice, index) => {
    const mentor = mentors.get(choice.mentorId);
    const mentee = mentees.get(choice.menteeId);
    if (!mentor) return [{ path: `mentor-${choice.mentorId}`, code: "notPairable", message: "the mentor is not free to pair" }];
    if (!mentee) return [{ path: `mentor-${choice.mentorId}`, code: "notPairable", message: "the mentee is not free to pair" }];
    if (chosen.findIndex((c) => c.menteeId === choice.menteeId) !== index) return [{ path: `mentor-${choice.mentorId}`, code: "menteeTwice", message: "a mentee can have one mentor" }];
    if (chosen.findIndex((c) => c.mentorId === choice.mentorId) !== index) return [{ path: `mentor-${choice.mentorId}`, code: "menteeTwice", message: "a mentor can have one mentee" }];
    if (!scorePair(mentor, mentee).allowed) return [{ path: `mentor-${choice.mentorId}`, code: "genderWish", message: "the pair goes against a gender wish" }];
    return [];
  });
  if (errors.length > 0) throw new InvalidInputError(errors);
  const now = services.clock.now();
  await services.db
    .transaction()
    .execute(async (transaction) => {
      for (const choice of chosen) {
        const score = scorePair(mentors.get(choice.mentorId)!, mentees.get(choice.menteeId)!);
        await transaction
          .insertInto("mentor_pairs")
          .values({
            cohort_id: cohortId,
            mentor_id: choice.mentorId,
            mentee_id: choice.menteeId,
            score: score.total,
            points: JSON.stringify(score.points),
            changed_from_proposal: proposed.get(choice.mentorId) !== choice.menteeId,
            confirmed_by: viewer.id,
            confirmed_at: now,
          })
          .execute();
      }
      await recordAudit(transaction, { actorUserId: viewer.id, action: "mentoring.pairs-confirmed", subjectType: "mentor-cohort", subjectId: cohortId, details: { pairs: chosen.length }, ip });
    })
    .catch((error: unknown) => {
      // Another coordinator confirmed one of these people between our check and our write.
      throw isUniqueViolation(error) ? alreadyPaired(chosen) : error;
    });
  return chosen.length;
}

/** A 409 naming each chosen mentor whose pair someone confirmed first; nothing of this confirmation is written. */
function alreadyPaired(choices: readonly PairChoice[]): InvalidInputError {
  return new InvalidInputError(
    choices.map((c) => ({ path: `mentor-${c.mentorId}`, code: "alreadyPaired", message: "the mentor or mentee was paired by someone else just now" })),
    409,
  );
}

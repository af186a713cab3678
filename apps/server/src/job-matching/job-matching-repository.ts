import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Employer } from "../employers/employers-repository.ts";
import type { Clock } from "../platform/clock.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import type { Education, LanguageSkill, NorwegianSkills, RecognitionStatus } from "../skills-profile/skills-profile.ts";
import { buildCandidateIndex, topCandidates, topOpenings, type CandidateIndex } from "./candidate-index.ts";
import { candidateFactsOf, type CandidateFacts } from "./match-facts.ts";
import { compareRanked, passesFilters, scoreMatch, type Match } from "./match-score.ts";

type Db = Kysely<DatabaseSchema>;

export interface JobMatchingServices {
  db: Db;
  clock: Clock;
}

export interface OpeningInput {
  title: string;
  occupationCode: string;
  municipalityNumber: string;
  hoursPerWeek: number;
  languages: LanguageSkill[];
  norwegian: NorwegianSkills | null;
  drivingLicence: string | null;
  certificate: string | null;
  authorisationRequired: boolean;
  startsOn: string;
}

export interface Opening extends OpeningInput {
  id: string;
  employerId: string;
  employerName: string;
  municipalityName: string;
  status: "open" | "closed";
}

/** What an employer may see of a candidate before the candidate accepts: no name, contact, residence or free text. */
export interface PseudonymousCandidate {
  profileId: string;
  /** The same for one employer every time, different for another employer. */
  pseudonym: string;
  experience: Array<{ occupationCode: string; years: number }>;
  wishedOccupations: string[];
  education: Array<{ level: Education["level"]; recognition: RecognitionStatus }>;
  recognition: RecognitionStatus;
  languages: LanguageSkill[];
  norwegian: NorwegianSkills | null;
  drivingLicences: string[];
  wishedMunicipalities: Array<{ number: string; name: string }>;
  hoursPerWeek: number | null;
}

export interface CandidateContact {
  name: string;
  email: string | null;
  phone: string | null;
}

export type RequestStatus = "pending" | "accepted" | "declined";

export interface CandidateMatch {
  candidate: PseudonymousCandidate;
  match: Match;
  request: RequestStatus | null;
  /** Only after the candidate accepted this employer's request. */
  contact: CandidateContact | null;
}

const openingQuery = (db: Db) =>
  db
    .selectFrom("job_openings as o")
    .innerJoin("employers as e", "e.id", "o.employer_id")
    .innerJoin("municipalities as m", "m.number", "o.municipality_number")
    .select([
      "o.id",
      "o.employer_id",
      "e.name as employer_name",
      "o.title",
      "o.occupation_code",
      "o.municipality_number",
      "m.name as municipality_name",
      "o.hours_per_week",
      "o.languages",
      "o.norwegian",
      "o.driving_licence",
      "o.certificate",
      "o.authorisation_required",
      "o.starts_on",
      "o.status",
    ]);
type OpeningRow = Awaited<ReturnType<ReturnType<typeof openingQuery>["execute"]>>[number];

function toOpening(row: OpeningRow): Opening {
  return {
    id: row.id,
    employerId: row.employer_id,
    employerName: row.employer_name,
    title: row.title,
    occupationCode: row.occupation_code,
    municipalityNumber: row.municipality_number,
    municipalityName: row.municipality_name,
    hoursPerWeek: row.hours_per_week,
    languages: row.languages,
    norwegian: row.norwegian,
    drivingLicence: row.driving_licence,
    certificate: row.certificate,
    authorisationRequired: row.authorisation_required,
    startsOn: row.starts_on,
    status: row.status,
  };
}

function openingValues(input: OpeningInput) {
  return {
    title: input.title,
    occupation_code: input.occupationCode,
    municipality_number: input.municipalityNumber,
    hours_per_week: input.hoursPerWeek,
    languages: JSON.stringify(input.languages),
    norwegian: input.norwegian ? JSON.stringify(input.norwegian) : null,
    driving_licence: input.drivingLicence,
    certificate: input.certificate,
    authorisation_required: input.authorisationRequired,
    starts_on: input.startsOn,
  };
}

export async function openingsOf(db: Db, employerId: string): Promise<Opening[]> {
  const rows = await openingQuery(db).where("o.employer_id", "=", employerId).orderBy("o.status", "desc").orderBy("o.starts_on").orderBy("o.id").execute();
  return rows.map(toOpening);
}

/** The employer's own opening; another employer's is "not found", so ids cannot be probed. */
export async function ownOpening(db: Db, employer: Employer, openingId: string): Promise<Opening> {
  const row = await openingQuery(db).where("o.id", "=", openingId).where("o.employer_id", "=", employer.id).executeTakeFirst();
  if (!row) throw new NotFoundError("opening", openingId);
  return toOpening(row);
}

export async function createOpening({ db, clock }: JobMatchingServices, actor: Viewer, employer: Employer, input: OpeningInput, ip: string | null): Promise<string> {
  return db.transaction().execute(async (transaction) => {
    const now = clock.now();
    const row = await transaction
      .insertInto("job_openings")
      .values({ ...openingValues(input), employer_id: employer.id, created_by: actor.id, created_at: now, updated_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(transaction, { actorUserId: actor.id, action: "job-opening.created", subjectType: "job-opening", subjectId: row.id, ip });
    return row.id;
  });
}

export async function updateOpening({ db, clock }: JobMatchingServices, actor: Viewer, opening: Opening, input: OpeningInput, ip: string | null): Promise<void> {
  await db.transaction().execute(async (transaction) => {
    await transaction.updateTable("job_openings").set({ ...openingValues(input), updated_at: clock.now() }).where("id", "=", opening.id).execute();
    await recordAudit(transaction, { actorUserId: actor.id, action: "job-opening.updated", subjectType: "job-opening", subjectId: opening.id, ip });
  });
}

export async function setOpeningStatus({ db, clock }: JobMatchingServices, actor: Viewer, opening: Opening, status: "open" | "closed", ip: string | null): Promise<void> {
  await db.transaction().execute(async (transaction) => {
    await transaction.updateTable("job_openings").set({ status, updated_at: clock.now() }).where("id", "=", opening.id).execute();
    await recordAudit(transaction, { actorUserId: actor.id, action: `job-opening.${status === "open" ? "reopened" : "closed"}`, subjectType: "job-opening", subjectId: opening.id, ip });
  });
}

/** Opted-in profiles as matching reads them: the name and contact columns are never selected here. */
const matchingColumns = ["id", "experience", "wishes", "languages", "norwegian", "education", "driving_licences", "certificates"] as const;
type MatchingRow = Awaited<ReturnType<ReturnType<typeof matchingQuery>["execute"]>>[number];
const matchingQuery = (db: Db) => db.selectFrom("skills_profiles").select(matchingColumns).where("matching_opt_in_at", "is not", null);

function factsOf(row: MatchingRow): CandidateFacts {
  return candidateFactsOf({
    id: row.id,
    experience: row.experience,
    wishes: row.wishes,
    languages: row.languages,
    norwegian: row.norwegian,
    education: row.education,
    drivingLicences: row.driving_licences,
    certificates: row.certificates,
  });
}

export function pseudonymFor(employerId: string, profileId: string): string {
  return `K-${createHash("sha256").update(`${employerId}:${profileId}`).digest("hex").slice(0, 6).toUpperCase()}`;
}

async function municipalityNames(db: Db, numbers: readonly string[]): Promise<Map<string, string>> {
  if (numbers.length === 0) return new Map();
  const rows = await db.selectFrom("municipalities").select(["number", "name"]).where("number", "in", [...new Set(numbers)]).execute();
  return new Map(rows.map((r) => [r.number, r.name]));
}

async function pseudonymous(db: Db, employerId: string, rows: readonly MatchingRow[], year: number): Promise<Map<string, PseudonymousCandidate>> {
  const names = await municipalityNames(db, rows.flatMap((r) => r.wishes.municipalities));
  return new Map(
    rows.map((row) => {
      const years = new Map<string, number>();
      for (const e of row.experience) years.set(e.occupationCode, (years.get(e.occupationCode) ?? 0) + Math.max(0, (e.toYear ?? year) - e.fromYear));
      const facts = factsOf(row);
      return [
        row.id,
        {
          profileId: row.id,
          pseudonym: pseudonymFor(employerId, row.id),
          experience: [...years].map(([occupationCode, y]) => ({ occupationCode, years: y })),
          wishedOccupations: row.wishes.occupations,
          education: row.education.map((e) => ({ level: e.level, recognition: e.recognition })),
          recognition: facts.recognition,
          languages: row.languages,
          norwegian: row.norwegian,
          drivingLicences: row.driving_licences,
          wishedMunicipalities: row.wishes.municipalities.map((number) => ({ number, name: names.get(number) ?? number })),
          hoursPerWeek: row.wishes.hoursPerWeek,
        },
      ];
    }),
  );
}

/** This employer's requests to these profiles, and the contact of those who accepted. */
async function requestsAndContacts(db: Db, employerId: string, profileIds: readonly string[]) {
  const requests = new Map<string, RequestStatus>();
  const contacts = new Map<string, CandidateContact>();
  if (profileIds.length === 0) return { requests, contacts };
  const rows = await db
    .selectFrom("job_contact_requests")
    .select(["profile_id", "status"])
    .where("employer_id", "=", employerId)
    .where("profile_id", "in", [...profileIds])
    .execute();
  // Accepted by the candidate for any of this employer's openings: the employer may see the contact.
  const rank = { accepted: 2, pending: 1, declined: 0 } as const;
  for (const row of rows) if (!requests.has(row.profile_id) || rank[row.status] > rank[requests.get(row.profile_id)!]) requests.set(row.profile_id, row.status);
  const accepted = [...requests].filter(([, status]) => status === "accepted").map(([id]) => id);
  if (accepted.length > 0) {
    const people = await db.selectFrom("skills_profiles").select(["id", "full_name", "email", "phone"]).where("id", "in", accepted).where("matching_opt_in_at", "is not", null).execute();
    for (const p of people) contacts.set(p.id, { name: p.full_name, email: p.email, phone: p.phone });
  }
  return { requests, contacts };
}

/**
 * The top 20 opted-in candidates for the employer's opening, pseudonymous unless they accepted
 * this employer's request; the read is in the audit log with the candidates shown.
 */
export async function candidatesForOpening({ db, clock }: JobMatchingServices, actor: Viewer, opening: Opening, ip: string | null, limit = 20): Promise<CandidateMatch[]> {
  const top = topCandidates(await candidateIndexOf(db), opening, limit);
  // Read again, now: a candidate who opted out since the index was built is never shown.
  const fresh = top.length === 0 ? [] : await matchingQuery(db).where("id", "in", top.map((entry) => entry.id)).execute();
  const byId = new Map(fresh.map((row) => [row.id, row]));
  const shown = top.map((entry) => byId.get(entry.id)).filter((row): row is MatchingRow => row !== undefined);
  const views = await pseudonymous(db, opening.employerId, shown, Number(clock.today().slice(0, 4)));
  const { requests, contacts } = await requestsAndContacts(db, opening.employerId, shown.map((r) => r.id));
  await recordAudit(db, { actorUserId: actor.id, action: "job-matching.candidates.listed", subjectType: "job-opening", subjectId: opening.id, details: { profileIds: shown.map((r) => r.id), contacts: contacts.size }, ip });
  return shown
    .map((row) => ({ row, match: scoreMatch(factsOf(row), opening) }))
    .filter(({ row }) => passesFilters(factsOf(row), opening))
    .sort((a, b) => compareRanked({ total: a.match.total, id: a.row.id }, { total: b.match.total, id: b.row.id }))
    .map(({ row, match }) => ({ candidate: views.get(row.id)!, match, request: requests.get(row.id) ?? null, contact: contacts.get(row.id) ?? null }));
}

/** The opted-in candidates' index, per database, with the state of the profiles it was built from. */
const indexes = new WeakMap<Db, { state: string; index: CandidateIndex }>();

/**
 * The index over every opted-in candidate, rebuilt only when that set or a profile in it changed
 * (how many, the latest change, the latest opt-in), so a page reads one small row, not 50,000 profiles.
 */
async function candidateIndexOf(db: Db): Promise<CandidateIndex> {
  const state = await db
    .selectFrom("skills_profiles")
    .select((eb) => [eb.fn.countAll<string>().as("count"), eb.fn.max("updated_at").as("changed"), eb.fn.max("matching_opt_in_at").as("opted_in")])
    .where("matching_opt_in_at", "is not", null)
    .executeTakeFirstOrThrow();
  const key = `${state.count}/${state.changed ? new Date(state.changed).toISOString() : ""}/${state.opted_in ? new Date(state.opted_in).toISOString() : ""}`;
  const cached = indexes.get(db);
  if (cached?.state === key) return cached.index;
  const index = buildCandidateIndex((await matchingQuery(db).orderBy("id").execute()).map(factsOf));
  indexes.set(db, { state: key, index });
  return index;
}

/** One opted-in candidate who passes the opening's filters, as the employer may see them; logged. */
export async function candidateForOpening({ db, clock }: JobMatchingServices, actor: Viewer, opening: Opening, profileId: string, ip: string | null): Promise<CandidateMatch> {
  const row = await matchingQuery(db).where("id", "=", profileId).executeTakeFirst();
  const facts = row && factsOf(row);
  if (!row || !facts || !passesFilters(facts, opening)) throw new NotFoundError("candidate", profileId);
  const views = await pseudonymous(db, opening.employerId, [row], Number(clock.today().slice(0, 4)));
  const { requests, contacts } = await requestsAndContacts(db, opening.employerId, [row.id]);
  await recordAudit(db, { actorUserId: actor.id, action: "job-matching.candidate.viewed", subjectType: "skills-profile", subjectId: row.id, details: { openingId: opening.id, contact: contacts.has(row.id) }, ip });
  return { candidate: views.get(row.id)!, match: scoreMatch(facts, opening), request: requests.get(row.id) ?? null, contact: contacts.get(row.id) ?? null };
}

/** The employer asks the candidate to get in touch about the opening (once per opening). */
export async function requestContact({ db, clock }: JobMatchingServices, actor: Viewer, opening: Opening, profileId: string, ip: string | null): Promise<void> {
  const row = await matchingQuery(db).where("id", "=", profileId).executeTakeFirst();
  if (!row || !passesFilters(factsOf(row), opening) || opening.status !== "open") throw new NotFoundError("candidate", profileId);
  await db.transaction().execute(async (transaction) => {
    const added = await transaction
      .insertInto("job_contact_requests")
      .values({ opening_id: opening.id, employer_id: opening.employerId, profile_id: profileId, requested_by: actor.id, created_at: clock.now() })
      .onConflict((oc) => oc.columns(["opening_id", "profile_id"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (added) await recordAudit(transaction, { actorUserId: actor.id, action: "job-matching.contact-requested", subjectType: "skills-profile", subjectId: profileId, details: { openingId: opening.id }, ip });
  });
}

/** The candidate's own profile (their own account), as far as matching needs it. */
export interface OwnMatchingProfile {
  id: string;
  optedInAt: Date | null;
  facts: CandidateFacts;
}

export async function ownMatchingProfile(db: Db, userId: string): Promise<OwnMatchingProfile | undefined> {
  const row = await db
    .selectFrom("skills_profiles")
    .select([...matchingColumns, "matching_opt_in_at"])
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row && { id: row.id, optedInAt: row.matching_opt_in_at, facts: factsOf(row) };
}

/** Opts in, or out: out takes the candidate off every employer's list at once and deletes the requests. */
export async function setMatchingOptIn({ db, clock }: JobMatchingServices, actor: Viewer, profile: OwnMatchingProfile, optIn: boolean, ip: string | null): Promise<void> {
  await db.transaction().execute(async (transaction) => {
    await transaction.updateTable("skills_profiles").set({ matching_opt_in_at: optIn ? clock.now() : null }).where("id", "=", profile.id).execute();
    if (!optIn) await transaction.deleteFrom("job_contact_requests").where("profile_id", "=", profile.id).execute();
    await recordAudit(transaction, { actorUserId: actor.id, action: optIn ? "job-matching.opted-in" : "job-matching.opted-out", subjectType: "skills-profile", subjectId: profile.id, ip });
  });
}

export interface ContactRequest {
  id: string;
  status: RequestStatus;
  employerName: string;
  opening: { title: string; occupationCode: string; municipalityName: string };
  createdAt: Date;
}

export async function requestsTo(db: Db, profileId: string): Promise<ContactRequest[]> {
  const rows = await db
    .selectFrom("job_contact_requests as r")
    .innerJoin("job_openings as o", "o.id", "r.opening_id")
    .innerJoin("employers as e", "e.id", "r.employer_id")
    .innerJoin("municipalities as m", "m.number", "o.municipality_number")
    .select(["r.id", "r.status", "e.name as employer_name", "o.title", "o.occupation_code", "m.name as municipality_name", "r.created_at"])
    .where("r.profile_id", "=", profileId)
    .orderBy("r.created_at", "desc")
    .orderBy("r.id")
    .execute();
  return rows.map((r) => ({ id: r.id, status: r.status, employerName: r.employer_name, opening: { title: r.title, occupationCode: r.occupation_code, municipalityName: r.municipality_name }, createdAt: r.created_at }));
}

/** The candidate accepts or declines a request made to their own profile. */
export async function answerRequest({ db, clock }: JobMatchingServices, actor: Viewer, profile: OwnMatchingProfile, requestId: string, accept: boolean, ip: string | null): Promise<void> {
  await db.transaction().execute(async (transaction) => {
    const updated = await transaction
      .updateTable("job_contact_requests")
      .set({ status: accept ? "accepted" : "declined", answered_at: clock.now() })
      .where("id", "=", requestId)
      .where("profile_id", "=", profile.id)
      .returning("id")
      .executeTakeFirst();
    if (!updated) throw new NotFoundError("contact request", requestId);
    await recordAudit(transaction, { actorUserId: actor.id, action: accept ? "job-matching.request-accepted" : "job-matching.request-declined", subjectType: "job-contact-request", subjectId: requestId, ip });
  });
}

/** Open openings of approved employers that fit the candidate, best first, with the explanation. */
export async function openingsForCandidate(db: Db, profile: OwnMatchingProfile, limit = 20): Promise<Array<{ opening: Opening; match: Match }>> {
  const rows = await openingQuery(db).where("o.status", "=", "open").where("e.status", "=", "approved").execute();
  return topOpenings(profile.facts, rows.map(toOpening), limit);
}

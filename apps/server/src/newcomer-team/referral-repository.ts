import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import type { Viewer } from "../auth/viewer.ts";
import { caseActor, type CaseActor } from "../cases/case-access.ts";
import type { ConsentRecipient } from "../cases/cases-tables.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { enqueueMail } from "../mail/mail-queue.ts";
import { isId } from "../mentoring/mentoring-access.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import type { UserRepository } from "../staff/user-repository.ts";
import { consentRecipientOf } from "./agencies.ts";
import type { ReferralStatus } from "./newcomer-team-tables.ts";
import { newcomerTeamTexts } from "./newcomer-team-texts.ts";
import { membersOf, teamsCovering, type Member, type Team, type TeamServices } from "./team-repository.ts";

type Db = Kysely<DatabaseSchema>;

export interface ReferralServices extends TeamServices {
  users: UserRepository;
}

/** Whom a referral is about: a person in a guidance case (guidance module) or a participant (cases module). */
export type ReferralSubject = { kind: "guidance-case"; id: string } | { kind: "participant"; id: string };

interface Person {
  name: string;
  /** A phone number or e-mail address the person gave; participants have none on record. */
  contact: string;
  municipality: string;
}

export interface StandingConsent {
  id: string;
  recipient: ConsentRecipient;
  purpose: string;
  givenOn: string;
}

export interface ReferralContext {
  subject: ReferralSubject;
  person: Person;
  members: Array<Member & { teamName: string }>;
  /** The participant's standing consents (none for a guidance case, which records consent on the referral). */
  consents: StandingConsent[];
}

export interface ReferralInput {
  memberId: string;
  purpose: string;
  /** A participant's standing consent chosen on the form. */
  consentId: string;
  /** A guidance case: the person said yes to sharing name, contact and purpose with the member, on this day. */
  consentGiven: boolean;
  consentGivenOn: string;
}

/** Writes who read or sent what about the person: the cases module's access log for a participant, the audit log for a guidance case. */
async function logAccess(executor: Db, actor: CaseActor, subject: ReferralSubject, action: "read" | "referred" | "listed", reason: string, now: Date, ip: string | null): Promise<void> {
  if (subject.kind === "participant") {
    const caseAction = action === "read" ? "read-consents" : action === "listed" ? "list" : "export";
    await executor.insertInto("case_access_log").values({ participant_id: subject.id, at: now, actor_user_id: actor.userId, actor_name: actor.name, action: caseAction, reason }).execute();
  } else {
    await recordAudit(executor, { actorUserId: actor.userId, action: `newcomer-team.referral-${action}`, subjectType: "guidance_case", subjectId: subject.id, details: {}, ip });
  }
}

/** The person, if the actor follows them up (a 404 otherwise, so ids are not confirmed to outsiders). */
async function personOf(db: Db, subject: ReferralSubject, actor: CaseActor): Promise<Person> {
  const row = !isId(subject.id)
    ? undefined
    : subject.kind === "guidance-case"
      ? await db.selectFrom("guidance_cases").select(["name", "contact", "municipality_number"]).where("id", "=", subject.id).executeTakeFirst()
      : await db.selectFrom("case_participants").select(["name", "municipality_number"]).select((eb) => eb.val("").as("contact")).where("id", "=", subject.id).executeTakeFirst();
  if (!row || !actor.municipalities.has(row.municipality_number)) throw new NotFoundError(subject.kind, subject.id);
  return { name: row.name, contact: row.contact, municipality: row.municipality_number };
}

async function standingConsents(db: Db, subject: ReferralSubject): Promise<StandingConsent[]> {
  if (subject.kind !== "participant") return [];
  const rows = await db.selectFrom("case_consents").select(["id", "recipient", "purpose", "given_on"]).where("participant_id", "=", subject.id).where("withdrawn_at", "is", null).orderBy("recorded_at").execute();
  return rows.map((r) => ({ id: r.id, recipient: r.recipient, purpose: r.purpose, givenOn: r.given_on }));
}

async function membersAround(db: Db, municipality: string): Promise<Array<Member & { teamName: string }>> {
  const teams = await teamsCovering(db, municipality);
  const teamName = (team: string) => teams.find((t) => t.id === team)?.name ?? "";
  return (await membersOf(db, teams.map((t) => t.id))).map((m) => ({ ...m, teamName: teamName(m.teamId) }));
}

/** What the referral form shows: the person's name, the members of the teams around them, and the participant's consents (the read is logged). */
export async function referralContext(services: ReferralServices, viewer: Viewer, subject: ReferralSubject, ip: string | null): Promise<ReferralContext> {
  const actor = await caseActor(viewer, services.users);
  return services.db.transaction().execute(async (transaction) => {
    const person = await personOf(transaction, subject, actor);
    await logAccess(transaction, actor, subject, "read", "newcomer-team referral form", services.clock.now(), ip);
    return { subject, person, members: await membersAround(transaction, person.municipality), consents: await standingConsents(transaction, subject) };
  });
}

/**
 * Refers the person to a member agency, only with their consent to share with it: a participant's
 * standing consent to the agency's kind of recipient, or, for a guidance case, the consent given
 * now. The contact person gets the minimum by e-mail (name, contact, purpose, who referred); the
 * access log gets who sent it to which member, never the purpose.
 */
export async function createReferral(services: ReferralServices, viewer: Viewer, subject: ReferralSubject, input: ReferralInput, ip: string | null): Promise<{ id: string; teamId: string }> {
  const actor = await caseActor(viewer, services.users);
  const today = services.clock.today();
  const person = await personOf(services.db, subject, actor);
  const member = (await membersAround(services.db, person.municipality)).find((m) => m.id === input.memberId);
  const problems: Array<{ path: string; code: string; message: string }> = [];
  if (!member) problems.push({ path: "member", code: "chooseOne", message: "choose a member of a newcomer team around the person" });
  const purpose = input.purpose.trim();
  if (purpose.length < 3) problems.push({ path: "purpose", code: "required", message: "say what the referral is for" });
  else if (purpose.length > 500) problems.push({ path: "purpose", code: "tooLong", message: "at most 500 characters" });
  let consent: { caseConsentId: string | null; givenOn: string } | null = null;
  if (subject.kind === "participant") {
    const standing = (await standingConsents(services.db, subject)).find((c) => c.id === input.consentId);
    if (standing && (!member || standing.recipient === consentRecipientOf[member.agency])) consent = { caseConsentId: standing.id, givenOn: standing.givenOn };
    else if (member) problems.push({ path: "consent", code: "noConsent", message: "the participant has no standing consent to share with this kind of agency" });
  } else if (!input.consentGiven) {
    problems.push({ path: "consent", code: "consentMissing", message: "the person must consent to sharing with the member" });
  } else if (!/^\d{4}-\d{2}-\d{2}$/.test(input.consentGivenOn) || input.consentGivenOn > today) {
    problems.push({ path: "consentGivenOn", code: "pastDate", message: "the day the person consented, not in the future" });
  } else consent = { caseConsentId: null, givenOn: input.consentGivenOn };
  if (problems.length > 0 || !member || !consent) throw new InvalidInputError(problems);

  const now = services.clock.now();
  const t = newcomerTeamTexts("nb");
  return services.db.transaction().execute(async (transaction) => {
    const { id } = await transaction
      .insertInto("newcomer_team_referrals")
      .values({
        team_id: member.teamId,
        member_id: member.id,
        subject_kind: subject.kind,
        guidance_case_id: subject.kind === "guidance-case" ? subject.id : null,
        participant_id: subject.kind === "participant" ? subject.id : null,
        case_consent_id: consent.caseConsentId,
        consent_given_on: consent.givenOn,
        purpose,
        referred_by: viewer.id,
        referred_at: now,
        status_changed_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await logAccess(transaction, actor, subject, "referred", `Henvist til ${member.name} (tilflytterteam)`, now, ip);
    await recordAudit(transaction, { actorUserId: viewer.id, action: "newcomer-team.referral-sent", subjectType: "newcomer-team-referral", subjectId: id, details: { memberId: member.id, subject: subject.kind }, ip });
    await enqueueMail(
      transaction,
      {
        to: member.contactEmail,
        language: "nb",
        template: "newcomer-team-referral",
        subject: t("referral.mailSubject", { team: member.teamName }),
        text: t("referral.mailText", {
          contactName: member.contactName,
          referrer: viewer.name,
          team: member.teamName,
          member: member.name,
          name: person.name,
          contact: person.contact || t("referral.mailContactViaReferrer"),
          purpose,
          referrerEmail: viewer.email,
        }),
      },
      now,
    );
    return { id, teamId: member.teamId };
  });
}

export interface ReferralRow {
  id: string;
  personName: string;
  subject: ReferralSubject;
  memberName: string;
  purpose: string;
  status: ReferralStatus;
  referredAt: Date;
  statusChangedAt: Date;
}

/** The team's referrals of people the viewer follows up, newest first (the listing is logged per person). */
export async function referralsOf(services: ReferralServices, viewer: Viewer, team: Team, ip: string | null): Promise<ReferralRow[]> {
  const actor = await caseActor(viewer, services.users);
  if (actor.municipalities.size === 0) return [];
  const municipalities = [...actor.municipalities];
  return services.db.transaction().execute(async (transaction) => {
    const rows = await transaction
      .selectFrom("newcomer_team_referrals as r")
      .innerJoin("newcomer_team_members as m", "m.id", "r.member_id")
      .leftJoin("guidance_cases as g", "g.id", "r.guidance_case_id")
      .leftJoin("case_participants as p", "p.id", "r.participant_id")
      .select(["r.id", "r.guidance_case_id", "r.participant_id", "r.purpose", "r.status", "r.referred_at", "r.status_changed_at", "m.name as member_name", "g.name as guidance_name", "p.name as participant_name"])
      .where("r.team_id", "=", team.id)
      .where((eb) => eb.or([eb("g.municipality_number", "in", municipalities), eb("p.municipality_number", "in", municipalities)]))
      .orderBy("r.referred_at", "desc")
      .limit(200)
      .execute();
    const now = services.clock.now();
    const result = rows.map(
      (r): ReferralRow => ({
        id: r.id,
        personName: r.guidance_name ?? r.participant_name ?? "",
        subject: r.participant_id ? { kind: "participant", id: r.participant_id } : { kind: "guidance-case", id: r.guidance_case_id! },
        memberName: r.member_name,
        purpose: r.purpose,
        status: r.status,
        referredAt: r.referred_at,
        statusChangedAt: r.status_changed_at,
      }),
    );
    for (const row of result) await logAccess(transaction, actor, row.subject, "listed", "newcomer-team referrals", now, ip);
    return result;
  });
}

export const referralStatuses: readonly ReferralStatus[] = ["sent", "accepted", "done"];

/** The coordinator records how far the member has come with the referral. */
export async function setReferralStatus(services: ReferralServices, viewer: Viewer, teamId: string, referralId: string, status: ReferralStatus, ip: string | null): Promise<void> {
  const actor = await caseActor(viewer, services.users);
  const row = isId(referralId)
    ? await services.db
        .selectFrom("newcomer_team_referrals as r")
        .leftJoin("guidance_cases as g", "g.id", "r.guidance_case_id")
        .leftJoin("case_participants as p", "p.id", "r.participant_id")
        .select(["r.id", "g.municipality_number as guidance_municipality", "p.municipality_number as participant_municipality"])
        .where("r.id", "=", referralId)
        .where("r.team_id", "=", teamId)
        .executeTakeFirst()
    : undefined;
  const municipality = row?.guidance_municipality ?? row?.participant_municipality;
  if (!row || !municipality || !actor.municipalities.has(municipality)) throw new NotFoundError("referral", referralId);
  await services.db.transaction().execute(async (transaction) => {
    await transaction.updateTable("newcomer_team_referrals").set({ status, status_changed_at: services.clock.now() }).where("id", "=", referralId).execute();
    await recordAudit(transaction, { actorUserId: viewer.id, action: "newcomer-team.referral-status", subjectType: "newcomer-team-referral", subjectId: referralId, details: { status }, ip });
  });
}

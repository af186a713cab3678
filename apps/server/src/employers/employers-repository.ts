import { sql, type Kysely } from "kysely";
import type { Language } from "@velkomst/i18n";
import { recentActionsFrom, recordAudit } from "../audit/audit-log.ts";
import type { Viewer } from "../auth/viewer.ts";
import { issueOneTimeToken } from "../auth/one-time-tokens.ts";
import { newToken } from "../auth/tokens.ts";
import type { Config } from "../config.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { enqueueMail } from "../mail/mail-queue.ts";
import { DomainError, ForbiddenError, InvalidInputError, NotFoundError, TooManyRequestsError } from "../platform/domain-errors.ts";
import { invitationLifetimeMs } from "../staff/staff-administration.ts";
import type { UserRepository } from "../staff/user-repository.ts";
import { paths } from "../web/paths.ts";
import { approverRoles, contactCandidates, ownMunicipalities } from "./employers-access.ts";
import { employersPaths } from "./employers-paths.ts";
import { employersTexts } from "./employers-texts.ts";
import { recordNotice } from "./notice-intake.ts";
import { issueWorkerLink } from "./worker-links.ts";
import type { WorkerInput } from "./worker-input.ts";
import { workerMail } from "./worker-mail.ts";

type Db = Kysely<DatabaseSchema>;

export interface EmployerSignUp {
  organisationNumber: string;
  name: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  workplaces: string[];
  language: Language;
}

export interface Workplace {
  municipalityNumber: string;
  municipalityName: string;
  contact: { name: string; email: string } | null;
}

export interface Employer {
  id: string;
  organisationNumber: string;
  name: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  status: "pending" | "approved";
  createdAt: Date;
  workplaces: Workplace[];
}

export interface WorkerNotice {
  id: string;
  employerId: string;
  employerName: string;
  municipalityNumber: string;
  municipalityName: string;
  name: string;
  email: string | null;
  phone: string | null;
  citizenship: string;
  residenceBasis: string;
  startDate: string;
  plannedStay: string;
  language: Language;
  familyComing: boolean;
  createdAt: Date;
  /** Whether the worker has linked the notice to their own account. */
  linkedToAccount: boolean;
}

export interface ReportResult {
  /** The new notices. */
  ids: string[];
  /** Workers left out because this employer has reported them before. */
  alreadyReported: number;
}

/** The same worker reported again by the same employer: same workplace, name (any case) and contact. */
function alreadyNoticed(db: Db, employerId: string, worker: WorkerInput): Promise<boolean> {
  return db
    .selectFrom("worker_notices")
    .select("id")
    .where("employer_id", "=", employerId)
    .where("municipality_number", "=", worker.municipalityNumber)
    .where(sql<string>`lower(name)`, "=", worker.name.toLowerCase())
    .where("email", "is not distinct from", worker.email)
    .where("phone", "is not distinct from", worker.phone)
    .executeTakeFirst()
    .then(Boolean);
}

export class OrganisationTakenError extends DomainError {
  constructor() {
    super(409, "conflict", "this organisation number is already signed up");
  }
}

/** Sign-ups one address may send in an hour: enough for an office, too few for a script. */
const signUpsPerAddress = 10;

/**
 * Employers (issue 18): sign-up and approval, their users, and the workers they report. Every
 * read of workers' personal data goes through a check of who asks and is written to the audit log.
 */
export function createEmployers({ db, users, config }: { db: Db; users: UserRepository; config: Config }) {
  const { clock } = config;

  async function workplacesOf(employerIds: string[]): Promise<Map<string, Workplace[]>> {
    const byEmployer = new Map<string, Workplace[]>(employerIds.map((id) => [id, []]));
    if (employerIds.length === 0) return byEmployer;
    const rows = await db
      .selectFrom("employer_workplaces as w")
      .innerJoin("municipalities as m", "m.number", "w.municipality_number")
      .leftJoin("users as u", "u.id", "w.contact_user_id")
      .select(["w.employer_id", "w.municipality_number", "m.name as municipality_name", "u.name as contact_name", "u.email as contact_email"])
      .where("w.employer_id", "in", employerIds)
      .orderBy("m.name")
      .execute();
    for (const row of rows) {
      byEmployer.get(row.employer_id)?.push({
        municipalityNumber: row.municipality_number,
        municipalityName: row.municipality_name,
        contact: row.contact_name && row.contact_email ? { name: row.contact_name, email: row.contact_email } : null,
      });
    }
    return byEmployer;
  }

  const employerColumns = ["id", "organisation_number", "name", "contact_name", "contact_email", "contact_phone", "status", "created_at"] as const;

  async function withWorkplaces(rows: Array<{ id: string; organisation_number: string; name: string; contact_name: string; contact_email: string; contact_phone: string | null; status: "pending" | "approved"; created_at: Date }>): Promise<Employer[]> {
    const workplaces = await workplacesOf(rows.map((r) => r.id));
    return rows.map((row) => ({
      id: row.id,
      organisationNumber: row.organisation_number,
      name: row.name,
      contactName: row.contact_name,
      contactEmail: row.contact_email,
      contactPhone: row.contact_phone,
      status: row.status,
      createdAt: row.created_at,
      workplaces: workplaces.get(row.id) ?? [],
    }));
  }

  /** Links a user to the employer with the employer role in each workplace, and mails them a link to choose a password if they have none. */
  async function addUser(transaction: Db, employerId: string, person: { name: string; email: string }, lang: Language, actorId: string | null, ip: string | null): Promise<void> {
    // Read inside the transaction: the embedded database has one connection, which the transaction holds.
    const existing = await transaction.selectFrom("users").select(["id", "password_hash"]).where("email", "=", person.email).executeTakeFirst();
    const userId = existing?.id ?? (await users.create({ email: person.email, name: person.name, passwordHash: null }, transaction));
    const linked = await transaction.selectFrom("employer_users").select("employer_id").where("user_id", "=", userId).executeTakeFirst();
    // Someone already with another employer stays there; the answer does not say so.
    if (linked && linked.employer_id !== employerId) return;
    if (!linked) await transaction.insertInto("employer_users").values({ user_id: userId, employer_id: employerId, created_at: clock.now() }).execute();
    const workplaces = await transaction.selectFrom("employer_workplaces").select("municipality_number").where("employer_id", "=", employerId).execute();
    for (const w of workplaces) await users.assignRole(userId, { role: "employer", scope: { kind: "municipality", id: w.municipality_number } }, actorId, transaction);
    await recordAudit(transaction, { actorUserId: actorId, action: "employer.user-added", subjectType: "employer", subjectId: employerId, details: { userId }, ip });
    if (existing?.password_hash) return;
    const token = await issueOneTimeToken(transaction, userId, "invitation", invitationLifetimeMs, clock.now());
    const e = employersTexts(lang);
    const link = `${config.publicUrl}${paths.setPassword(lang, token)}`;
    await enqueueMail(transaction, { to: person.email, language: lang, template: "employer-invitation", subject: e("mail.invitationSubject"), text: e("mail.invitationText", { name: person.name, link }) }, clock.now());
  }

  async function employerById(id: string): Promise<Employer | undefined> {
    const row = await db.selectFrom("employers").select(employerColumns).where("id", "=", id).executeTakeFirst();
    return row ? (await withWorkplaces([row]))[0] : undefined;
  }

  const noticeQuery = () =>
    db
      .selectFrom("worker_notices as n")
      .innerJoin("employers as e", "e.id", "n.employer_id")
      .innerJoin("municipalities as m", "m.number", "n.municipality_number")
      .select([
        "n.id",
        "n.employer_id",
        "e.name as employer_name",
        "n.municipality_number",
        "m.name as municipality_name",
        "n.name",
        "n.email",
        "n.phone",
        "n.citizenship",
        "n.residence_basis",
        "n.start_date",
        "n.planned_stay",
        "n.language",
        "n.family_coming",
        "n.created_at",
        "n.worker_user_id",
      ]);
  type NoticeRow = Awaited<ReturnType<ReturnType<typeof noticeQuery>["execute"]>>[number];
  const toNotice = (row: NoticeRow): WorkerNotice => ({
    id: row.id,
    employerId: row.employer_id,
    employerName: row.employer_name,
    municipalityNumber: row.municipality_number,
    municipalityName: row.municipality_name,
    name: row.name,
    email: row.email,
    phone: row.phone,
    citizenship: row.citizenship,
    residenceBasis: row.residence_basis,
    startDate: row.start_date,
    plannedStay: row.planned_stay,
    language: row.language as Language,
    familyComing: row.family_coming,
    createdAt: row.created_at,
    linkedToAccount: row.worker_user_id !== null,
  });

  return {
    /** A new employer, waiting for approval; nothing is visible to it until a municipality approves it. */
    async signUp(input: EmployerSignUp, ip: string): Promise<string> {
      if ((await recentActionsFrom(db, "employer.signed-up", ip, 3600_000, clock.now())) >= signUpsPerAddress) throw new TooManyRequestsError(3600);
      const known = await db.selectFrom("municipalities").select("number").where("number", "in", input.workplaces).execute();
      if (input.workplaces.length === 0 || known.length !== input.workplaces.length) {
        throw new InvalidInputError([{ path: "kommuner", code: "municipality", message: "one or more municipality numbers of 4 digits" }]);
      }
      const taken = await db.selectFrom("employers").select("id").where("organisation_number", "=", input.organisationNumber).executeTakeFirst();
      if (taken) throw new OrganisationTakenError();
      return db.transaction().execute(async (transaction) => {
        const row = await transaction
          .insertInto("employers")
          .values({
            organisation_number: input.organisationNumber,
            name: input.name,
            contact_name: input.contactName,
            contact_email: input.contactEmail,
            contact_phone: input.contactPhone,
            language: input.language,
            created_at: clock.now(),
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await transaction.insertInto("employer_workplaces").values(input.workplaces.map((number) => ({ employer_id: row.id, municipality_number: number }))).execute();
        await recordAudit(transaction, { actorUserId: null, action: "employer.signed-up", subjectType: "employer", subjectId: row.id, ip, at: clock.now() });
        return row.id;
      });
    },

    /** The employers with a workplace in the municipalities the viewer works for, pending ones first. */
    async forStaff(viewer: Viewer, roles: Parameters<typeof ownMunicipalities>[2]): Promise<Employer[]> {
      const municipalities = await ownMunicipalities(db, viewer, roles);
      if (municipalities.length === 0) return [];
      const rows = await db
        .selectFrom("employers")
        .select(employerColumns)
        .where("id", "in", db.selectFrom("employer_workplaces").select("employer_id").where("municipality_number", "in", municipalities))
        .orderBy("status", "desc")
        .orderBy("name")
        .execute();
      return withWorkplaces(rows);
    },

    contactCandidates: (municipalityNumber: string) => contactCandidates(db, municipalityNumber),

    /**
     * Approves the employer for the administrator's municipality and names its fixed contact there.
     * The first approval opens the employer: its contact person gets an account and a link to
     * choose a password. Later approvals in other workplaces only name their contact.
     */
    async approve(actor: Viewer, employerId: string, municipalityNumber: string, contactUserId: string, ip: string | null): Promise<void> {
      // Not the administrator's municipality, or no workplace there: the same 404 as an unknown employer.
      const mine = await ownMunicipalities(db, actor, approverRoles);
      const employer = await db.selectFrom("employers").select(["id", "status", "contact_name", "contact_email", "language"]).where("id", "=", employerId).executeTakeFirst();
      const workplace = employer && (await db.selectFrom("employer_workplaces").select("municipality_number").where("employer_id", "=", employerId).where("municipality_number", "=", municipalityNumber).executeTakeFirst());
      if (!employer || !workplace || !mine.includes(municipalityNumber)) throw new NotFoundError("employer", employerId);
      if (!(await contactCandidates(db, municipalityNumber)).some((c) => c.id === contactUserId)) {
        throw new InvalidInputError([{ path: "kontakt", code: "contact", message: "a coordinator or administrator of the municipality" }]);
      }
      await db.transaction().execute(async (transaction) => {
        await transaction.updateTable("employer_workplaces").set({ contact_user_id: contactUserId }).where("employer_id", "=", employerId).where("municipality_number", "=", municipalityNumber).execute();
        await recordAudit(transaction, { actorUserId: actor.id, action: "employer.contact-named", subjectType: "employer", subjectId: employerId, details: { municipalityNumber, contactUserId }, ip });
        if (employer.status === "approved") return;
        await transaction.updateTable("employers").set({ status: "approved", approved_by: actor.id, approved_at: clock.now() }).where("id", "=", employerId).execute();
        await recordAudit(transaction, { actorUserId: actor.id, action: "employer.approved", subjectType: "employer", subjectId: employerId, ip });
        await addUser(transaction, employerId, { name: employer.contact_name, email: employer.contact_email }, employer.language as Language, actor.id, ip);
      });
    },

    /** The approved employer the user belongs to, or undefined. */
    async employerOf(userId: string): Promise<Employer | undefined> {
      const link = await db
        .selectFrom("employer_users")
        .innerJoin("employers", "employers.id", "employer_users.employer_id")
        .select("employers.id")
        .where("employer_users.user_id", "=", userId)
        .where("employers.status", "=", "approved")
        .executeTakeFirst();
      return link ? employerById(link.id) : undefined;
    },

    /** The employer's users, for its own page. */
    async usersOf(employerId: string): Promise<Array<{ name: string; email: string }>> {
      return db
        .selectFrom("employer_users")
        .innerJoin("users", "users.id", "employer_users.user_id")
        .select(["users.name", "users.email"])
        .where("employer_users.employer_id", "=", employerId)
        .orderBy("users.name")
        .execute();
    },

    /** Another user for the employer, invited by one of its users. */
    async inviteColleague(actor: Viewer, employer: Employer, person: { name: string; email: string }, lang: Language, ip: string | null): Promise<void> {
      await db.transaction().execute((transaction) => addUser(transaction, employer.id, person, lang, actor.id, ip));
    },

    /**
     * Records the workers in one transaction: every notice with its enquiry in the guidance queue,
     * its link and mail to the worker (when they have an e-mail address) and the audit entry, or
     * none at all. A worker the employer has reported before (the same file uploaded again) is
     * left as it is and counted, so nobody is queued or mailed twice.
     */
    async reportWorkers(actor: Viewer, employer: Employer, workers: readonly WorkerInput[], ip: string | null): Promise<ReportResult> {
      const workplaces = new Set(employer.workplaces.map((w) => w.municipalityNumber));
      if (workers.some((w) => !workplaces.has(w.municipalityNumber))) throw new ForbiddenError();
      const now = clock.now();
      const names = new Map(employer.workplaces.map((w) => [w.municipalityNumber, w.municipalityName]));
      const tokens = workers.map(() => newToken());
      // Composed before the transaction: reading the events does not need to hold it open.
      const mails = await Promise.all(
        workers.map((worker, index) =>
          worker.email
            ? workerMail(db, { ...worker, employerName: employer.name, municipalityName: names.get(worker.municipalityNumber) ?? "" }, config.publicUrl, `${config.publicUrl}${employersPaths.workerPage(worker.language, tokens[index]!)}`, now)
            : undefined,
        ),
      );
      return db.transaction().execute(async (transaction) => {
        // One report of this employer at a time, so two uploads of one file cannot both add a worker.
        await transaction.selectFrom("employers").select("id").where("id", "=", employer.id).forUpdate().executeTakeFirstOrThrow();
        const ids: string[] = [];
        let alreadyReported = 0;
        for (const [index, worker] of workers.entries()) {
          if (await alreadyNoticed(transaction, employer.id, worker)) {
            alreadyReported += 1;
            continue;
          }
          const id = await recordNotice(transaction, clock, employer, worker, actor.id);
          await issueWorkerLink(transaction, id, worker.startDate, now, tokens[index]);
          const mail = mails[index];
          if (mail && worker.email) await enqueueMail(transaction, { to: worker.email, language: worker.language, template: "worker-welcome", ...mail }, now);
          ids.push(id);
        }
        await recordAudit(transaction, { actorUserId: actor.id, action: "employer.workers-reported", subjectType: "employer", subjectId: employer.id, details: { count: ids.length, alreadyReported }, ip });
        return { ids, alreadyReported };
      });
    },

    /** The employer's own workers, newest start first; the read is audited. */
    async noticesOfEmployer(actor: Viewer, employer: Employer, ip: string | null): Promise<WorkerNotice[]> {
      const rows = await noticeQuery().where("n.employer_id", "=", employer.id).orderBy("n.start_date", "desc").orderBy("n.name").execute();
      await recordAudit(db, { actorUserId: actor.id, action: "employer.workers-read", subjectType: "employer", subjectId: employer.id, details: { count: rows.length }, ip });
      return rows.map(toNotice);
    },

    /** The notices of these municipalities, soonest start first (coordinators' list and the guidance queue). */
    async noticesIn(municipalities: readonly string[]): Promise<WorkerNotice[]> {
      if (municipalities.length === 0) return [];
      const rows = await noticeQuery().where("n.municipality_number", "in", [...municipalities]).orderBy("n.start_date").orderBy("n.name").execute();
      return rows.map(toNotice);
    },

    /** One notice by id, for a caller that has already proved the right to it (the worker's link or account). */
    async noticeById(noticeId: string): Promise<WorkerNotice | undefined> {
      const row = await noticeQuery().where("n.id", "=", noticeId).executeTakeFirst();
      return row && toNotice(row);
    },

    /** The notices the worker has linked to their own account, soonest start first. */
    async noticesOfWorker(userId: string): Promise<WorkerNotice[]> {
      const rows = await noticeQuery().where("n.worker_user_id", "=", userId).orderBy("n.start_date").execute();
      return rows.map(toNotice);
    },

    /** One notice, if the viewer is its employer's user or works for its municipality; else undefined (404, no trace). */
    async noticeFor(actor: Viewer, noticeId: string, ip: string | null): Promise<WorkerNotice | undefined> {
      const row = await noticeQuery().where("n.id", "=", noticeId).executeTakeFirst();
      if (!row) return undefined;
      const ownEmployer = await db.selectFrom("employer_users").select("employer_id").where("user_id", "=", actor.id).executeTakeFirst();
      const staffOf = await ownMunicipalities(db, actor, ["coordinator", "municipality-admin"]);
      if (ownEmployer?.employer_id !== row.employer_id && !staffOf.includes(row.municipality_number)) return undefined;
      await recordAudit(db, { actorUserId: actor.id, action: "employer.worker-read", subjectType: "worker-notice", subjectId: row.id, ip });
      return toNotice(row);
    },
  };
}

export type Employers = ReturnType<typeof createEmployers>;

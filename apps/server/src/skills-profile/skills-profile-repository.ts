import type { Kysely, Selectable, Transaction } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { DomainError } from "../platform/domain-errors.ts";
import type { SkillsProfile } from "./skills-profile.ts";
import type { SkillsProfileInput } from "./skills-profile-schema.ts";
import type { SkillsProfilesTable } from "./skills-profile-tables.ts";

type Db = Kysely<DatabaseSchema>;

/** Whose profile: the newcomer's own account, or a participant record their adviser keeps. */
export type ProfileOwner = { kind: "user"; userId: string } | { kind: "participant"; participantId: string };

/** What happened to a profile, for the participant's access log (written in the same transaction). */
export type ProfileAccess = "skills-profile-read" | "skills-profile-saved" | "skills-profile-deleted";
export type AccessRecorder = (trx: Transaction<DatabaseSchema>, access: ProfileAccess) => Promise<void>;

/** A newcomer's own saves and deletions in the audit log (their own reads are not logged). */
export function auditOwnChanges(userId: string, ip: string): AccessRecorder {
  return async (trx, access) => {
    if (access !== "skills-profile-read") await recordAudit(trx, { actorUserId: userId, action: access.replace("skills-profile-", "skills-profile."), subjectType: "user", subjectId: userId, ip });
  };
}

/** Storing a profile needs the person's consent (GDPR art. 6(1)(a)); without it nothing is written. */
export class ConsentRequiredError extends DomainError {
  constructor() {
    super(422, "consent-required", "consent: the person must agree that the profile is kept");
  }
}

function toProfile(row: Selectable<SkillsProfilesTable>): SkillsProfile {
  return {
    id: row.id,
    fullName: row.full_name,
    email: row.email,
    phone: row.phone,
    language: row.language,
    municipalityNumber: row.municipality_number,
    education: row.education,
    experience: row.experience,
    languages: row.languages,
    norwegian: row.norwegian,
    drivingLicences: row.driving_licences,
    certificates: row.certificates,
    digitalSkills: row.digital_skills,
    otherSkills: row.other_skills,
    wishes: row.wishes,
    consentGivenAt: new Date(row.consent_given_at),
    matchingOptInAt: row.matching_opt_in_at ? new Date(row.matching_opt_in_at) : null,
  };
}

function columnsOf(input: SkillsProfileInput) {
  return {
    full_name: input.fullName.trim(),
    email: input.email ? input.email.toLowerCase() : null,
    phone: input.phone?.trim() || null,
    language: input.language,
    municipality_number: input.municipalityNumber ?? null,
    education: JSON.stringify(input.education),
    experience: JSON.stringify(input.experience),
    languages: JSON.stringify(input.languages),
    norwegian: input.norwegian ? JSON.stringify(input.norwegian) : null,
    driving_licences: input.drivingLicences,
    certificates: JSON.stringify(input.certificates),
    digital_skills: input.digitalSkills ?? null,
    other_skills: input.otherSkills?.trim() || null,
    wishes: JSON.stringify(input.wishes),
  };
}

/** The profile as the API and the forms write it back (the stored shape without id and timestamps). */
export function inputOf(profile: SkillsProfile): SkillsProfileInput {
  const { id: _id, consentGivenAt: _given, matchingOptInAt: _optIn, ...input } = profile;
  // The stored classes passed the same schema when they were written.
  return { ...input, drivingLicences: input.drivingLicences as SkillsProfileInput["drivingLicences"], digitalSkills: profile.digitalSkills ?? null, otherSkills: profile.otherSkills ?? null };
}

/**
 * Skills profiles, one per owner. A write replaces the whole profile in one statement inside a
 * transaction, so a refused or failed save leaves the previous profile as it was.
 */
export function createSkillsProfileRepository(db: Db, clock: Clock) {
  const ownerColumn = (owner: ProfileOwner) => (owner.kind === "user" ? (["user_id", owner.userId] as const) : (["participant_id", owner.participantId] as const));
  const noRecord: AccessRecorder = async () => {};

  return {
    async find(owner: ProfileOwner, record: AccessRecorder = noRecord): Promise<SkillsProfile | undefined> {
      const [column, id] = ownerColumn(owner);
      return db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom("skills_profiles").selectAll().where(column, "=", id).executeTakeFirst();
        if (row) await record(trx, "skills-profile-read");
        return row ? toProfile(row) : undefined;
      });
    },

    /** Creates or replaces the owner's profile. A new profile needs `consent`; an existing one keeps its consent time. */
    async save(owner: ProfileOwner, input: SkillsProfileInput, consent: boolean, record: AccessRecorder = noRecord): Promise<SkillsProfile> {
      const [column, id] = ownerColumn(owner);
      const now = clock.now();
      return db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom("skills_profiles").select("id").where(column, "=", id).forUpdate().executeTakeFirst();
        let row: Selectable<SkillsProfilesTable>;
        if (existing) {
          row = await trx.updateTable("skills_profiles").set({ ...columnsOf(input), updated_at: now }).where("id", "=", existing.id).returningAll().executeTakeFirstOrThrow();
        } else {
          if (!consent) throw new ConsentRequiredError();
          row = await trx
            .insertInto("skills_profiles")
            .values({ ...columnsOf(input), [column]: id, consent_given_at: now, created_at: now, updated_at: now })
            .returningAll()
            .executeTakeFirstOrThrow();
        }
        await record(trx, "skills-profile-saved");
        return toProfile(row);
      });
    },

    /** Withdrawing consent: the profile is deleted at once. True when there was one. */
    async remove(owner: ProfileOwner, record: AccessRecorder = noRecord): Promise<boolean> {
      const [column, id] = ownerColumn(owner);
      return db.transaction().execute(async (trx) => {
        const deleted = await trx.deleteFrom("skills_profiles").where(column, "=", id).executeTakeFirst();
        const any = Number(deleted.numDeletedRows) > 0;
        if (any) await record(trx, "skills-profile-deleted");
        return any;
      });
    },
  };
}
export type SkillsProfileRepository = ReturnType<typeof createSkillsProfileRepository>;

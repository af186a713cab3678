import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import { isRole, scopeCoversMunicipality, type MunicipalityPlace, type RoleAssignment, type Scope, type ScopeKind } from "./roles.ts";

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  totpEnabled: boolean;
  disabled: boolean;
  hasPassword: boolean;
  assignments: RoleAssignment[];
}

export interface UserCredentials {
  id: string;
  passwordHash: string | null;
  totpSecret: string | null;
  totpEnabled: boolean;
  disabled: boolean;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function createUserRepository(db: Kysely<DatabaseSchema>) {
  async function assignmentsOf(userIds: string[]): Promise<Map<string, RoleAssignment[]>> {
    const byUser = new Map<string, RoleAssignment[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return byUser;
    const rows = await db
      .selectFrom("role_assignments")
      .select(["user_id", "role", "scope_kind", "scope_id"])
      .where("user_id", "in", userIds)
      .orderBy("created_at")
      .execute();
    for (const row of rows) {
      if (!isRole(row.role)) continue;
      byUser.get(row.user_id)?.push({ role: row.role, scope: { kind: row.scope_kind as ScopeKind, id: row.scope_id } });
    }
    return byUser;
  }

  const userColumns = ["id", "email", "name", "totp_enabled", "disabled", "password_hash"] as const;
  type UserRow = { id: string; email: string; name: string; totp_enabled: boolean; disabled: boolean; password_hash: string | null };
  const toUser = (row: UserRow, assignments: RoleAssignment[]): StaffUser => ({
    id: row.id,
    email: row.email,
    name: row.name,
    totpEnabled: row.totp_enabled,
    disabled: row.disabled,
    hasPassword: row.password_hash !== null,
    assignments,
  });

  return {
    async findById(id: string): Promise<StaffUser | undefined> {
      const row = await db.selectFrom("users").select(userColumns).where("id", "=", id).executeTakeFirst();
      if (!row) return undefined;
      return toUser(row, (await assignmentsOf([id])).get(id) ?? []);
    },

    async findByEmail(email: string): Promise<StaffUser | undefined> {
      const row = await db.selectFrom("users").select(userColumns).where("email", "=", normaliseEmail(email)).executeTakeFirst();
      if (!row) return undefined;
      return toUser(row, (await assignmentsOf([row.id])).get(row.id) ?? []);
    },

    async credentialsByEmail(email: string): Promise<UserCredentials | undefined> {
      const row = await db
        .selectFrom("users")
        .select(["id", "password_hash", "totp_secret", "totp_enabled", "disabled"])
        .where("email", "=", normaliseEmail(email))
        .executeTakeFirst();
      return (
        row && {
          id: row.id,
          passwordHash: row.password_hash,
          totpSecret: row.totp_secret,
          totpEnabled: row.totp_enabled,
          disabled: row.disabled,
        }
      );
    },

    async totpSecretOf(userId: string): Promise<string | null> {
      const row = await db.selectFrom("users").select("totp_secret").where("id", "=", userId).executeTakeFirst();
      return row?.totp_secret ?? null;
    },

    async list(): Promise<StaffUser[]> {
      const rows = await db.selectFrom("users").select(userColumns).orderBy("name").execute();
      const assignments = await assignmentsOf(rows.map((r) => r.id));
      return rows.map((row) => toUser(row, assignments.get(row.id) ?? []));
    },

    async create(user: { email: string; name: string; passwordHash: string | null }, transaction: Kysely<DatabaseSchema> = db): Promise<string> {
      const row = await transaction
        .insertInto("users")
        .values({ email: normaliseEmail(user.email), name: user.name.trim(), password_hash: user.passwordHash })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async assignRole(userId: string, assignment: RoleAssignment, createdBy: string | null, transaction: Kysely<DatabaseSchema> = db): Promise<void> {
      await transaction
        .insertInto("role_assignments")
        .values({ user_id: userId, role: assignment.role, scope_kind: assignment.scope.kind, scope_id: assignment.scope.id, created_by: createdBy })
        .onConflict((conflict) => conflict.columns(["user_id", "role", "scope_kind", "scope_id"]).doNothing())
        .execute();
    },

    async removeRole(userId: string, assignment: RoleAssignment, transaction: Kysely<DatabaseSchema> = db): Promise<void> {
      await transaction
        .deleteFrom("role_assignments")
        .where("user_id", "=", userId)
        .where("role", "=", assignment.role)
        .where("scope_kind", "=", assignment.scope.kind)
        .where("scope_id", "=", assignment.scope.id)
        .execute();
    },

    async setPassword(userId: string, passwordHash: string, transaction: Kysely<DatabaseSchema> = db): Promise<void> {
      await transaction
        .updateTable("users")
        .set({ password_hash: passwordHash })
        .where("id", "=", userId)
        .execute();
    },

    /** Switches TOTP on with the secret the account's code was checked against; that code's step counts as used. */
    async enableTotp(userId: string, secret: string, usedStep: number): Promise<void> {
      await db.updateTable("users").set({ totp_secret: secret, totp_enabled: true, totp_last_step: usedStep }).where("id", "=", userId).execute();
    },

    async disableTotp(userId: string): Promise<void> {
      await db.updateTable("users").set({ totp_secret: null, totp_enabled: false, totp_last_step: null }).where("id", "=", userId).execute();
    },

    /** Takes a code's time step as used; false when that step or a later one was used already (a replayed code). */
    async acceptTotpStep(userId: string, step: number): Promise<boolean> {
      const accepted = await db
        .updateTable("users")
        .set({ totp_last_step: step })
        .where("id", "=", userId)
        .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
        .returning("id")
        .executeTakeFirst();
      return accepted !== undefined;
    },

    /** The municipalities a scope covers, with what each belongs to (for scope containment checks). */
    async placesOf(scopes: readonly Scope[]): Promise<Map<string, MunicipalityPlace[]>> {
      const municipalities = await db.selectFrom("municipalities").select(["number", "county_number"]).execute();
      const memberships = await db.selectFrom("region_municipalities").selectAll().execute();
      const places: MunicipalityPlace[] = municipalities.map((m) => ({
        number: m.number,
        countyNumber: m.county_number,
        regionIds: memberships.filter((r) => r.municipality_number === m.number).map((r) => r.region_id),
      }));
      const key = (scope: Scope) => `${scope.kind}:${scope.id}`;
      return new Map(
        scopes.map((scope) => [
          key(scope),
          places.filter((place) => scopeCoversMunicipality(scope, place)),
        ]),
      );
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;

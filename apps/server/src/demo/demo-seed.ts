import { seedCasesDemo } from "../cases/cases-demo.ts";
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { hashPassword } from "../auth/passwords.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import type { Role, Scope } from "../staff/roles.ts";
import { createUserRepository } from "../staff/user-repository.ts";
import { seedSettlementDemo } from "../settlement/demo/settlement-demo.ts";
import { seedReadinessDemo } from "../readiness/readiness-demo.ts";
import { seedDemoEvents } from "../events/event-seed.ts";
import { seedContentDemo } from "../content/content-demo.ts";
import { seedDirectory } from "../directory/directory-seed.ts";
import { seedEmployersDemo } from "../employers/employers-demo.ts";
import { seedGuidanceDemo } from "../guidance/guidance-demo.ts";
import { seedTrainingDemo } from "../training/training-demo.ts";
import { mentoringDemoAccounts, seedMentoringDemo } from "../mentoring/mentoring-demo.ts";
import { seedNewcomerTeamDemo } from "../newcomer-team/newcomer-team-demo.ts";
import { seedJobMatchingDemo } from "../job-matching/job-matching-demo.ts";

/** Frøya and Hitra share a welcome service (seed 000 §5 describes Frøya's). */
export const demoRegion = { id: "froya-hitra", name: "Frøya og Hitra", countyNumber: "50", municipalities: ["5014", "5056"] };

export const demoAccounts: ReadonlyArray<{ email: string; name: string; role: Role; scope: Scope }> = [
  { email: "imdi@demo.velkomst.no", name: "Ingrid Dahl (IMDi)", role: "national-admin", scope: { kind: "national", id: "" } },
  { email: "admin.froya@demo.velkomst.no", name: "Mona Strand", role: "municipality-admin", scope: { kind: "municipality", id: "5014" } },
  { email: "redaktor@demo.velkomst.no", name: "Eirik Sandvik", role: "editor", scope: { kind: "region", id: "froya-hitra" } },
  { email: "koordinator.hitra@demo.velkomst.no", name: "Amina Hassan", role: "coordinator", scope: { kind: "municipality", id: "5056" } },
  // The county follows the municipalities' readiness checklists (seed 000 §2.1: adviser and coordinator).
  { email: "fylke.trondelag@demo.velkomst.no", name: "Siri Aune (Trøndelag fylkeskommune)", role: "coordinator", scope: { kind: "county", id: "50" } },
  { email: "arbeidsgiver@demo.velkomst.no", name: "Kari Fiskeindustri AS", role: "employer", scope: { kind: "municipality", id: "5014" } },
  { email: "frivillig@demo.velkomst.no", name: "Ola Frivillig", role: "volunteer", scope: { kind: "region", id: "froya-hitra" } },
  ...mentoringDemoAccounts,
  { email: "nykommer@demo.velkomst.no", name: "Oksana Demo", role: "newcomer", scope: { kind: "national", id: "" } },
];

export interface SeededAccount {
  email: string;
  role: Role;
  password: string;
}

/**
 * Seeds the demo region, its welcome service and the demo accounts (listed in the README). Runs only on a database
 * without users; returns the accounts created (empty when it did nothing).
 */
export async function seedDemo(db: Kysely<DatabaseSchema>, options: { clock: Clock; password?: string }): Promise<SeededAccount[]> {
  const { clock } = options;
  const existing = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  if (existing) return [];
  const users = createUserRepository(db);
  const accounts = await Promise.all(
    demoAccounts.map(async (account) => {
      const password = options.password ?? randomBytes(9).toString("base64url");
      return { ...account, password, passwordHash: await hashPassword(password) };
    }),
  );
  await db.transaction().execute(async (transaction) => {
    await transaction
      .insertInto("regions")
      .values({ id: demoRegion.id, name: demoRegion.name, county_number: demoRegion.countyNumber })
      .onConflict((c) => c.column("id").doNothing())
      .execute();
    await transaction
      .insertInto("region_municipalities")
      .values(demoRegion.municipalities.map((number) => ({ region_id: demoRegion.id, municipality_number: number })))
      .onConflict((c) => c.doNothing())
      .execute();
    await transaction
      .insertInto("welcome_services")
      .values({
        name: "Velkomstsenteret Frøya og Hitra",
        region_id: demoRegion.id,
        email: "velkommen@demo.velkomst.no",
        phone: "+47 00 00 00 00",
        address: "Demo: Sistranda, 7260 Sistranda",
        website: null,
      })
      .execute();
    for (const account of accounts) {
      const userId = await users.create({ email: account.email, name: account.name, passwordHash: account.passwordHash }, transaction);
      await users.assignRole(userId, { role: account.role, scope: account.scope }, null, transaction);
    }
  });
  await seedReadinessDemo(db, demoRegion.id, clock);
  await seedSettlementDemo(db, clock);
  await seedCasesDemo(db, clock);
  await seedDirectory(db, { year: Number(clock.today().slice(0, 4)) });
  await seedDemoEvents(db, clock.now());
  await seedContentDemo(db, clock.now());
  await seedEmployersDemo(db, clock);
  await seedGuidanceDemo(db, clock, demoRegion.id);
  await seedTrainingDemo(db, clock);
  await seedMentoringDemo(db, clock, "frivillig@demo.velkomst.no");
  await seedNewcomerTeamDemo(db, clock, demoRegion.id);
  await seedJobMatchingDemo(db, clock, "nykommer@demo.velkomst.no");
  return accounts.map(({ email, role, password }) => ({ email, role, password }));
}

/**
 * What the first start prints about the demo accounts. Passwords only to a terminal: a log file or
 * a container's log collector would keep them for anyone who can read it.
 */
export function demoAccountsNotice(accounts: readonly SeededAccount[], terminal: boolean): string {
  const lines = accounts.map((a) => `  ${a.role.padEnd(20)} ${a.email.padEnd(38)}${terminal ? ` ${a.password}` : ""}`);
  const footer = terminal
    ? ""
    : "Passwords are shown only on a terminal. For an account you can sign in with, run: npx velkomst create-admin --email E --name N\n";
  return `\nDemo accounts${terminal ? " (shown once)" : ""}:\n${lines.join("\n")}\n${footer}\n`;
}

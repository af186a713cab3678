import type { TestApp } from "./test-app.ts";

/** The job-matching demo gives the demo newcomer a profile; these suites build theirs from nothing. */
export async function withoutDemoProfile(t: TestApp): Promise<void> {
  const db = t.test.database.db;
  const owner = await db.selectFrom("users").select("id").where("email", "=", t.emailOf("newcomer")).executeTakeFirstOrThrow();
  await db.deleteFrom("skills_profiles").where("user_id", "=", owner.id).execute();
}

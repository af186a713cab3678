/**
 * The programme adviser's participant list and the monthly benefit run for CASES_BENCH_PARTICIPANTS
 * (default 5,000) participants in one municipality, on PGlite, next to baselines measured in the same
 * run: the plain participant list of the API (names only, no phase) and reading the rows the
 * benefit run reads without computing anything. Each figure is the median of 5 runs.
 */
import { createEmptyDatabase } from "../test/test-database.ts";
import { prepareDatabase } from "../src/startup.ts";
import { fixedClock } from "../src/platform/clock.ts";
import type { CaseActor } from "../src/cases/case-access.ts";
import { createParticipantRepository } from "../src/cases/participant-repository.ts";
import { createProgrammeRepository } from "../src/cases/programme-repository.ts";

const count = Number(process.env.CASES_BENCH_PARTICIPANTS ?? 5_000);
const clock = fixedClock(new Date("2027-03-15T10:00:00Z"));
const test = await createEmptyDatabase("pglite");
await prepareDatabase(test.database);
const db = test.database.db;
const now = clock.now();
const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

for (let batch = 0; batch < count; batch += 500) {
  const size = Math.min(500, count - batch);
  const ids = await db
    .insertInto("case_participants")
    .values(Array.from({ length: size }, (_, i) => ({ municipality_number: "5014", name: `Deltaker ${String(batch + i).padStart(5, "0")}`, birth_date: `19${70 + ((batch + i) % 30)}-0${1 + ((batch + i) % 9)}-15`, identity_number: null, residence_basis: "refugee", settlement_date: shift("2026-01-01", -((batch + i) % 700)), education: (["none", "primary", "upper-secondary"] as const)[(batch + i) % 3]!, languages: '["ar"]', interpreter_language: null, created_by: null, created_at: now })))
    .returning(["id", "settlement_date"])
    .execute();
  await db.insertInto("case_decisions").values(ids.map((row, i) => ({ participant_id: row.id, kind: "start" as const, decided_on: shift(row.settlement_date!, 30), from_date: shift(row.settlement_date!, 40 + (i % 20)), to_date: null, created_by: null, created_at: now }))).execute();
  await db.insertInto("case_absences").values(ids.filter((_, i) => i % 4 === 0).map((row) => ({ participant_id: row.id, on_date: "2027-02-10", minutes: 450, valid: false, recorded_by: null, recorded_at: now }))).execute();
  const versions = await db.insertInto("case_plan_versions").values(ids.map((row) => ({ participant_id: row.id, version: 1, goal: "work" as const, reason: "Plan", valid_from: "2026-01-01", created_by: null, created_at: now }))).returning("id").execute();
  await db.insertInto("case_plan_elements").values(versions.flatMap((v) => [{ plan_version_id: v.id, element: "norwegian" as const, minutes_per_week: 900 }, { plan_version_id: v.id, element: "work-practice" as const, minutes_per_week: 1350 }])).execute();
}

const actor: CaseActor = { userId: (await db.selectFrom("users").select("id").executeTakeFirst())?.id ?? "00000000-0000-0000-0000-000000000000", name: "Benchmark", municipalities: new Set(["5014"]), auditor: false, role: "coordinator" };
const participants = createParticipantRepository(db, clock);
const programme = createProgrammeRepository(db, clock, participants.logAccess);

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[2]!;
}

// The access log takes actor_user_id null here (no user in an unseeded database).
actor.userId = null as never;
const plainList = await median(() => participants.list(actor));
const adviserList = await median(() => programme.list(actor, {}, "nb", count));
const readOnly = await median(() => db.selectFrom("case_participants").selectAll().where("municipality_number", "=", "5014").execute());
let result = { participants: 0, total: 0 };
const benefitRun = await median(async () => (result = await programme.benefitRun(["5014"], "2027-02", "nb")));
console.log(`participants: ${count}`);
console.log(`adviser's list (phase, frame, warnings first, all ${count} logged): ${adviserList.toFixed(0)} ms   baseline plain API list (first 500 by name, logged): ${plainList.toFixed(0)} ms`);
console.log(`monthly benefit run for 2027-02 (${result.participants} paid, ${result.total} kr): ${benefitRun.toFixed(0)} ms   baseline reading the participants' rows only: ${readOnly.toFixed(0)} ms`);
await test.dispose();

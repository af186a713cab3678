import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { settledHousehold } from "./settled-household-builder.ts";
import type { DecisionKind, ExitOutcome, PlanElement } from "./cases-tables.ts";

const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const mondayOnOrBefore = (iso: string) => shift(iso, -((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7));

interface DemoParticipant {
  name: string;
  municipality: "5014" | "5056";
  birthDate: string;
  basis: "refugee" | "family-of-refugee" | "collective-protection";
  education: "none" | "primary" | "upper-secondary" | "higher";
  /** Days before today. */
  settled: number;
  started?: number;
  decisions?: Array<{ kind: DecisionKind; from: number; to?: number }>;
  exit?: { outcome: ExitOutcome; daysAgo: number };
  children?: string[];
}

const standardWeek: Partial<Record<PlanElement, number>> = { norwegian: 900, "social-studies": 150, "life-skills": 120, "work-practice": 1080 };

/** A dozen participants in Frøya and Hitra in every phase, dated from the clock; and two settled adults in Hitra waiting to be registered. */
const demoParticipants: DemoParticipant[] = [
  { name: "Amal Haddad", municipality: "5014", birthDate: "1991-02-11", basis: "refugee", education: "primary", settled: 120, started: 95, children: ["2016-06-01"] },
  { name: "Yusuf Ahmadi", municipality: "5014", birthDate: "1996-08-23", basis: "refugee", education: "none", settled: 700, started: 680 },
  { name: "Olena Kovalenko", municipality: "5014", birthDate: "1988-04-05", basis: "collective-protection", education: "higher", settled: 200, started: 160 },
  { name: "Samir Noor", municipality: "5014", birthDate: "1999-12-01", basis: "refugee", education: "primary", settled: 130 },
  { name: "Fatima Warsame", municipality: "5014", birthDate: "1985-09-17", basis: "refugee", education: "primary", settled: 400, started: 380, decisions: [{ kind: "leave", from: 5, to: -20 }] },
  { name: "Tesfay Gebre", municipality: "5014", birthDate: "1993-01-30", basis: "refugee", education: "upper-secondary", settled: 500, started: 470, decisions: [{ kind: "end", from: 60 }], exit: { outcome: "work", daysAgo: 60 } },
  { name: "Layla Karimi", municipality: "5056", birthDate: "1994-07-07", basis: "refugee", education: "primary", settled: 45 },
  { name: "Mykola Shevchenko", municipality: "5056", birthDate: "1979-03-14", basis: "collective-protection", education: "upper-secondary", settled: 150, started: 140, decisions: [{ kind: "stop", from: 10 }] },
  { name: "Hiba Saleh", municipality: "5056", birthDate: "2002-10-02", basis: "refugee", education: "primary", settled: 300, started: 280 },
  { name: "Abdi Hassan", municipality: "5056", birthDate: "1990-05-25", basis: "refugee", education: "none", settled: 800, started: 760, decisions: [{ kind: "extension", from: 30 }] },
  { name: "Nadia Rahimi", municipality: "5056", birthDate: "1987-11-11", basis: "family-of-refugee", education: "higher", settled: 420, started: 400, decisions: [{ kind: "end", from: 400 - 365 }], exit: { outcome: "education", daysAgo: 35 } },
  { name: "Daniel Tesfamariam", municipality: "5056", birthDate: "1998-02-19", basis: "refugee", education: "primary", settled: 90, started: 60 },
];

export async function seedCasesDemo(db: Kysely<DatabaseSchema>, clock: Clock): Promise<void> {
  const today = clock.today();
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    for (const p of demoParticipants) {
      const { id } = await trx
        .insertInto("case_participants")
        .values({
          municipality_number: p.municipality,
          name: p.name,
          birth_date: p.birthDate,
          residence_basis: p.basis,
          settlement_date: shift(today, -p.settled),
          arrival_date: shift(today, -p.settled - 90),
          education: p.education,
          languages: JSON.stringify(p.basis === "collective-protection" ? ["uk"] : ["ar"]),
          interpreter_language: p.basis === "collective-protection" ? "uk" : "ar",
          children_birth_dates: JSON.stringify(p.children ?? []),
          created_by: null,
          created_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (p.started === undefined) continue;
      const start = shift(today, -p.started);
      const version = await trx
        .insertInto("case_plan_versions")
        .values({ participant_id: id, version: 1, goal: "work", reason: "Plan laget sammen med deltakeren ved oppstart", valid_from: start, created_by: null, created_at: now })
        .returning("id")
        .executeTakeFirstOrThrow();
      const week = { ...standardWeek, ...(p.children?.length ? { "parental-guidance": 120, "work-practice": 960 } : {}) };
      await trx.insertInto("case_plan_elements").values(Object.entries(week).map(([element, minutes]) => ({ plan_version_id: version.id, element: element as PlanElement, minutes_per_week: minutes! }))).execute();
      const decisions = [{ kind: "start" as const, from: p.started }, ...(p.decisions ?? [])];
      await trx
        .insertInto("case_decisions")
        .values(decisions.map((d) => ({ participant_id: id, kind: d.kind, decided_on: shift(today, -d.from - 7), from_date: shift(today, -d.from), to_date: d.kind === "leave" ? shift(today, -(d.to ?? d.from)) : null, created_by: null, created_at: now })))
        .execute();
      // The last two weeks' attendance, with one absence for some.
      for (const weeksAgo of [1, 2]) {
        const weekStart = mondayOnOrBefore(shift(today, -7 * weeksAgo));
        if (weekStart < start || p.exit || p.decisions?.some((d) => d.kind === "stop")) continue;
        await trx.insertInto("case_attendance").values(Object.entries(week).map(([element, minutes]) => ({ participant_id: id, week_start: weekStart, element: element as PlanElement, minutes: minutes!, recorded_by: null, recorded_at: now }))).execute();
      }
      if (p.name.length % 3 === 0) {
        await trx.insertInto("case_absences").values({ participant_id: id, on_date: shift(mondayOnOrBefore(shift(today, -7)), 1), minutes: 450, valid: p.name.length % 2 === 0, reason: "Demo", recorded_by: null, recorded_at: now }).execute();
      }
      if (p.exit) {
        await trx.insertInto("case_exits").values({ participant_id: id, outcome: p.exit.outcome, exit_date: shift(today, -p.exit.daysAgo), follow_up_1: p.exit.daysAgo > 31 ? p.exit.outcome : null, follow_up_12: null, recorded_by: null, recorded_at: now }).execute();
      }
    }
  });
  const year = Number(today.slice(0, 4));
  await settledHousehold(db, { municipality: "5056", reference: "DEMO-HITRA-1", adultName: "Rasha Al-Sayed", birthYear: year - 34, settledOn: shift(today, -20) });
  await settledHousehold(db, { municipality: "5056", reference: "DEMO-HITRA-2", adultName: "Kamal Idris", birthYear: year - 41, settledOn: shift(today, -12) });
}

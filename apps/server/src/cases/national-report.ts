import type { Kysely } from "kysely";
import { isIsoDate, type Language } from "@velkomst/rules";
import type { FieldError } from "@velkomst/validation";
import type { DatabaseSchema } from "../database/schema.ts";
import type { CaseActor } from "./case-access.ts";
import { planElements } from "./cases-tables.ts";
import type { ParticipantAccessLog } from "./participant-repository.ts";

/**
 * What the municipality reports nationally for the introduction programme in a period, one row
 * per participant. The identity number is left out: rows carry the record's id, which the
 * municipality can look up, so the file holds no more than the report needs.
 */
export const reportFields = [
  ["participant_id", "the record's id in Velkomst (uuid)"],
  ["municipality", "kommunenummer of the municipality that follows the participant up"],
  ["birth_year", "year of birth"],
  ["residence_basis", "basis of residence (the rules' enum, e.g. refugee, collective-protection)"],
  ["start_date", "start decision: first day in the programme (YYYY-MM-DD), empty without one"],
  ["leave", "leave decisions in the period as FROM..TO, separated by ';'"],
  ["extension_date", "from-date of an extension decision, if any"],
  ["stop_date", "from-date of a stop decision, if any"],
  ["end_date", "from-date of an end decision, if any"],
  ["goal", "final goal (sluttmål) of the plan in force at the period's end: work, upper-secondary, upper-secondary-partial, higher-education, other"],
  ...planElements.map((element) => [`hours_${element.replace("-", "_")}`, `planned hours a week of ${element} in that plan`] as const),
  ["attended_hours", "hours attended in the weeks starting in the period, all elements"],
  ["absence_valid_hours", "hours of absence with a valid reason in the period"],
  ["absence_invalid_hours", "hours of absence without a valid reason in the period (they reduce the benefit)"],
  ["exit_outcome", "outcome at exit: work, education, other; empty before exit"],
  ["exit_date", "exit date"],
  ["follow_up_1", "status 1 month after exit: work, education, other, unknown; empty until known"],
  ["follow_up_12", "status 12 months after exit, as follow_up_1"],
] as const;

export type ReportField = (typeof reportFields)[number][0];
export type ReportRow = Record<ReportField, string | number>;

export interface NationalReport {
  period: { from: string; to: string };
  fields: Array<{ name: string; description: string }>;
  rows: ReportRow[];
}

export function reportErrors(values: { fra: string; til: string; format: string }): FieldError[] {
  const errors: FieldError[] = [];
  if (!isIsoDate(values.fra)) errors.push({ path: "fra", code: "date", message: "expected a date YYYY-MM-DD" });
  if (!isIsoDate(values.til)) errors.push({ path: "til", code: "date", message: "expected a date YYYY-MM-DD" });
  else if (isIsoDate(values.fra) && values.til < values.fra) errors.push({ path: "til", code: "endBeforeStart", message: "must not be before fra" });
  if (values.format !== "csv" && values.format !== "json") errors.push({ path: "format", code: "choose", message: "expected csv or json" });
  return errors;
}

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** The report for the actor's municipalities; every participant in it is logged as exported. */
export async function nationalReport(db: Kysely<DatabaseSchema>, log: ParticipantAccessLog, actor: CaseActor, period: { from: string; to: string }, _language: Language): Promise<NationalReport> {
  const municipalities = [...actor.municipalities];
  const fields = reportFields.map(([name, description]) => ({ name, description }));
  if (municipalities.length === 0) return { period, fields, rows: [] };
  return db.transaction().execute(async (trx) => {
    // In the period: started by its end, and not closed (stop, end or exit) before its start.
    const starts = await trx
      .selectFrom("case_decisions as d")
      .innerJoin("case_participants as p", "p.id", "d.participant_id")
      .select(["p.id", "p.municipality_number", "p.birth_date", "p.residence_basis", "d.from_date"])
      .where("d.kind", "=", "start")
      .where("d.from_date", "<=", period.to)
      .where("p.municipality_number", "in", municipalities)
      .orderBy("p.municipality_number")
      .orderBy("d.from_date")
      .orderBy("p.id")
      .execute();
    const ids = starts.map((s) => s.id);
    if (ids.length === 0) return { period, fields, rows: [] };
    const [decisions, exits, plans, attendance, absences] = await Promise.all([
      trx.selectFrom("case_decisions").select(["participant_id", "kind", "from_date", "to_date"]).where("participant_id", "in", ids).where("kind", "!=", "start").orderBy("from_date").execute(),
      trx.selectFrom("case_exits").selectAll().where("participant_id", "in", ids).execute(),
      trx
        .selectFrom("case_plan_versions as v")
        .leftJoin("case_plan_elements as e", "e.plan_version_id", "v.id")
        .select(["v.participant_id", "v.version", "v.goal", "e.element", "e.minutes_per_week"])
        .where("v.participant_id", "in", ids)
        .where("v.valid_from", "<=", period.to)
        .orderBy("v.version")
        .execute(),
      trx.selectFrom("case_attendance").select(["participant_id", "minutes"]).where("participant_id", "in", ids).where("week_start", ">=", period.from).where("week_start", "<=", period.to).execute(),
      trx.selectFrom("case_absences").select(["participant_id", "minutes", "valid"]).where("participant_id", "in", ids).where("on_date", ">=", period.from).where("on_date", "<=", period.to).execute(),
    ]);
    const rows: ReportRow[] = [];
    for (const start of starts) {
      const own = decisions.filter((d) => d.participant_id === start.id);
      const exit = exits.find((e) => e.participant_id === start.id);
      const closedBefore = own.some((d) => (d.kind === "stop" || d.kind === "end") && d.from_date < period.from) || (exit !== undefined && exit.exit_date < period.from);
      if (closedBefore) continue;
      const ownPlans = plans.filter((p) => p.participant_id === start.id);
      const latest = Math.max(0, ...ownPlans.map((p) => p.version));
      const plan = ownPlans.filter((p) => p.version === latest);
      const planHours = Object.fromEntries(planElements.map((element) => [`hours_${element.replace("-", "_")}`, hours(plan.find((p) => p.element === element)?.minutes_per_week ?? 0)])) as Record<string, number>;
      const first = (kind: string) => own.find((d) => d.kind === kind)?.from_date ?? "";
      const absent = absences.filter((a) => a.participant_id === start.id);
      rows.push({
        ...planHours,
        participant_id: start.id,
        municipality: start.municipality_number,
        birth_year: Number(start.birth_date.slice(0, 4)),
        residence_basis: start.residence_basis,
        start_date: start.from_date,
        leave: own.filter((d) => d.kind === "leave" && d.to_date! >= period.from && d.from_date <= period.to).map((d) => `${d.from_date}..${d.to_date}`).join(";"),
        extension_date: first("extension"),
        stop_date: first("stop"),
        end_date: first("end"),
        goal: plan[0]?.goal ?? "",
        attended_hours: hours(attendance.filter((a) => a.participant_id === start.id).reduce((sum, a) => sum + a.minutes, 0)),
        absence_valid_hours: hours(absent.filter((a) => a.valid).reduce((sum, a) => sum + a.minutes, 0)),
        absence_invalid_hours: hours(absent.filter((a) => !a.valid).reduce((sum, a) => sum + a.minutes, 0)),
        exit_outcome: exit?.outcome ?? "",
        exit_date: exit?.exit_date ?? "",
        follow_up_1: exit?.follow_up_1 ?? "",
        follow_up_12: exit?.follow_up_12 ?? "",
      } as ReportRow);
    }
    await log(trx, rows.map((row) => String(row.participant_id)), actor, "report-export", `${period.from}..${period.to}`);
    return { period, fields, rows };
  });
}

/** CSV by RFC 4180 with a header row of the field names; a value starting with = + - @ is quoted as text so a spreadsheet does not run it. */
export function reportCsv(report: NationalReport): string {
  const cell = (value: string | number) => {
    const text = String(value);
    const safe = /^[=+\-@]/.test(text) && typeof value === "string" ? `'${text}` : text;
    return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const names = reportFields.map(([name]) => name);
  return [names.join(","), ...report.rows.map((row) => names.map((name) => cell(row[name] ?? "")).join(","))].join("\r\n") + "\r\n";
}

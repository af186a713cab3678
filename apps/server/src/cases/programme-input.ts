import { isIsoDate, programmeGoals, type ProgrammeGoal } from "@velkomst/rules";
import { parseDateInput, type FieldError } from "@velkomst/validation";
import { decisionKinds, exitOutcomes, followUpOutcomes, planElements, type DecisionKind, type ExitOutcome, type FollowUpOutcome, type PlanElement } from "./cases-tables.ts";
import type { DecisionInput, ExitInput, PlanInput, WeekInput } from "./programme-repository.ts";

/** The forms' fields as typed input, or the problems at each field (codes are keys of the cases texts' `errors`). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const minutesADay = 24 * 60;
const minutesAWeek = 7 * minutesADay;

/** "7,5" or "7.5" hours as whole minutes; "" is 0; anything else undefined. */
export function parseHours(text: string | undefined): number | undefined {
  const trimmed = (text ?? "").trim().replace(",", ".");
  if (trimmed === "") return 0;
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(trimmed)) return undefined;
  return Math.round(Number(trimmed) * 60);
}

export const formatHours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);

/** A date typed as 31.03.2026 (DateField) or ISO; what cannot be read stays as typed, so the error names the field. */
function date(fields: Record<string, string>, name: string, errors: FieldError[], required = true): string | undefined {
  const typed = (fields[name] ?? "").trim();
  const value = parseDateInput(typed) ?? typed;
  if (value === "" && !required) return undefined;
  if (!isIsoDate(value)) {
    errors.push({ path: name, code: "date", message: "expected a date YYYY-MM-DD" });
    return undefined;
  }
  return value;
}

function oneOf<T extends string>(fields: Record<string, string>, name: string, options: readonly T[], errors: FieldError[], required = true): T | undefined {
  const value = (fields[name] ?? "").trim();
  if (value === "" && !required) return undefined;
  if (!(options as readonly string[]).includes(value)) {
    errors.push({ path: name, code: "choose", message: `expected one of ${options.join(", ")}` });
    return undefined;
  }
  return value as T;
}

function text(fields: Record<string, string>, name: string, errors: FieldError[], { min = 0, max = 500 } = {}): string {
  const value = (fields[name] ?? "").trim();
  if (value.length < min) errors.push({ path: name, code: "required", message: "must be filled in" });
  else if (value.length > max) errors.push({ path: name, code: "tooLong", params: { limit: max }, message: `at most ${max} characters` });
  return value;
}

/** Hours a week per element: each at most a week of 24-hour days, and all together too. */
function weekHours(fields: Record<string, string>, prefix: string, errors: FieldError[]): Partial<Record<PlanElement, number>> {
  const minutes: Partial<Record<PlanElement, number>> = {};
  let total = 0;
  for (const element of planElements) {
    const name = `${prefix}${element}`;
    const value = parseHours(fields[name]);
    if (value === undefined) errors.push({ path: name, code: "hours", message: "expected hours such as 7,5" });
    else if (value > minutesAWeek) errors.push({ path: name, code: "over24ADay", message: "more than 24 hours a day" });
    else {
      minutes[element] = value;
      total += value;
    }
  }
  if (errors.length === 0 && total > minutesAWeek) errors.push({ path: `${prefix}${planElements[0]}`, code: "over24ADay", message: "the week's hours together are more than 24 hours a day" });
  return minutes;
}

export function parsePlanForm(fields: Record<string, string>): Parsed<PlanInput> {
  const errors: FieldError[] = [];
  const goal = oneOf<ProgrammeGoal>(fields, "goal", programmeGoals, errors);
  const goalText = text(fields, "goalText", errors);
  const reason = text(fields, "reason", errors, { min: 1 });
  const validFrom = date(fields, "validFrom", errors);
  const elements = weekHours(fields, "hours-", errors);
  // A checkbox: "yes" when ticked, absent when not.
  const ownActivity = oneOf(fields, "ownActivity", ["yes"], errors, false) === "yes";
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { goal: goal!, goalText, reason, validFrom: validFrom!, ownActivity, elements } };
}

export function parseDecisionForm(fields: Record<string, string>): Parsed<DecisionInput> {
  const errors: FieldError[] = [];
  const kind = oneOf<DecisionKind>(fields, "kind", decisionKinds, errors);
  const decidedOn = date(fields, "decidedOn", errors);
  const fromDate = date(fields, "fromDate", errors);
  const toDate = date(fields, "toDate", errors, kind === "leave");
  const note = text(fields, "note", errors);
  if (kind && kind !== "leave" && toDate !== undefined) errors.push({ path: "toDate", code: "onlyLeave", message: "only a leave has a last day" });
  if (fromDate && toDate && toDate < fromDate) errors.push({ path: "toDate", code: "endBeforeStart", message: "must not be before fromDate" });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { kind: kind!, decidedOn: decidedOn!, fromDate: fromDate!, ...(toDate ? { toDate } : {}), note } };
}

export function parseWeekForm(fields: Record<string, string>): Parsed<WeekInput> {
  const errors: FieldError[] = [];
  const weekStart = date(fields, "weekStart", errors);
  if (weekStart && new Date(`${weekStart}T00:00:00Z`).getUTCDay() !== 1) errors.push({ path: "weekStart", code: "monday", message: "expected the Monday the week starts on" });
  const minutes = weekHours(fields, "week-", errors);
  const absenceDate = date(fields, "absenceDate", errors, false);
  const absenceMinutes = parseHours(fields.absenceHours);
  let absence: WeekInput["absence"];
  if (absenceDate !== undefined || (absenceMinutes ?? 0) > 0) {
    if (absenceMinutes === undefined || absenceMinutes === 0) errors.push({ path: "absenceHours", code: "hours", message: "expected hours such as 7,5" });
    else if (absenceMinutes > minutesADay) errors.push({ path: "absenceHours", code: "over24ADay", message: "more than 24 hours a day" });
    if (absenceDate === undefined && !errors.some((e) => e.path === "absenceDate")) errors.push({ path: "absenceDate", code: "date", message: "expected a date YYYY-MM-DD" });
    if (weekStart && absenceDate && (absenceDate < weekStart || absenceDate > new Date(Date.parse(`${weekStart}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10))) {
      errors.push({ path: "absenceDate", code: "outsideWeek", message: "must be a day of the week" });
    }
    const valid = oneOf(fields, "absenceValid", ["valid", "invalid"] as const, errors);
    const reason = text(fields, "absenceReason", errors);
    if (errors.length === 0) absence = { onDate: absenceDate!, minutes: absenceMinutes!, valid: valid === "valid", reason };
  } else if (parseHours(fields.absenceHours) === undefined) {
    errors.push({ path: "absenceHours", code: "hours", message: "expected hours such as 7,5" });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { weekStart: weekStart!, minutes, ...(absence ? { absence } : {}) } };
}

export function parseExitForm(fields: Record<string, string>): Parsed<ExitInput> {
  const errors: FieldError[] = [];
  const outcome = oneOf<ExitOutcome>(fields, "outcome", exitOutcomes, errors);
  const exitDate = date(fields, "exitDate", errors);
  const followUp1 = oneOf<FollowUpOutcome>(fields, "followUp1", followUpOutcomes, errors, false);
  const followUp12 = oneOf<FollowUpOutcome>(fields, "followUp12", followUpOutcomes, errors, false);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { outcome: outcome!, exitDate: exitDate!, ...(followUp1 ? { followUp1 } : {}), ...(followUp12 ? { followUp12 } : {}) } };
}

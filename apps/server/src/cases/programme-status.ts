import { evaluateProgramme, introductionBenefitMonth, programmeFrame, programmeStartDeadline, validateParticipant, type BenefitMonth, type BenefitPeriod, type Language, type ProgrammeFrame, type ProgrammeGoal, type ProgrammeResult, type StartDeadline } from "@velkomst/rules";
import type { DecisionKind } from "./cases-tables.ts";

/** The adviser is warned this long before the programme's frame runs out (a working choice, not law). */
export const frameWarningMonths = 3;

export type Phase = "waiting" | "inProgramme" | "onLeave" | "stopped" | "ended";

export interface ParticipantFacts {
  birthDate: string;
  residenceBasis: string;
  education: string;
  arrivalDate: string | null;
  settlementDate: string | null;
  residenceFrom: string | null;
  livesWithParents: boolean;
  childrenBirthDates: readonly string[];
  createdOn: string;
}

export interface Decision {
  kind: DecisionKind;
  fromDate: string;
  toDate: string | null;
}

export interface ProgrammeStatus {
  phase: Phase;
  start: string | null;
  /** The last day of the programme as decided (end or stop), when there is one. */
  closedOn: string | null;
  startDeadline: StartDeadline | null;
  rules: ProgrammeResult | null;
  frame: ProgrammeFrame | null;
  /** Warnings to show first: the start deadline passed without a start, or the frame running out. */
  warning: "startOverdue" | "frameEndingSoon" | "frameEnded" | null;
}

const dayLength = 86_400_000;
/** Calendar arithmetic on ISO dates (UTC midnights, so no time zone or summer time enters). */
const epochDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / dayLength;
const shiftDays = (iso: string, days: number) => new Date((epochDay(iso) + days) * dayLength).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => epochDay(to) - epochDay(from);
const dayBefore = (iso: string) => shiftDays(iso, -1);

/** The rules' view of the participant on `asOf`: right, frame, benefit; null when the record lacks what the rules need. */
export function programmeRules(facts: ParticipantFacts, goal: ProgrammeGoal | undefined, start: string | null, asOf: string, language: Language): ProgrammeResult | null {
  const input = {
    asOf,
    birthDate: facts.birthDate,
    residenceBasis: facts.residenceBasis,
    // The first day in Norway when known; else the earliest date the record has.
    arrivalDate: facts.arrivalDate ?? facts.residenceFrom ?? facts.settlementDate ?? facts.createdOn,
    ...(facts.settlementDate ? { settlementDate: facts.settlementDate } : {}),
    education: facts.education,
    ...(goal ? { goal } : {}),
    ...(start ? { programmeStart: start } : {}),
    livesWithParents: facts.livesWithParents,
    childrenBirthDates: [...facts.childrenBirthDates],
    language,
  };
  const checked = validateParticipant(input, { today: asOf });
  return checked.ok ? evaluateProgramme(checked.value, { today: asOf }) : null;
}

/** Where the participant stands: phase, start deadline, frame and the warning the list sorts first. */
export function programmeStatus(facts: ParticipantFacts, goal: ProgrammeGoal | undefined, decisions: readonly Decision[], exited: boolean, today: string, language: Language): ProgrammeStatus {
  const start = decisions.find((d) => d.kind === "start")?.fromDate ?? null;
  const closing = decisions.filter((d) => d.kind === "end" || d.kind === "stop").sort((a, b) => a.fromDate.localeCompare(b.fromDate))[0];
  const rules = programmeRules(facts, goal, start, today, language);
  const duration = rules?.determinations.programmeDuration.value ?? null;
  const leaveDays = decisions.filter((d) => d.kind === "leave" && d.toDate).reduce((sum, d) => sum + daysBetween(d.fromDate, d.toDate!) + 1, 0);
  const frame =
    start && duration?.standardEnd && duration.latestEnd
      ? programmeFrame({ start, standardEnd: duration.standardEnd, latestEnd: duration.latestEnd, extended: decisions.some((d) => d.kind === "extension"), leaveDays, today, warningMonths: frameWarningMonths })
      : null;
  const startDeadline = facts.settlementDate && rules?.determinations.introductionProgramme.value.right ? programmeStartDeadline(facts.settlementDate) : null;
  const onLeave = decisions.some((d) => d.kind === "leave" && d.fromDate <= today && d.toDate! >= today);
  const closedOn = closing ? closing.fromDate : null;
  const phase: Phase = exited || (closing && closing.fromDate <= today && closing.kind === "end")
    ? "ended"
    : closing && closing.fromDate <= today
      ? "stopped"
      : !start || start > today
        ? "waiting"
        : onLeave
          ? "onLeave"
          : "inProgramme";
  const open = phase === "waiting" || phase === "inProgramme" || phase === "onLeave";
  const warning = !open
    ? null
    : !start && startDeadline && startDeadline.deadline < today
      ? "startOverdue"
      : frame?.status === "ended"
        ? "frameEnded"
        : frame?.status === "endingSoon"
          ? "frameEndingSoon"
          : null;
  return { phase, start, closedOn, startDeadline, rules, frame, warning };
}

/** The days the benefit runs: from the start to the stop, end or frame's end, leave taken out. */
export function benefitPeriods(status: ProgrammeStatus, decisions: readonly Decision[]): BenefitPeriod[] {
  if (!status.start) return [];
  const last = [status.closedOn ? dayBefore(status.closedOn) : null, status.frame?.end ?? null].filter((d): d is string => d !== null).sort()[0] ?? "9999-12-31";
  let periods: BenefitPeriod[] = [{ from: status.start, to: last }];
  for (const leave of decisions.filter((d) => d.kind === "leave" && d.toDate)) {
    periods = periods.flatMap((p) => {
      if (leave.toDate! < p.from || leave.fromDate > p.to) return [p];
      const parts: BenefitPeriod[] = [];
      if (leave.fromDate > p.from) parts.push({ from: p.from, to: dayBefore(leave.fromDate) });
      const after = shiftDays(leave.toDate!, 1);
      if (after <= p.to) parts.push({ from: after, to: p.to });
      return parts;
    });
  }
  return periods.filter((p) => p.from <= p.to);
}

/** One month's benefit for the participant, from the amounts the rules give for that month (its G). */
export function benefitMonthFor(
  facts: ParticipantFacts,
  goal: ProgrammeGoal | undefined,
  decisions: readonly Decision[],
  exited: boolean,
  month: string,
  absence: { invalidMinutes: number; validMinutes: number },
  language: Language,
): BenefitMonth | null {
  const firstOfNext = shiftDays(`${month}-01`, 31).slice(0, 8) + "01";
  const lastOfMonth = dayBefore(firstOfNext);
  const status = programmeStatus(facts, goal, decisions, exited, lastOfMonth, language);
  if (!status.rules || !status.start) return null;
  const { perYear, perMonth } = status.rules.determinations.introductionBenefit.value;
  return introductionBenefitMonth({ month, perYear, perMonth, periods: benefitPeriods(status, decisions), invalidAbsenceHours: absence.invalidMinutes / 60, validAbsenceHours: absence.validMinutes / 60 });
}

import { educationLevels, residenceBases } from "@velkomst/rules";
import { parseDateInput } from "@velkomst/validation";
import { datePattern, isDate } from "../events/oslo-time.ts";
import { parseHours } from "../cases/programme-input.ts";
import { isoWeek } from "../employers/outreach-days.ts";
import type { AttendanceInput, ExemptionInput, LearnerInput, ResultInput } from "./training-repository.ts";
import { exemptionSubjects, trainingLevels, trainingSkills, trainingSubjects, type ExemptionSubject, type TrainingLevel, type TrainingSkill, type TrainingSubject } from "./training-tables.ts";
import type { Language } from "@velkomst/i18n";
import type { FormErrors } from "../web/components/form-errors.tsx";
import type { trainingNb } from "./messages/nb.ts";
import { trainingTexts } from "./training-texts.ts";

export type Problem = keyof typeof trainingNb.errors;
export type Read<T> = { ok: true; value: T } | { ok: false; errors: Record<string, Problem> };

/** Each problem in the reader's language, at its field. */
export function problemTexts(problems: Record<string, Problem>, lang: Language): FormErrors {
  const t = trainingTexts(lang);
  return { fields: Object.fromEntries(Object.entries(problems).map(([field, code]) => [field, t(`errors.${code}`)])) };
}

const text = (fields: Record<string, string>, name: string) => (fields[name] ?? "").trim();
/** A date typed the Norwegian way (17.05.2026) or in ISO form, as ISO; what is no date stays as typed, for the check to name. */
const dateText = (fields: Record<string, string>, name: string) => parseDateInput(text(fields, name)) ?? text(fields, name);
const validDate = (value: string) => datePattern.test(value) && isDate(value);
const done = <T>(errors: Record<string, Problem>, value: () => T): Read<T> => (Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: value() });

/** A date field: required or not, never after today, never before `notBefore`. */
function checkDate(errors: Record<string, Problem>, name: string, value: string, today: string, notBefore?: string): void {
  if (!validDate(value)) errors[name] = "date";
  else if (value > today) errors[name] = "afterToday";
  else if (notBefore && value < notBefore) errors[name] = "beforeArrival";
}

/** A learner registered by hand (no participant chosen): name, birth date, basis, arrival and education. */
export function readLearnerForm(fields: Record<string, string>, municipalities: ReadonlySet<string>, today: string): Read<Omit<LearnerInput, "participantId">> {
  const errors: Record<string, Problem> = {};
  const municipality = text(fields, "kommune");
  const name = text(fields, "navn");
  const birthDate = dateText(fields, "fodselsdato");
  const residenceBasis = text(fields, "grunnlag");
  const arrivalDate = dateText(fields, "ankomst");
  const education = text(fields, "utdanning");
  if (!municipalities.has(municipality)) errors.kommune = "invalid";
  if (!name || name.length > 200) errors.navn = "required";
  checkDate(errors, "fodselsdato", birthDate, today);
  if (!(residenceBases as readonly string[]).includes(residenceBasis)) errors.grunnlag = "invalid";
  checkDate(errors, "ankomst", arrivalDate, today, validDate(birthDate) ? birthDate : undefined);
  if (!(educationLevels as readonly string[]).includes(education)) errors.utdanning = "invalid";
  return done(errors, () => ({ municipality, name, birthDate, residenceBasis, arrivalDate, education: education as LearnerInput["education"] }));
}

export function readResultForm(fields: Record<string, string>, arrivalDate: string, today: string): Read<ResultInput> {
  const errors: Record<string, Problem> = {};
  const skill = text(fields, "ferdighet");
  const level = text(fields, "niva");
  const testName = text(fields, "prove").slice(0, 200);
  const testedOn = dateText(fields, "dato");
  if (!(trainingSkills as readonly string[]).includes(skill)) errors.ferdighet = "invalid";
  if (!(trainingLevels as readonly string[]).includes(level)) errors.niva = "invalid";
  checkDate(errors, "dato", testedOn, today, arrivalDate);
  return done(errors, () => ({ skill: skill as TrainingSkill, level: level as TrainingLevel, testName, testedOn }));
}

export function readExemptionForm(fields: Record<string, string>, today: string): Read<ExemptionInput> {
  const errors: Record<string, Problem> = {};
  const subject = text(fields, "fag");
  const reason = text(fields, "begrunnelse");
  const decidedOn = dateText(fields, "vedtaksdato");
  if (!(exemptionSubjects as readonly string[]).includes(subject)) errors.fag = "invalid";
  if (!reason || reason.length > 1000) errors.begrunnelse = "required";
  checkDate(errors, "vedtaksdato", decidedOn, today);
  return done(errors, () => ({ subject: subject as ExemptionSubject, reason, decidedOn }));
}

export function readEnrolmentForm(fields: Record<string, string>, arrivalDate: string, today: string): Read<{ enrolledOn: string | null; provider: string }> {
  const errors: Record<string, Problem> = {};
  const enrolledOn = dateText(fields, "pameldt");
  const provider = text(fields, "sted").slice(0, 200);
  if (enrolledOn) checkDate(errors, "pameldt", enrolledOn, today, arrivalDate);
  return done(errors, () => ({ enrolledOn: enrolledOn || null, provider }));
}

/** The most hours one row may hold: a session is at most a day, a week at most its 168 hours. */
const maxMinutes = { session: 24 * 60, week: 168 * 60 } as const;

/**
 * Hours attended in one subject, for one session (its day) or one week (any day of it; stored on its
 * Monday). Quarter hours ("2,5", "1.25"); a session over 24 hours or a week over 168 is refused.
 */
export function readAttendanceForm(fields: Record<string, string>, arrivalDate: string, today: string): Read<AttendanceInput> {
  const errors: Record<string, Problem> = {};
  const subject = text(fields, "emne");
  const period = text(fields, "periode");
  const onDate = dateText(fields, "timedato");
  const minutes = parseHours(text(fields, "antall"));
  if (!(trainingSubjects as readonly string[]).includes(subject)) errors.emne = "invalid";
  if (period !== "week" && period !== "session") errors.periode = "invalid";
  checkDate(errors, "timedato", onDate, today, arrivalDate);
  if (minutes === undefined || minutes <= 0 || minutes % 15 !== 0) errors.antall = "quarterHours";
  else if (minutes > maxMinutes[period === "week" ? "week" : "session"]) errors.antall = period === "week" ? "weekHours" : "sessionHours";
  return done(errors, () => ({ subject: subject as TrainingSubject, period: period as AttendanceInput["period"], onDate: period === "week" ? isoWeek(onDate).weekStart : onDate, minutes: minutes! }));
}

/** Why a record is changed or removed: required, as it stays in the learner's history. */
export function readCorrectionReason(fields: Record<string, string>): Read<string> {
  const reason = text(fields, "endringsgrunn");
  return done(reason && reason.length <= 1000 ? {} : { endringsgrunn: "correctionReason" }, () => reason);
}

/** A change of a record: the same checks as when it was added, and the reason; every problem at its field. */
export function readCorrection<T>(read: Read<T>, fields: Record<string, string>): Read<{ value: T; reason: string }> {
  const reason = readCorrectionReason(fields);
  const errors = { ...(read.ok ? {} : read.errors), ...(reason.ok ? {} : reason.errors) };
  return done(errors, () => ({ value: (read as { value: T }).value, reason: (reason as { value: string }).value }));
}

import { parseDateInput, parseTimeInput } from "@velkomst/validation";
import { checkAnswer, planFields, type AnswerError } from "../plans/plan-form.ts";
import { eventLanguageCodes } from "../events/event-format.ts";
import { datePattern, fromOslo, isDate, timePattern } from "../events/oslo-time.ts";
import { guidanceNb } from "./messages/nb.ts";
import { guidanceOutcomes, type GuidanceOutcome } from "./guidance-tables.ts";

/** Languages offered for "which language do you want to speak": the same list events are held in. */
export const neededLanguages: readonly string[] = eventLanguageCodes;

/** A problem with a field: a code of the guidance catalog's `errors`, or of the plan questionnaire's for its answers. */
export type FieldProblem = { code: keyof typeof guidanceNb.errors; values?: Record<string, number> } | { plan: AnswerError };
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, FieldProblem> };

/** The plan questionnaire's fields asked here (the municipality is known). */
export const planAnswerFields = [planFields.basis, planFields.birthYear, planFields.arrival, planFields.citizenship] as const;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+?[0-9 ()-]{5,20}$/;

function text(fields: Record<string, string>, name: string): string {
  return (fields[name] ?? "").trim();
}

function required(errors: Record<string, FieldProblem>, name: string, value: string, max: number): void {
  if (!value) errors[name] = { code: "required" };
  else if (value.length > max) errors[name] = { code: "tooLong", values: { max } };
}

/** The plan answers given, each checked as the plan questionnaire does; the municipality is added. */
export function readPlanAnswers(fields: Record<string, string>, municipality: string, today: string, errors: Record<string, FieldProblem>): Record<string, string> {
  const answers: Record<string, string> = { [planFields.municipality]: municipality };
  for (const name of planAnswerFields) {
    const value = text(fields, name);
    if (value) answers[name] = value;
  }
  for (const name of planAnswerFields) {
    if (!answers[name]) continue;
    const problem = checkAnswer(name, answers, today);
    if (problem) errors[name] = { plan: problem };
  }
  return answers;
}

export interface EnquiryForm {
  name: string;
  contact: string;
  language: string;
  question: string;
  planAnswers: Record<string, string>;
}

/** The public contact form, or the walk-in form (`consent` only on the public one). */
export function readEnquiryForm(fields: Record<string, string>, options: { municipality: string; today: string; consentRequired: boolean }): FormResult<EnquiryForm> {
  const errors: Record<string, FieldProblem> = {};
  const name = text(fields, "navn");
  const contact = text(fields, "kontakt");
  const language = text(fields, "sprak");
  const question = text(fields, "sporsmal");
  required(errors, "navn", name, 200);
  if (options.consentRequired) {
    if (!contact) errors.kontakt = { code: "required" };
    else if (contact.length > 200 || !(emailPattern.test(contact) || phonePattern.test(contact))) errors.kontakt = { code: "contact" };
  } else if (contact.length > 200) errors.kontakt = { code: "tooLong", values: { max: 200 } };
  if (!neededLanguages.includes(language)) errors.sprak = { code: "language" };
  required(errors, "sporsmal", question, 4000);
  const planAnswers = readPlanAnswers(fields, options.municipality, options.today, errors);
  if (options.consentRequired && fields.samtykke !== "ja") errors.samtykke = { code: "consent" };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: { name, contact, language, question, planAnswers } };
}

/** The next meeting: a date, a start and an end in Norway's time, and a place. */
export function readMeetingForm(fields: Record<string, string>): FormResult<{ startsAt: Date; endsAt: Date; place: string }> {
  const errors: Record<string, FieldProblem> = {};
  // Typed as 24.12.2026 and 9.30 (DateField, TimeField); what cannot be read stays as typed, so the error names the field.
  const date = parseDateInput(text(fields, "dato")) ?? text(fields, "dato");
  const start = parseTimeInput(text(fields, "fra")) ?? text(fields, "fra");
  const end = parseTimeInput(text(fields, "til")) ?? text(fields, "til");
  const place = text(fields, "sted");
  if (!datePattern.test(date) || !isDate(date)) errors.dato = { code: "date" };
  if (!timePattern.test(start)) errors.fra = { code: "time" };
  if (!timePattern.test(end)) errors.til = { code: "time" };
  else if (timePattern.test(start) && end <= start) errors.til = { code: "endBeforeStart" };
  if (place.length > 200) errors.sted = { code: "tooLong", values: { max: 200 } };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { startsAt: fromOslo({ date, time: start }), endsAt: fromOslo({ date, time: end }), place } };
}

export function readOutcomeForm(fields: Record<string, string>): FormResult<{ outcome: GuidanceOutcome; note: string }> {
  const outcome = text(fields, "resultat");
  const note = text(fields, "merknad");
  const errors: Record<string, FieldProblem> = {};
  if (!(guidanceOutcomes as readonly string[]).includes(outcome)) errors.resultat = { code: "outcome" };
  if (note.length > 2000) errors.merknad = { code: "tooLong", values: { max: 2000 } };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: { outcome: outcome as GuidanceOutcome, note } };
}


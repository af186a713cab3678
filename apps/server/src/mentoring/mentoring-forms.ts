import { parseDateInput } from "@velkomst/validation";
import { formFields } from "../web/form-validation.ts";
import { eventLanguageCodes } from "../events/event-format.ts";
import { isDate } from "../events/oslo-time.ts";
import { availabilitySlots, genderPreferences, genders, interests, type AvailabilitySlot, type Gender, type GenderPreference, type Interest } from "./match-profile.ts";
import { minutesFromHours } from "./mentoring-norms.ts";
import type { CohortInput, MenteeInput, PairChoice, ProfileInput } from "./mentoring-repository.ts";
import type { FeedbackAnswers, Meeting } from "./mentor-meetings.ts";
import type { mentoringNb } from "./messages/nb.ts";

/** A problem with one field, as a key of the module's error texts. */
export type FieldProblems = Record<string, keyof typeof mentoringNb.errors>;

/** A form as sent: single fields as strings, ticked boxes as lists, so a form with problems shows what was chosen. */
export interface FormValues {
  fields: Record<string, string>;
  lists: Record<string, string[]>;
}

export type Parsed<T> = { ok: true; input: T } | { ok: false; problems: FieldProblems };

const listNames = ["interests", "languages", "availability"] as const;

/** The values of a repeated field (ticked checkboxes), only those in `allowed`. */
function formList(body: unknown, name: string, allowed: readonly string[]): string[] {
  const raw = body && typeof body === "object" ? (body as Record<string, unknown>)[name] : undefined;
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return [...new Set(values.filter((v): v is string => typeof v === "string" && allowed.includes(v)))];
}

export function readForm(body: unknown): FormValues {
  const fields = Object.fromEntries(Object.entries(formFields(body)).map(([k, v]) => [k, v.trim()]));
  return {
    fields,
    lists: {
      interests: formList(body, "interests", interests),
      languages: formList(body, "languages", eventLanguageCodes),
      availability: formList(body, "availability", availabilitySlots),
    },
  };
}

export const emptyForm = (fields: Record<string, string> = {}): FormValues => ({ fields, lists: Object.fromEntries(listNames.map((n) => [n, n === "languages" ? ["nb"] : []])) });

function text(values: FormValues, name: string, max: number, problems: FieldProblems, required = true): string | null {
  const value = values.fields[name] ?? "";
  if (!value) {
    if (required) problems[name] = "required";
    return null;
  }
  if (value.length > max) problems[name] = "tooLong";
  return value;
}

function oneOf<T extends string>(values: FormValues, name: string, allowed: readonly T[], problems: FieldProblems): T {
  const value = values.fields[name] ?? "";
  if (!(allowed as readonly string[]).includes(value)) problems[name] = "chooseOne";
  return value as T;
}

/** A date typed dd.mm.åååå (DateField) or ISO, as ISO; a problem at the field when it is no date. */
function date(values: FormValues, name: string, problems: FieldProblems): string {
  const typed = values.fields[name] ?? "";
  const value = parseDateInput(typed) ?? typed;
  if (!isDate(value)) problems[name] = "date";
  return value;
}

const result = <T,>(problems: FieldProblems, input: T): Parsed<T> => (Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, input });

/** A mentor's or mentee's profile; `municipalities` are the ones the form offered. */
export function parseProfile(values: FormValues, municipalities: readonly string[], problems: FieldProblems = {}): Parsed<ProfileInput> {
  const firstName = text(values, "firstName", 100, problems) ?? "";
  const phone = text(values, "phone", 40, problems, false);
  const municipalityNumber = oneOf(values, "municipality", municipalities, problems);
  const gender = oneOf<Gender>(values, "gender", genders, problems);
  const genderPreference = oneOf<GenderPreference>(values, "genderPreference", genderPreferences, problems);
  const lists = values.lists;
  if ((lists.languages ?? []).length === 0) problems.languages = "chooseSome";
  if ((lists.availability ?? []).length === 0) problems.availability = "chooseSome";
  return result(problems, {
    firstName,
    phone,
    municipalityNumber,
    gender,
    genderPreference,
    interests: (lists.interests ?? []) as Interest[],
    languages: lists.languages ?? [],
    availability: (lists.availability ?? []) as AvailabilitySlot[],
  });
}

/** A volunteer's sign-up: the profile and the terms ticked (the police certificate where the cohort requires it). */
export function parseMentorSignup(values: FormValues, municipalities: readonly string[], policeCertificateRequired: boolean): Parsed<ProfileInput> {
  const problems: FieldProblems = {};
  if (values.fields.acceptTerms !== "yes") problems.acceptTerms = "terms";
  if (policeCertificateRequired && values.fields.acceptPolice !== "yes") problems.acceptPolice = "policeCertificate";
  return parseProfile(values, municipalities, problems);
}

export function parseMentee(values: FormValues, municipalities: readonly string[], today: string): Parsed<MenteeInput> {
  const problems: FieldProblems = {};
  const email = text(values, "email", 254, problems, false);
  const consentGivenOn = date(values, "consentGivenOn", problems);
  if (!problems.consentGivenOn && consentGivenOn > today) problems.consentGivenOn = "future";
  const profile = parseProfile(values, municipalities, problems);
  return profile.ok ? { ok: true, input: { ...profile.input, email, consentGivenOn } } : profile;
}

export function parseCohort(values: FormValues, municipalities: readonly string[]): Parsed<CohortInput> {
  const problems: FieldProblems = {};
  const name = text(values, "name", 200, problems) ?? "";
  if (name && name.length < 3) problems.name = "required";
  const municipalityNumber = oneOf(values, "municipality", municipalities, problems);
  const startsOn = date(values, "startsOn", problems);
  const endsOn = date(values, "endsOn", problems);
  if (!problems.startsOn && !problems.endsOn && endsOn <= startsOn) problems.endsOn = "endsBeforeStart";
  return result(problems, { name, municipalityNumber, startsOn, endsOn, policeCertificateRequired: values.fields.policeCertificateRequired === "yes" });
}

export function parseMeeting(values: FormValues): Parsed<Meeting> {
  const problems: FieldProblems = {};
  const metOn = date(values, "metOn", problems);
  const minutes = minutesFromHours(values.fields.hours ?? "");
  if (minutes === null || minutes < 15 || minutes > 720) problems.hours = "hours";
  const topic = text(values, "topic", 200, problems) ?? "";
  return result(problems, { metOn, minutes: minutes ?? 0, topic });
}

export function parseFeedback(values: FormValues): Parsed<FeedbackAnswers> {
  const problems: FieldProblems = {};
  const usefulness = oneOf(values, "usefulness", ["1", "2", "3", "4", "5"], problems);
  const metOftenEnough = oneOf(values, "metOftenEnough", ["yes", "no"], problems);
  const wouldRecommend = oneOf(values, "wouldRecommend", ["yes", "no"], problems);
  return result(problems, { usefulness: Number(usefulness), metOftenEnough: metOftenEnough === "yes", wouldRecommend: wouldRecommend === "yes" });
}

/** The proposal form: one select per mentor, named `mentor-<id>`, holding a mentee id or "". */
export function pairChoices(values: FormValues): PairChoice[] {
  return Object.entries(values.fields)
    .filter(([name]) => name.startsWith("mentor-"))
    .map(([name, menteeId]) => ({ mentorId: name.slice("mentor-".length), menteeId }));
}

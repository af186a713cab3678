import { languageCodes, type Language } from "@velkomst/i18n";
import { parseDateInput, parseTimeInput, type FieldError } from "@velkomst/validation";
import type { EventKind, OrganiserKind, TargetGroup } from "./events-tables.ts";
import type { EventOwner, EventRecord } from "./events-repository.ts";
import { eventLanguageCodes } from "./event-format.ts";
import { addDays, fromOslo, isDate, timePattern, toOslo } from "./oslo-time.ts";
import { buildRecurrence, recurrenceChoice, recurrenceProblem, recurrenceUntil, repeatChoices, type RepeatChoice } from "./recurrence.ts";

export const eventKinds: readonly EventKind[] = ["welcome-meeting", "newcomer-party", "theme-evening", "language-cafe", "drop-in", "job-fair", "other"];
export const targetGroups: readonly TargetGroup[] = ["everyone", "newcomers", "families", "women", "youth", "job-seekers"];
export const organiserKinds: readonly OrganiserKind[] = ["welcome-service", "municipality", "volunteer-organisation", "employer", "other"];

/** An event as staff describe it; the admin functions check scope and places. */
export interface EventInput {
  owner: EventOwner;
  kind: EventKind;
  targetGroup: TargetGroup;
  texts: Partial<Record<Language, { title: string; description: string }>>;
  startsAt: Date;
  endsAt: Date;
  recurrence: string | null;
  meetingPlaceId: string | null;
  placeName: string | null;
  address: string | null;
  languages: string[];
  organiserName: string;
  organiserKind: OrganiserKind;
  signupEnabled: boolean;
  capacity: number | null;
}

/** The form's fields, as strings (and the ticked languages), so a form with errors shows what was typed. */
export interface EventFormValues {
  fields: Record<string, string>;
  languages: string[];
}

const maxDurationMs = 24 * 3_600_000;

export function emptyFormValues(defaults: Record<string, string> = {}): EventFormValues {
  return {
    fields: { kind: "welcome-meeting", targetGroup: "newcomers", startTime: "18:00", endTime: "20:00", repeat: "none", organiserKind: "welcome-service", signupEnabled: "yes", ...defaults },
    languages: ["nb"],
  };
}

/** A stored event as form values, for the edit form. */
export function formValuesOf(event: EventRecord): EventFormValues {
  const start = toOslo(event.startsAt);
  const end = toOslo(event.endsAt);
  const choice = recurrenceChoice(event.recurrence, start.date);
  const fields: Record<string, string> = {
    owner: `${event.owner.kind}:${event.owner.id}`,
    kind: event.kind,
    targetGroup: event.targetGroup,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    repeat: choice,
    repeatUntil: recurrenceUntil(event.recurrence) ?? "",
    meetingPlace: event.meetingPlace?.id ?? "",
    placeName: event.placeName ?? "",
    address: event.address ?? "",
    organiserName: event.organiserName,
    organiserKind: event.organiserKind,
    signupEnabled: event.signupEnabled ? "yes" : "",
    capacity: event.capacity === null ? "" : String(event.capacity),
  };
  for (const language of languageCodes) {
    const text = event.texts[language];
    fields[`title_${language}`] = text?.title ?? "";
    fields[`description_${language}`] = text?.description ?? "";
  }
  return { fields, languages: event.languages };
}

/** Raw form body → values; repeated checkboxes arrive as an array. */
export function readEventForm(body: unknown): EventFormValues {
  const record = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === "languages") continue;
    fields[key] = Array.isArray(value) ? String(value[0] ?? "") : typeof value === "string" ? value : "";
  }
  const raw = record.languages;
  const languages = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String).filter((code) => (eventLanguageCodes as readonly string[]).includes(code));
  return { fields, languages: [...new Set(languages)] };
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((v) => v === value);
}

function decodeOwner(value: string): EventOwner | undefined {
  const match = /^(municipality|region):([a-z0-9-]{1,40})$/.exec(value);
  if (!match) return undefined;
  return match[1] === "municipality" ? { kind: "municipality", id: match[2]! } : { kind: "region", id: match[2]! };
}

/**
 * Checks the form and builds the event, or lists every problem by field. `existingRule` keeps a
 * rule the form cannot express (made through another tool) when the choice says "custom".
 */
export function parseEventForm(values: EventFormValues, options: { existingRule?: string | null } = {}): { ok: true; input: EventInput } | { ok: false; errors: FieldError[] } {
  const f = (name: string) => (values.fields[name] ?? "").trim();
  const errors: FieldError[] = [];
  const problem = (path: string, code: string, message: string) => errors.push({ path, code, message });

  const owner = decodeOwner(f("owner"));
  if (!owner) problem("owner", "required", "choose an area");
  const kind = oneOf(eventKinds, f("kind"));
  if (!kind) problem("kind", "enum", "choose a kind");
  const targetGroup = oneOf(targetGroups, f("targetGroup"));
  if (!targetGroup) problem("targetGroup", "enum", "choose a target group");
  const organiserKind = oneOf(organiserKinds, f("organiserKind"));
  if (!organiserKind) problem("organiserKind", "enum", "choose a kind of organiser");
  const organiserName = f("organiserName");
  if (!organiserName) problem("organiserName", "required", "is required");
  else if (organiserName.length > 200) problem("organiserName", "maxLength", "expected at most 200 characters");

  const texts: EventInput["texts"] = {};
  for (const language of languageCodes) {
    const title = f(`title_${language}`);
    const description = (values.fields[`description_${language}`] ?? "").replace(/\r\n/g, "\n").trim();
    if (title.length > 200) problem(`title_${language}`, "maxLength", "expected at most 200 characters");
    if (description.length > 10_000) problem(`description_${language}`, "descriptionTooLong", "expected at most 10000 characters");
    if (title) texts[language] = { title, description };
    else if (language === "nb") problem("title_nb", "titleRequired", "a title in bokmål is required");
  }

  // Written the Norwegian way (17.05.2026, 18:30) or in ISO form; what is no date or time stays as typed, and is refused below.
  const date = parseDateInput(f("date")) ?? f("date");
  const startTime = parseTimeInput(f("startTime")) ?? f("startTime");
  const endTime = parseTimeInput(f("endTime")) ?? f("endTime");
  if (!isDate(date)) problem("date", "date", "expected a date DD.MM.YYYY");
  if (!timePattern.test(startTime)) problem("startTime", "time", "expected a time HH:MM");
  if (!timePattern.test(endTime)) problem("endTime", "time", "expected a time HH:MM");
  let startsAt: Date | undefined;
  let endsAt: Date | undefined;
  if (isDate(date) && timePattern.test(startTime) && timePattern.test(endTime)) {
    startsAt = fromOslo({ date, time: startTime });
    // An end before the start is the next day (a party until 01:00).
    endsAt = fromOslo({ date: endTime <= startTime ? addDays(date, 1) : date, time: endTime });
    if (endsAt <= startsAt) problem("endTime", "endBeforeStart", "the end must be after the start");
    else if (endsAt.getTime() - startsAt.getTime() > maxDurationMs) problem("endTime", "tooLong", "an event lasts at most a day");
  }

  const repeat = f("repeat") || "none";
  const until = parseDateInput(f("repeatUntil")) ?? f("repeatUntil");
  let recurrence: string | null = null;
  if (repeat === "custom" && options.existingRule) {
    recurrence = options.existingRule;
  } else {
    const choice = oneOf<RepeatChoice>(repeatChoices, repeat);
    if (!choice) problem("repeat", "enum", "choose how it repeats");
    if (until && !isDate(until)) problem("repeatUntil", "date", "expected a date DD.MM.YYYY");
    else if (until && isDate(date) && until < date) problem("repeatUntil", "untilBeforeStart", "the last date is before the first");
    if (choice && isDate(date) && (!until || (isDate(until) && until >= date))) recurrence = buildRecurrence(choice, date, until || undefined);
  }
  if (recurrence && startsAt && recurrenceProblem(recurrence, { date, time: startTime })) problem("repeat", "recurrence", "the rule cannot be used");

  const meetingPlaceId = f("meetingPlace") || null;
  if (meetingPlaceId && !/^[0-9a-f-]{36}$/.test(meetingPlaceId)) problem("meetingPlace", "unknownPlace", "unknown meeting place");
  const placeName = f("placeName") || null;
  const address = f("address") || null;
  if (!meetingPlaceId && !address) problem("address", "placeRequired", "choose a meeting place or write an address");
  if (placeName && placeName.length > 200) problem("placeName", "maxLength", "expected at most 200 characters");
  if (address && address.length > 300) problem("address", "maxLength", "expected at most 300 characters");

  const signupEnabled = f("signupEnabled") === "yes";
  const capacityText = f("capacity");
  let capacity: number | null = null;
  if (capacityText) {
    capacity = /^\d{1,5}$/.test(capacityText) ? Number(capacityText) : NaN;
    if (!(capacity >= 1 && capacity <= 10_000)) problem("capacity", "capacity", "expected a whole number 1–10000");
  }

  if (errors.length > 0 || !owner || !kind || !targetGroup || !organiserKind || !startsAt || !endsAt) return { ok: false, errors };
  return {
    ok: true,
    input: {
      owner,
      kind,
      targetGroup,
      texts,
      startsAt,
      endsAt,
      recurrence,
      meetingPlaceId,
      // With a meeting place chosen, its name and address are the place; typed ones are dropped.
      placeName: meetingPlaceId ? null : placeName,
      address: meetingPlaceId ? null : address,
      languages: values.languages,
      organiserName,
      organiserKind,
      signupEnabled,
      capacity: signupEnabled ? capacity : null,
    },
  };
}

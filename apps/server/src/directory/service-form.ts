import { languageCodes } from "@velkomst/i18n";
import { parseDateInput, type FieldError } from "@velkomst/validation";
import { minutesOf, type HoursException, type TimeInterval } from "./opening-hours.ts";
import { checkServiceInput, type DirectoryService, type ServiceInput, type ServiceInputBody } from "./service-model.ts";

/**
 * The staff form for a service is plain HTML (no script): one text field of times per weekday,
 * a few rows of exceptions, checkboxes for languages. This module turns the posted fields into
 * the same input the API takes, and a service back into field values, so both paths share one
 * set of checks; errors come back keyed by the form field they belong to.
 */

/** Languages offered as checkboxes; others go in a free field of codes. */
export const commonLanguages = ["nb", "en", "pl", "uk", "lt", "ro", "ar", "so", "ti", "fa", "ru", "es", "de", "fr", "th", "tl"] as const;

/** Empty exception rows the form offers below the existing ones. */
export const blankExceptionRows = 2;
const maxExceptionRows = 60;

export const hoursField = (weekday: number) => `hours-${weekday}`;
/** A date written the Norwegian way (24.12.2026) or in ISO form as ISO; what is no date stays as typed, for the check to name. */
function typedDate(text: string | undefined): string | null {
  const typed = nullIfBlank(text);
  return typed === null ? null : (parseDateInput(typed) ?? typed);
}

export const exceptionField = (row: number, part: "from" | "to" | "hours") => `exception-${row}-${part}`;
export const textField = (field: "description" | "directions" | "accessibilityNote", language: string) => `${field}-${language}`;

export interface FormState {
  fields: Record<string, string>;
  languages: string[];
}

const timeToken = /^(\d{1,2})(?:[:.](\d{2}))?$/;

function normaliseTime(token: string, closing: boolean): string | undefined {
  const match = timeToken.exec(token.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? "0");
  if (minutes > 59 || hours > 24 || (hours === 24 && (minutes !== 0 || !closing))) return undefined;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/**
 * "08:00–15:30, 17.00-19.00" → intervals. Accepts a hyphen or dash between the times, a dot or a
 * colon inside them, whole hours ("9-15"); an empty text is a closed day.
 */
export function parseHoursText(text: string): { ok: true; intervals: TimeInterval[] } | { ok: false; code: "hoursFormat" | "closesBeforeOpens" } {
  const parts = text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean);
  const intervals: TimeInterval[] = [];
  for (const part of parts) {
    const [from, to, ...rest] = part.split(/\s*[-–—]\s*/);
    const opens = from === undefined ? undefined : normaliseTime(from, false);
    const closes = to === undefined ? undefined : normaliseTime(to, true);
    if (!opens || !closes || rest.length > 0) return { ok: false, code: "hoursFormat" };
    if (minutesOf(opens) >= minutesOf(closes)) return { ok: false, code: "closesBeforeOpens" };
    intervals.push({ opens, closes });
  }
  return { ok: true, intervals };
}

export function formatHoursText(intervals: readonly TimeInterval[]): string {
  return intervals.map((i) => `${i.opens}–${i.closes}`).join(", ");
}

const nullIfBlank = (value: string | undefined) => (value === undefined || value.trim() === "" ? null : value.trim());

/** Posted checkbox values arrive as a string or an array of strings. */
export function checkedValues(body: unknown, name: string): string[] {
  if (!body || typeof body !== "object") return [];
  const value = (body as Record<string, unknown>)[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is string => typeof item === "string");
}

/** How many exception rows a posted form has (existing ones plus the blank ones). */
export function exceptionRowCount(fields: Record<string, string>): number {
  let rows = 0;
  while (rows < maxExceptionRows && (exceptionField(rows, "from") in fields || exceptionField(rows, "hours") in fields)) rows++;
  return rows;
}

/** Rows up to the last one with anything in it: the form shows these and a few blank ones. */
export function usedExceptionRows(fields: Record<string, string>): number {
  let used = 0;
  for (let row = 0; row < exceptionRowCount(fields); row++) {
    if ((["from", "to", "hours"] as const).some((part) => (fields[exceptionField(row, part)] ?? "").trim() !== "")) used = row + 1;
  }
  return used;
}

function formPathOf(path: string, exceptionRows: readonly number[]): string {
  const text = /^texts\.(\w+)\.(\w+)/.exec(path);
  if (text) return textField(text[2] as "description", text[1]!);
  if (path.startsWith("scope")) return "scope";
  if (path.startsWith("languages")) return "otherLanguages";
  const exception = /^exceptions\[(\d+)\]\.(\w+)/.exec(path);
  if (exception) {
    const row = exceptionRows[Number(exception[1])] ?? 0;
    return exceptionField(row, exception[2] === "firstDate" ? "from" : exception[2] === "lastDate" ? "to" : "hours");
  }
  return path.split(/[.[]/)[0] || "form";
}

const decimal = (value: string | undefined) => {
  const text = nullIfBlank(value);
  if (text === null) return { ok: true as const, value: null };
  const number = Number(text.replace(",", "."));
  return Number.isFinite(number) && /^-?\d+([.,]\d+)?$/.test(text) ? { ok: true as const, value: number } : { ok: false as const };
};

/** A posted form as service input, or the problems keyed by form field (first problem per field). */
export function readServiceForm(state: FormState): { ok: true; value: ServiceInput } | { ok: false; errors: FieldError[] } {
  const f = state.fields;
  const errors: FieldError[] = [];
  const [scopeKind = "", scopeId = ""] = (f.scope ?? "").split(":", 2);

  const weeklyHours = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    const parsed = parseHoursText(f[hoursField(weekday)] ?? "");
    if (parsed.ok) weeklyHours.push(...parsed.intervals.map((i) => ({ weekday, ...i })));
    else errors.push({ path: hoursField(weekday), code: parsed.code, message: "times like 08:00–15:30, separated by commas" });
  }

  const exceptions: HoursException[] = [];
  const exceptionRows: number[] = [];
  for (let row = 0; row < exceptionRowCount(f); row++) {
    const from = typedDate(f[exceptionField(row, "from")]);
    if (from === null) continue;
    const to = typedDate(f[exceptionField(row, "to")]) ?? from;
    const parsed = parseHoursText(f[exceptionField(row, "hours")] ?? "");
    if (!parsed.ok) {
      errors.push({ path: exceptionField(row, "hours"), code: parsed.code, message: "times like 10:00–12:00, or empty for closed" });
      continue;
    }
    const intervals = parsed.intervals.length > 0 ? parsed.intervals : [{ opens: null, closes: null }];
    for (const interval of intervals) {
      exceptions.push({ firstDate: from, lastDate: to, opens: interval.opens, closes: interval.closes });
      exceptionRows.push(row);
    }
  }

  const latitude = decimal(f.latitude);
  const longitude = decimal(f.longitude);
  if (!latitude.ok) errors.push({ path: "latitude", code: "number", message: "expected a number" });
  if (!longitude.ok) errors.push({ path: "longitude", code: "number", message: "expected a number" });

  const otherLanguages = (f.otherLanguages ?? "")
    .split(/[,\s]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
  if (otherLanguages.some((code) => !/^[a-z]{2,3}$/.test(code))) errors.push({ path: "otherLanguages", code: "languageCodes", message: "two or three letters" });

  const texts: Record<string, { description: string; directions: string; accessibilityNote: string }> = {};
  for (const language of languageCodes) {
    texts[language] = {
      description: f[textField("description", language)] ?? "",
      directions: f[textField("directions", language)] ?? "",
      accessibilityNote: f[textField("accessibilityNote", language)] ?? "",
    };
  }

  // Said here too, so a form with other problems also reports it (the schema check stops before the rules).
  if (!Object.values(texts).some((text) => text.description.trim())) {
    errors.push({ path: textField("description", "nb"), code: "descriptionMissing", message: "write a description in at least one language" });
  }

  const hearing = f.hearingLoop;
  const body = {
    scope: { kind: scopeKind, id: scopeId },
    category: f.category ?? "",
    name: (f.name ?? "").trim(),
    provider: nullIfBlank(f.provider),
    streetAddress: nullIfBlank(f.streetAddress),
    postalCode: nullIfBlank(f.postalCode),
    postalTown: nullIfBlank(f.postalTown),
    latitude: latitude.ok ? latitude.value : null,
    longitude: longitude.ok ? longitude.value : null,
    phone: nullIfBlank(f.phone),
    email: nullIfBlank(f.email),
    bookingUrl: nullIfBlank(f.bookingUrl),
    website: nullIfBlank(f.website),
    languages: [...new Set([...state.languages.filter((code) => /^[a-z]{2,3}$/.test(code)), ...otherLanguages.filter((code) => /^[a-z]{2,3}$/.test(code))])],
    wheelchairAccess: f.wheelchairAccess ?? "unknown",
    hearingLoop: hearing === "yes" ? true : hearing === "no" ? false : null,
    closedOnPublicHolidays: f.closedOnPublicHolidays === "on",
    texts,
    weeklyHours,
    exceptions,
  } satisfies Record<keyof ServiceInputBody, unknown>;

  const checked = checkServiceInput(body);
  const all = [...errors, ...(checked.ok ? [] : checked.errors.map((error) => ({ ...error, path: formPathOf(error.path, exceptionRows) })))].filter(
    (error, index, list) => list.findIndex((other) => other.path === error.path) === index,
  );
  if (all.length > 0) return { ok: false, errors: all };
  return checked;
}

/** A service as the form's field values, for editing it. */
export function serviceFormState(service: DirectoryService): FormState {
  const fields: Record<string, string> = {
    scope: `${service.scope.kind}:${service.scope.id}`,
    category: service.category,
    name: service.name,
    provider: service.provider ?? "",
    streetAddress: service.streetAddress ?? "",
    postalCode: service.postalCode ?? "",
    postalTown: service.postalTown ?? "",
    latitude: service.latitude === null ? "" : String(service.latitude),
    longitude: service.longitude === null ? "" : String(service.longitude),
    phone: service.phone ?? "",
    email: service.email ?? "",
    bookingUrl: service.bookingUrl ?? "",
    website: service.website ?? "",
    otherLanguages: service.languages.filter((code) => !(commonLanguages as readonly string[]).includes(code)).join(", "),
    wheelchairAccess: service.wheelchairAccess,
    hearingLoop: service.hearingLoop === null ? "unknown" : service.hearingLoop ? "yes" : "no",
    closedOnPublicHolidays: service.closedOnPublicHolidays ? "on" : "",
  };
  for (let weekday = 1; weekday <= 7; weekday++) {
    fields[hoursField(weekday)] = formatHoursText(service.weeklyHours.filter((w) => w.weekday === weekday));
  }
  // One row per date range: several intervals on the same dates share a row.
  const rows = new Map<string, HoursException[]>();
  for (const exception of service.exceptions) {
    const key = `${exception.firstDate} ${exception.lastDate}`;
    rows.set(key, [...(rows.get(key) ?? []), exception]);
  }
  [...rows.values()].forEach((group, row) => {
    const first = group[0]!;
    fields[exceptionField(row, "from")] = first.firstDate;
    fields[exceptionField(row, "to")] = first.lastDate === first.firstDate ? "" : first.lastDate;
    fields[exceptionField(row, "hours")] = formatHoursText(group.flatMap((e) => (e.opens !== null && e.closes !== null ? [{ opens: e.opens, closes: e.closes }] : [])));
  });
  for (const language of languageCodes) {
    const text = service.texts[language];
    fields[textField("description", language)] = text?.description ?? "";
    fields[textField("directions", language)] = text?.directions ?? "";
    fields[textField("accessibilityNote", language)] = text?.accessibilityNote ?? "";
  }
  return { fields, languages: service.languages };
}

/** A new service's form: open on weekdays is the common case, closed on public holidays. */
export function blankFormState(scope: string): FormState {
  return { fields: { scope, closedOnPublicHolidays: "on", wheelchairAccess: "unknown", hearingLoop: "unknown" }, languages: ["nb"] };
}

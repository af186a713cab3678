import { interpreterMinimumAge, interpreterQualifications, isQualifiedInterpreter, mayInterpret, qualifiedInterpreterExemption, type InterpreterQualification } from "@velkomst/rules";
import { parseDateInput, parseTimeInput } from "@velkomst/validation";
import { eventLanguageCodes } from "../events/event-format.ts";
import { datePattern, fromOslo, isDate, timePattern } from "../events/oslo-time.ts";
import type { Interpreter, InterpreterArea, InterpreterInput } from "./interpreter-repository.ts";
import type { interpretersNb } from "./messages/nb.ts";

/** Languages an interpreter can be listed with: the same list events and guidance use. */
export const interpreterLanguages: readonly string[] = eventLanguageCodes.filter((code) => code !== "nb");

export type Problem = { code: keyof typeof interpretersNb.errors; values?: Record<string, string | number> };
export type Read<T> = { ok: true; value: T } | { ok: false; errors: Record<string, Problem> };

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(fields: Record<string, string>, name: string): string {
  return (fields[name] ?? "").trim();
}

/** A date or time typed the Norwegian way (17.05.2026, 9.30) or in ISO form, as ISO; what is none stays as typed, for the check to name. */
const dateText = (fields: Record<string, string>, name: string) => parseDateInput(text(fields, name)) ?? text(fields, name);
const timeText = (fields: Record<string, string>, name: string) => parseTimeInput(text(fields, name)) ?? text(fields, name);

export const areaValue = (area: InterpreterArea) => `${area.kind}:${area.id}`;

/**
 * A new interpreter. Tolkeloven § 4: "Barn skal ikke brukes som tolk" — someone under 18 today is
 * refused at the birth-date field, and nothing is stored.
 */
export function readInterpreterForm(fields: Record<string, string>, languages: readonly string[], areas: readonly InterpreterArea[], today: string): Read<InterpreterInput> {
  const errors: Record<string, Problem> = {};
  const name = text(fields, "navn");
  const birthDate = dateText(fields, "fodselsdato");
  const qualification = text(fields, "kategori");
  const area = areas.find((a) => areaValue(a) === text(fields, "omrade"));
  const phone = text(fields, "telefon");
  const email = text(fields, "epost");
  if (!name) errors.navn = { code: "required" };
  else if (name.length > 200) errors.navn = { code: "tooLong", values: { max: 200 } };
  if (!datePattern.test(birthDate) || !isDate(birthDate)) errors.fodselsdato = { code: "date" };
  else if (birthDate > today) errors.fodselsdato = { code: "future" };
  else if (!mayInterpret(birthDate, today)) errors.fodselsdato = { code: "child", values: { age: interpreterMinimumAge(today) } };
  const chosen = languages.filter((code) => interpreterLanguages.includes(code));
  if (chosen.length === 0) errors.sprak = { code: "languages" };
  if (!(interpreterQualifications as readonly string[]).includes(qualification)) errors.kategori = { code: "qualification" };
  if (!area) errors.omrade = { code: "area" };
  if (phone.length > 40) errors.telefon = { code: "tooLong", values: { max: 40 } };
  if (email && (email.length > 254 || !emailPattern.test(email))) errors.epost = { code: "required" };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name, birthDate, languages: chosen, qualification: qualification as InterpreterQualification, area: area!, phone, email } };
}

/** A change of an interpreter: the same checks as a new one (an adult today, § 4), and whether they are active. */
export function readInterpreterChangeForm(fields: Record<string, string>, languages: readonly string[], areas: readonly InterpreterArea[], today: string): Read<InterpreterInput & { active: boolean }> {
  const read = readInterpreterForm(fields, languages, areas, today);
  return read.ok ? { ok: true, value: { ...read.value, active: text(fields, "aktiv") === "ja" } } : read;
}

/**
 * What a change would break in the interpreter's coming bookings: a language no longer interpreted, an
 * interpreter set inactive, or one no longer in the register where a booking gave no reason for the
 * exemption. The change is refused at that field until the booking is changed or cancelled.
 */
export function comingBookingConflicts(
  change: Pick<InterpreterInput, "languages" | "qualification"> & { active: boolean },
  coming: ReadonlyArray<{ language: string; starts_at: Date; exemption_reason: string | null }>,
  reader: { when: (date: Date) => string; language: (code: string) => string },
): Record<string, Problem> {
  const errors: Record<string, Problem> = {};
  const first = coming[0];
  if (first && !change.active) errors.aktiv = { code: "bookedInactive", values: { when: reader.when(first.starts_at) } };
  const droppedLanguage = coming.find((b) => !change.languages.includes(b.language));
  if (droppedLanguage) errors.sprak = { code: "bookedLanguage", values: { language: reader.language(droppedLanguage.language), when: reader.when(droppedLanguage.starts_at) } };
  const withoutReason = coming.find((b) => b.exemption_reason === null);
  if (withoutReason && !isQualifiedInterpreter(change.qualification)) errors.kategori = { code: "bookedQualification", values: { when: reader.when(withoutReason.starts_at) } };
  return errors;
}

/** Why a booking is cancelled: required, as the reason stays on the booking. */
export function readCancelForm(fields: Record<string, string>): Read<string> {
  const reason = text(fields, "begrunnelse");
  if (!reason) return { ok: false, errors: { begrunnelse: { code: "cancelReason" } } };
  if (reason.length > 1000) return { ok: false, errors: { begrunnelse: { code: "tooLong", values: { max: 1000 } } } };
  return { ok: true, value: reason };
}

export interface BookingForm {
  interpreter: Interpreter;
  language: string;
  startsAt: Date;
  endsAt: Date;
  exemptionReason: string | null;
}

/**
 * A booking, checked against the Interpreting Act on the day of the assignment: the interpreter is
 * 18 or older that day (§ 4), and qualified unless the transitional exemption still applies that
 * day and a reason is given (the reason is stored with the booking).
 */
export function readBookingForm(fields: Record<string, string>, interpreters: readonly Interpreter[]): Read<BookingForm> {
  const errors: Record<string, Problem> = {};
  const interpreter = interpreters.find((i) => i.id === text(fields, "tolk"));
  const language = text(fields, "sprak");
  const date = dateText(fields, "dato");
  const start = timeText(fields, "fra");
  const end = timeText(fields, "til");
  const reason = text(fields, "unntak");
  const validDate = datePattern.test(date) && isDate(date);
  if (!interpreter) errors.tolk = { code: "interpreter" };
  if (!validDate) errors.dato = { code: "date" };
  if (!timePattern.test(start)) errors.fra = { code: "time" };
  if (!timePattern.test(end)) errors.til = { code: "time" };
  else if (timePattern.test(start) && end <= start) errors.til = { code: "endBeforeStart" };
  if (interpreter && !interpreter.languages.includes(language)) errors.sprak = { code: "language" };
  if (interpreter && validDate) {
    if (!mayInterpret(interpreter.birthDate, date)) errors.tolk = { code: "child", values: { age: interpreterMinimumAge(date) } };
    else if (!isQualifiedInterpreter(interpreter.qualification)) {
      if (!qualifiedInterpreterExemption(date).offered) errors.tolk = { code: "notQualified" };
      else if (!reason) errors.unntak = { code: "exemptionReason" };
      else if (reason.length > 1000) errors.unntak = { code: "tooLong", values: { max: 1000 } };
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      interpreter: interpreter!,
      language,
      startsAt: fromOslo({ date, time: start }),
      endsAt: fromOslo({ date, time: end }),
      exemptionReason: isQualifiedInterpreter(interpreter!.qualification) ? null : reason,
    },
  };
}

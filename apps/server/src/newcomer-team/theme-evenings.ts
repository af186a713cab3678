import { intlLocale, languageCodes } from "@velkomst/i18n";
import { parseDateInput, parseTimeInput } from "@velkomst/validation";
import type { Viewer } from "../auth/viewer.ts";
import { createEvent, type AdminServices } from "../events/event-admin.ts";
import { eventLanguageCodes, formatLanguageList } from "../events/event-format.ts";
import { fromOslo, isDate, timePattern } from "../events/oslo-time.ts";
import { formFields } from "../web/form-validation.ts";
import type { newcomerTeamNb } from "./messages/nb.ts";
import { newcomerTeamTexts } from "./newcomer-team-texts.ts";

/** The three "Ny i Norge" theme evenings of seed 002, each with the partner that took part in Vesterålen. */
export const themeEvenings = ["school-education", "health-family", "volunteering-leisure"] as const;
export type ThemeEvening = (typeof themeEvenings)[number];

export function isThemeEvening(value: string): value is ThemeEvening {
  return (themeEvenings as readonly string[]).includes(value);
}

export interface ThemeEveningCopy {
  municipalityNumber: string;
  date: string;
  startTime: string;
  endTime: string;
  placeName: string;
  address: string;
  partners: string[];
  /** Languages an interpreter is booked for, besides Norwegian. */
  interpreters: string[];
  capacity: number | null;
}

export interface CopyForm {
  fields: Record<string, string>;
  interpreters: string[];
}

type Problem = keyof typeof newcomerTeamNb.errors;

export function readCopyForm(body: unknown): CopyForm {
  const raw = body && typeof body === "object" ? (body as Record<string, unknown>).interpreters : undefined;
  const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((v): v is string => typeof v === "string" && (eventLanguageCodes as readonly string[]).includes(v) && v !== "nb");
  return { fields: Object.fromEntries(Object.entries(formFields(body)).map(([k, v]) => [k, v.trim()])), interpreters: [...new Set(list)] };
}

export function parseCopyForm(form: CopyForm, municipalities: readonly string[]): { ok: true; input: ThemeEveningCopy } | { ok: false; problems: Record<string, Problem> } {
  const typed = form.fields;
  // DateField and TimeField send what was typed (17.05.2026, 18.00); the ISO forms, or as typed so the field's problem shows.
  const asTyped = (name: string) => typed[name] ?? "";
  const f: Record<string, string> = { ...typed, date: parseDateInput(asTyped("date")) ?? asTyped("date"), startTime: parseTimeInput(asTyped("startTime")) ?? asTyped("startTime"), endTime: parseTimeInput(asTyped("endTime")) ?? asTyped("endTime") };
  const problems: Record<string, Problem> = {};
  if (!municipalities.includes(f.municipality ?? "")) problems.municipality = "chooseOne";
  if (!isDate(f.date ?? "")) problems.date = "date";
  if (!timePattern.test(f.startTime ?? "")) problems.startTime = "time";
  if (!timePattern.test(f.endTime ?? "")) problems.endTime = "time";
  else if (!problems.startTime && (f.endTime ?? "") <= (f.startTime ?? "")) problems.endTime = "endBeforeStart";
  for (const [name, max] of [["placeName", 200], ["address", 300]] as const) {
    if (!f[name]) problems[name] = "required";
    else if (f[name]!.length > max) problems[name] = "tooLong";
  }
  const partners = (f.partners ?? "").split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
  if ((f.partners ?? "").length > 1000) problems.partners = "tooLong";
  const capacityText = f.capacity ?? "";
  const capacity = capacityText === "" ? null : /^\d{1,5}$/.test(capacityText) ? Number(capacityText) : NaN;
  if (capacity !== null && !(capacity >= 1 && capacity <= 10000)) problems.capacity = "capacity";
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: { municipalityNumber: f.municipality!, date: f.date!, startTime: f.startTime!, endTime: f.endTime!, placeName: f.placeName!, address: f.address!, partners, interpreters: form.interpreters, capacity },
  };
}

/**
 * Copies a theme evening into the municipality's events (events module, kind theme-evening, with
 * sign-up): the template's title and description in every language, with the partners and the
 * interpreted languages added, and the event's languages set to Norwegian plus those.
 */
export async function copyThemeEvening(services: AdminServices, viewer: Viewer, template: ThemeEvening, copy: ThemeEveningCopy, ip: string | null): Promise<string> {
  const texts = Object.fromEntries(
    languageCodes.map((lang) => {
      const t = newcomerTeamTexts(lang);
      const lines = [
        t(`template.${template}.description`),
        ...(copy.partners.length > 0 ? [t("staff.partnersLine", { partners: new Intl.ListFormat(intlLocale(lang), { type: "conjunction" }).format(copy.partners) })] : []),
        ...(copy.interpreters.length > 0 ? [t("staff.interpretersLine", { languages: formatLanguageList(lang, copy.interpreters) })] : []),
      ];
      return [lang, { title: t(`template.${template}.title`), description: lines.join("\n\n") }];
    }),
  );
  return createEvent(
    services,
    viewer,
    {
      owner: { kind: "municipality", id: copy.municipalityNumber },
      kind: "theme-evening",
      targetGroup: "newcomers",
      texts,
      startsAt: fromOslo({ date: copy.date, time: copy.startTime }),
      endsAt: fromOslo({ date: copy.date, time: copy.endTime }),
      recurrence: null,
      meetingPlaceId: null,
      placeName: copy.placeName,
      address: copy.address,
      languages: ["nb", ...copy.interpreters],
      organiserName: copy.partners[0] ?? newcomerTeamTexts("nb")(`template.${template}.partner`),
      organiserKind: "municipality",
      signupEnabled: true,
      capacity: copy.capacity,
    },
    ip,
  );
}

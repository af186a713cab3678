import { isLanguage, type Language } from "@velkomst/i18n";
import { addDays, isCalendarDate } from "../events/oslo-time.ts";
import { stayBands, type StayBand } from "../plans/plan-form.ts";

/**
 * One incoming worker as the employer reports them (issue 18), from the form or one CSV row. The
 * form fields and the CSV columns have the same Norwegian names, so one check serves both.
 */
export const workerColumns = ["navn", "epost", "telefon", "statsborgerskap", "grunnlag", "startdato", "opphold", "kommune", "språk", "familie"] as const;
export type WorkerColumn = (typeof workerColumns)[number];

/** The residence bases an employer can report a worker on: the plan's own codes for workers. */
export const workerResidenceBases = ["eea-worker", "nordic", "work-permit"] as const;
export type WorkerResidenceBasis = (typeof workerResidenceBases)[number];

export interface WorkerInput {
  name: string;
  email: string | null;
  phone: string | null;
  citizenship: string;
  residenceBasis: WorkerResidenceBasis;
  startDate: string;
  plannedStay: StayBand;
  municipalityNumber: string;
  language: Language;
  familyComing: boolean;
}

/** What was expected in a column, as a message code of the employers catalog's `expected` group. */
export type WorkerProblem = "name" | "email" | "phone" | "contact" | "citizenship" | "basis" | "startDate" | "stay" | "municipality" | "language" | "family";

export type WorkerCheck = { ok: true; worker: WorkerInput } | { ok: false; problems: Partial<Record<WorkerColumn, WorkerProblem>> };

const yes = new Set(["ja", "yes", "j", "y", "1", "true"]);
const no = new Set(["nei", "no", "n", "0", "false"]);
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Earliest start date accepted: a worker who started up to 90 days ago still gets the welcome. */
const pastDays = 90;
const futureDays = 2 * 366;

/**
 * Checks one worker's values against the employer's workplace municipalities and today's date;
 * every problem is named by its column with what was expected there.
 */
export function checkWorker(values: Partial<Record<string, string>>, workplaces: readonly string[], today: string): WorkerCheck {
  const value = (column: WorkerColumn) => (values[column] ?? "").trim();
  const problems: Partial<Record<WorkerColumn, WorkerProblem>> = {};
  const name = value("navn").replace(/\s+/g, " ");
  if (name.length < 2 || name.length > 200) problems.navn = "name";
  const email = value("epost").toLowerCase();
  if (email && (!emailPattern.test(email) || email.length > 254)) problems.epost = "email";
  const phone = value("telefon").replace(/[\s\u00a0-]/g, "");
  if (phone && !/^\+?\d{8,15}$/.test(phone)) problems.telefon = "phone";
  if (!email && !phone) problems.epost = "contact";
  const citizenship = value("statsborgerskap").toUpperCase();
  if (!/^[A-Z]{2}$/.test(citizenship)) problems.statsborgerskap = "citizenship";
  const basis = value("grunnlag");
  if (!(workerResidenceBases as readonly string[]).includes(basis)) problems.grunnlag = "basis";
  const startDate = value("startdato");
  if (!isCalendarDate(startDate) || startDate < addDays(today, -pastDays) || startDate > addDays(today, futureDays)) problems.startdato = "startDate";
  const stay = value("opphold");
  if (!(stayBands as readonly string[]).includes(stay)) problems.opphold = "stay";
  const municipality = value("kommune");
  if (!workplaces.includes(municipality)) problems.kommune = "municipality";
  const language = value("språk").toLowerCase();
  if (!isLanguage(language)) problems.språk = "language";
  const family = value("familie").toLowerCase();
  if (!yes.has(family) && !no.has(family)) problems.familie = "family";
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    worker: {
      name,
      email: email || null,
      phone: phone || null,
      citizenship,
      residenceBasis: basis as WorkerResidenceBasis,
      startDate,
      plannedStay: stay as StayBand,
      municipalityNumber: municipality,
      language: language as Language,
      familyComing: yes.has(family),
    },
  };
}

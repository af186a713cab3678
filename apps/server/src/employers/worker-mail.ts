import type { Kysely } from "kysely";
import { intlLocale, type Language } from "@velkomst/i18n";
import type { DatabaseSchema } from "../database/schema.ts";
import { employersTexts } from "./employers-texts.ts";
import type { WorkerInput } from "./worker-input.ts";
import { nextWelcomeMeeting, prefilledPlanPath } from "./worker-welcome.ts";

/** A date in the worker's language, by Norwegian conventions (day before month, 24-hour clock). */
export function formatDay(isoDate: string, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatMeetingTime(date: Date, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "full", timeStyle: "short", timeZone: "Europe/Oslo" }).format(date);
}

/**
 * The welcome mail to a reported worker, in their language: the link to their prefilled arrival
 * plan, the link to their own page (ID check, linking to their account) and an invitation to the
 * next welcome meeting of the workplace municipality.
 */
export async function workerMail(
  db: Kysely<DatabaseSchema>,
  worker: WorkerInput & { employerName: string; municipalityName: string },
  publicUrl: string,
  workerPageUrl: string,
  now: Date,
): Promise<{ subject: string; text: string }> {
  const lang = worker.language;
  const e = employersTexts(lang);
  const plan = `${publicUrl}${prefilledPlanPath(lang, worker)}`;
  const meeting = await nextWelcomeMeeting(db, worker.municipalityNumber, now, lang);
  const parts = [
    e("letter.greeting", { name: worker.name }),
    e("letter.reported", { employer: worker.employerName, municipality: worker.municipalityName, date: formatDay(worker.startDate, lang) }),
    `${e("letter.planIntro")}\n${plan}`,
    `${e("letter.workerPageIntro")}\n${workerPageUrl}`,
    meeting ? `${e("letter.meetingIntro", { time: formatMeetingTime(meeting.startsAt, lang) })}\n${meeting.title}: ${publicUrl}${meeting.path}` : e("letter.noMeeting"),
  ];
  return { subject: e("mail.workerSubject", { municipality: worker.municipalityName }), text: parts.join("\n\n") };
}

import type { Kysely } from "kysely";
import type { Language } from "@velkomst/i18n";
import type { DatabaseSchema } from "../database/schema.ts";
import { eventsCovering, localise, occurrencesOf } from "../events/events-repository.ts";
import { eventsPaths } from "../events/events-paths.ts";
import { commonCitizenships, otherCitizenship, otherEeaCitizenships, planFields } from "../plans/plan-form.ts";
import { planPaths } from "../plans/plan-paths.ts";

const planCitizenships = new Set<string>([...commonCitizenships, ...otherEeaCitizenships]);

/** What the plan link is made from: only the notice's coarse facts, never the name or contact. */
export interface PlanFacts {
  citizenship: string;
  residenceBasis: string;
  startDate: string;
  plannedStay: string;
  municipalityNumber: string;
}

/**
 * The address of the worker's arrival plan with every question the notice answers filled in (the
 * plan's one-page questionnaire; the worker adds their birth year and children). The month of
 * arrival is the start month; a country the plan does not list is its "other country".
 */
export function prefilledPlanPath(lang: Language, facts: PlanFacts): string {
  return `${planPaths.allQuestions(lang)}?${new URLSearchParams(prefilledAnswers(facts)).toString()}`;
}

/** The plan questionnaire's answers the notice gives (the same for the link and the guidance case). */
export function prefilledAnswers(facts: PlanFacts): Record<string, string> {
  return {
    [planFields.basis]: facts.residenceBasis,
    [planFields.citizenship]: planCitizenships.has(facts.citizenship) ? facts.citizenship : otherCitizenship,
    [planFields.arrival]: facts.startDate.slice(0, 7),
    [planFields.stay]: facts.plannedStay,
    [planFields.municipality]: facts.municipalityNumber,
  };
}

export interface WelcomeMeeting {
  title: string;
  /** The title's language: the reader's, else bokmål (the page marks it with `lang`). */
  titleLanguage: Language;
  startsAt: Date;
  /** The meeting's page, where the worker signs up. */
  path: string;
}

/** How far ahead a welcome meeting is worth inviting to. */
const lookAheadDays = 120;

/** The next welcome meeting (events module) that covers the municipality, from `from` on, or undefined. */
export async function nextWelcomeMeeting(db: Kysely<DatabaseSchema>, municipalityNumber: string, from: Date, lang: Language): Promise<WelcomeMeeting | undefined> {
  const events = (await eventsCovering(db, municipalityNumber)).filter((event) => event.kind === "welcome-meeting" && event.status === "scheduled");
  const until = new Date(from.getTime() + lookAheadDays * 86_400_000);
  const next = (await occurrencesOf(db, events, from, until, 10)).find((occurrence) => !occurrence.cancelled && occurrence.startsAt >= from);
  const event = next && events.find((e) => e.id === next.eventId);
  if (!next || !event) return undefined;
  const text = localise(event, lang);
  return { title: text.title, titleLanguage: text.language, startsAt: next.startsAt, path: eventsPaths.event(lang, municipalityNumber, event.id) };
}

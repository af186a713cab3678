import type { Language } from "@velkomst/i18n";

/**
 * The events module's addresses. Calendar feeds have no language in the path, so a subscribed
 * address stays the same whatever language the page was in; `?lang=` picks the texts.
 */
export const eventsPaths = {
  list: (lang: Language, number: string) => `/${lang}/kommune/${number}/arrangementer`,
  event: (lang: Language, number: string, eventId: string) => `/${lang}/kommune/${number}/arrangementer/${eventId}`,
  signup: (lang: Language, number: string, eventId: string, date: string) => `/${lang}/kommune/${number}/arrangementer/${eventId}/${date}/pamelding`,
  signupDone: (lang: Language, number: string, eventId: string, date: string, outcome: { status: "confirmed" | "waiting"; position: number }) =>
    `/${lang}/kommune/${number}/arrangementer/${eventId}/${date}/pamelding/takk?status=${outcome.status}${outcome.status === "waiting" ? `&plass=${outcome.position}` : ""}`,
  cancel: (lang: Language, token: string) => `/${lang}/avmelding/${token}`,
  municipalityFeed: (number: string, lang: Language) => `/kalender/kommune/${number}.ics?lang=${lang}`,
  eventFeed: (eventId: string, lang: Language) => `/kalender/arrangement/${eventId}.ics?lang=${lang}`,
  staffList: (lang: Language) => `/${lang}/ansatt/arrangementer`,
  staffNew: (lang: Language) => `/${lang}/ansatt/arrangementer/ny`,
  staffEvent: (lang: Language, eventId: string) => `/${lang}/ansatt/arrangementer/${eventId}`,
  staffEdit: (lang: Language, eventId: string) => `/${lang}/ansatt/arrangementer/${eventId}/endre`,
  staffCancel: (lang: Language, eventId: string) => `/${lang}/ansatt/arrangementer/${eventId}/avlys`,
  staffOccurrenceCancel: (lang: Language, eventId: string, date: string) => `/${lang}/ansatt/arrangementer/${eventId}/${date}/avlys`,
  staffOccurrenceRestore: (lang: Language, eventId: string, date: string) => `/${lang}/ansatt/arrangementer/${eventId}/${date}/gjenopprett`,
  staffSignups: (lang: Language, eventId: string, date: string) => `/${lang}/ansatt/arrangementer/${eventId}/${date}/pameldte`,
  staffPlaces: (lang: Language) => `/${lang}/ansatt/arrangementer/moteplasser`,
};

import type { Language } from "@velkomst/i18n";

/** The addresses of one-to-one guidance: the public contact form and the coordinator's pages. */
export const guidancePaths = {
  contact: (lang: Language, number: string) => `/${lang}/kommune/${number}/veiledning`,
  contactDone: (lang: Language, number: string) => `/${lang}/kommune/${number}/veiledning/takk`,
  queue: (lang: Language) => `/${lang}/ansatt/veiledning`,
  walkIn: (lang: Language) => `/${lang}/ansatt/veiledning/ny`,
  case: (lang: Language, id: string) => `/${lang}/ansatt/veiledning/${id}`,
  take: (lang: Language, id: string) => `/${lang}/ansatt/veiledning/${id}/ta`,
  plan: (lang: Language, id: string) => `/${lang}/ansatt/veiledning/${id}/plan`,
  note: (lang: Language, id: string) => `/${lang}/ansatt/veiledning/${id}/notat`,
  meeting: (lang: Language, id: string) => `/${lang}/ansatt/veiledning/${id}/mote`,
  meetingCalendar: (lang: Language, id: string) => `/${lang}/ansatt/veiledning/${id}/mote.ics`,
  referral: (lang: Language, id: string) => `/${lang}/ansatt/veiledning/${id}/henvisning`,
  close: (lang: Language, id: string) => `/${lang}/ansatt/veiledning/${id}/avslutt`,
  export: (lang: Language, id: string) => `/${lang}/ansatt/veiledning/${id}/innsyn`,
};

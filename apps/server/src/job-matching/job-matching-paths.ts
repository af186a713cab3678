import type { Language } from "@velkomst/i18n";

/** Job matching's addresses: the employer's openings and candidates, the candidate's own page on Min side. */
export const jobMatchingPaths = {
  openings: (lang: Language) => `/${lang}/arbeidsgiver/stillinger`,
  newOpening: (lang: Language) => `/${lang}/arbeidsgiver/stillinger/ny`,
  opening: (lang: Language, id: string) => `/${lang}/arbeidsgiver/stillinger/${id}`,
  editOpening: (lang: Language, id: string) => `/${lang}/arbeidsgiver/stillinger/${id}/endre`,
  openingStatus: (lang: Language, id: string) => `/${lang}/arbeidsgiver/stillinger/${id}/status`,
  candidate: (lang: Language, openingId: string, profileId: string) => `/${lang}/arbeidsgiver/stillinger/${openingId}/kandidater/${profileId}`,
  contactRequest: (lang: Language, openingId: string, profileId: string) => `/${lang}/arbeidsgiver/stillinger/${openingId}/kandidater/${profileId}/kontakt`,
  fairStand: (lang: Language, eventId: string) => `/${lang}/arbeidsgiver/jobbmesser/${eventId}`,
  mine: (lang: Language) => `/${lang}/min-side/jobb`,
  optIn: (lang: Language) => `/${lang}/min-side/jobb/samtykke`,
  answer: (lang: Language, requestId: string) => `/${lang}/min-side/jobb/foresporsler/${requestId}`,
};

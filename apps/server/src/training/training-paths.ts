import type { Language } from "@velkomst/i18n";

/** The addresses of Norwegian training and social studies (staff only). */
export const trainingPaths = {
  list: (lang: Language) => `/${lang}/ansatt/opplaering`,
  new: (lang: Language) => `/${lang}/ansatt/opplaering/ny`,
  learner: (lang: Language, id: string) => `/${lang}/ansatt/opplaering/${id}`,
  result: (lang: Language, id: string) => `/${lang}/ansatt/opplaering/${id}/resultat`,
  exemption: (lang: Language, id: string) => `/${lang}/ansatt/opplaering/${id}/fritak`,
  enrolment: (lang: Language, id: string) => `/${lang}/ansatt/opplaering/${id}/pamelding`,
  attendance: (lang: Language, id: string) => `/${lang}/ansatt/opplaering/${id}/timer`,
};

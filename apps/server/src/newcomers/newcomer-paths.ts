import type { Language } from "@velkomst/i18n";

/** The addresses of a newcomer's own page ("Min side"). */
export const newcomerPaths = {
  myPage: (lang: Language) => `/${lang}/min-side`,
  register: (lang: Language) => `/${lang}/min-side/ny-konto`,
  savePlan: (lang: Language) => `/${lang}/min-side/plan`,
  progress: (lang: Language) => `/${lang}/min-side/fremdrift`,
  deletePlan: (lang: Language) => `/${lang}/min-side/slett-plan`,
  myData: (lang: Language) => `/${lang}/min-side/mine-data.json`,
  deleteAccount: (lang: Language) => `/${lang}/min-side/slett-konto`,
};

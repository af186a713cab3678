import type { Language } from "@velkomst/i18n";

/** Addresses of the directory's pages (kept beside the module, as content-paths.ts does). */
export const directoryPaths = {
  list: (lang: Language, number: string) => `/${lang}/kommune/${number}/tjenester`,
  service: (lang: Language, number: string, id: string) => `/${lang}/kommune/${number}/tjenester/${id}`,
  /** The search index's path for a service, relative to `/{lang}/kommune/{number}/`. */
  searchPath: (id: string) => `tjenester/${id}`,
  staffList: (lang: Language) => `/${lang}/ansatt/tjenester`,
  staffNew: (lang: Language) => `/${lang}/ansatt/tjenester/ny`,
  staffEdit: (lang: Language, id: string) => `/${lang}/ansatt/tjenester/${id}`,
  staffDelete: (lang: Language, id: string) => `/${lang}/ansatt/tjenester/${id}/slett`,
};

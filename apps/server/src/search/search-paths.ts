import type { Language } from "@velkomst/i18n";

/** Addresses of the search page (kept beside the module). */
export const searchPaths = {
  page: (lang: Language, number: string, query?: string) => `/${lang}/kommune/${number}/sok${query === undefined ? "" : `?q=${encodeURIComponent(query)}`}`,
  /** A hit's page: its index path is relative to the municipality. */
  hit: (lang: Language, number: string, path: string) => `/${lang}/kommune/${number}/${path}`,
};

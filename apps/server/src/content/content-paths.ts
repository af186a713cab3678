import type { Language } from "@velkomst/i18n";

/** Addresses of the welcome-content pages (kept beside the module until they join web/paths.ts). */
export const contentPaths = {
  list: (lang: Language, number: string) => `/${lang}/kommune/${number}/info`,
  page: (lang: Language, number: string, slug: string) => `/${lang}/kommune/${number}/info/${slug}`,
};

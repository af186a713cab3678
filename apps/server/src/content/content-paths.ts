import type { Language } from "@velkomst/i18n";

/** Addresses of the welcome-content pages (kept beside the module until they join web/paths.ts). */
export const contentPaths = {
  list: (lang: Language, number: string) => `/${lang}/kommune/${number}/info`,
  page: (lang: Language, number: string, slug: string) => `/${lang}/kommune/${number}/info/${slug}`,
  feedback: (lang: Language, number: string, slug: string) => `/${lang}/kommune/${number}/info/${slug}/tilbakemelding`,
};

/** The editors' pages under /:lang/ansatt/innhold. */
export const contentStaffPaths = {
  overview: (lang: Language) => `/${lang}/ansatt/innhold`,
  newPage: (lang: Language) => `/${lang}/ansatt/innhold/ny`,
  page: (lang: Language, pageId: string) => `/${lang}/ansatt/innhold/sider/${pageId}`,
  edit: (lang: Language, pageId: string, pageLang: Language) => `/${lang}/ansatt/innhold/sider/${pageId}/${pageLang}`,
  unpublish: (lang: Language, pageId: string, pageLang: Language) => `/${lang}/ansatt/innhold/sider/${pageId}/${pageLang}/avpubliser`,
  machineTranslate: (lang: Language, pageId: string, pageLang: Language) => `/${lang}/ansatt/innhold/sider/${pageId}/${pageLang}/maskinoversett`,
  history: (lang: Language, pageId: string, pageLang: Language) => `/${lang}/ansatt/innhold/sider/${pageId}/${pageLang}/historikk`,
  version: (lang: Language, versionId: string) => `/${lang}/ansatt/innhold/versjoner/${versionId}`,
  versionAction: (lang: Language, versionId: string, action: VersionAction) => `/${lang}/ansatt/innhold/versjoner/${versionId}/${action}`,
  reviews: (lang: Language) => `/${lang}/ansatt/innhold/godkjenning`,
  translations: (lang: Language) => `/${lang}/ansatt/innhold/oversettelser`,
  feedback: (lang: Language) => `/${lang}/ansatt/innhold/tilbakemeldinger`,
};

export const versionActions = ["send", "godkjenn", "send-tilbake", "gjenopprett", "forkast"] as const;
export type VersionAction = (typeof versionActions)[number];

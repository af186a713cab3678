import type { Language } from "@velkomst/i18n";
import type { ThemeEvening } from "./theme-evenings.ts";

export const themeEveningPaths = {
  list: (lang: Language) => `/${lang}/ansatt/temakvelder`,
  copy: (lang: Language, template: ThemeEvening) => `/${lang}/ansatt/temakvelder/${template}`,
};

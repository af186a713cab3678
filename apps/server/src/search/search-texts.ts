import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { searchAr } from "./messages/ar.ts";
import { searchEn } from "./messages/en.ts";
import { searchNb } from "./messages/nb.ts";
import { searchNn } from "./messages/nn.ts";
import { searchPl } from "./messages/pl.ts";
import { searchUk } from "./messages/uk.ts";

export const searchCatalogs = { nb: searchNb, nn: searchNn, en: searchEn, uk: searchUk, pl: searchPl, ar: searchAr } as const;

/** The search page's own texts, one cached translator per language. */
export const searchTexts = catalogTranslators(searchNb, searchCatalogs);
export type SearchTranslator = ReturnType<typeof searchTexts>;

import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { contentAr } from "./messages/ar.ts";
import { contentEn } from "./messages/en.ts";
import { contentNb } from "./messages/nb.ts";
import { contentNn } from "./messages/nn.ts";
import { contentPl } from "./messages/pl.ts";
import { contentUk } from "./messages/uk.ts";

export const contentCatalogs = { nb: contentNb, nn: contentNn, en: contentEn, uk: contentUk, pl: contentPl, ar: contentAr } as const;

/** The content pages' own texts, one cached translator per language. */
export const contentTexts = catalogTranslators(contentNb, contentCatalogs);
export type ContentTranslator = ReturnType<typeof contentTexts>;

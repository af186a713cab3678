import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { recognitionPagesAr } from "./messages/ar.ts";
import { recognitionPagesEn } from "./messages/en.ts";
import { recognitionPagesNb } from "./messages/nb.ts";
import { recognitionPagesNn } from "./messages/nn.ts";
import { recognitionPagesPl } from "./messages/pl.ts";
import { recognitionPagesUk } from "./messages/uk.ts";

export const recognitionPageCatalogs = { nb: recognitionPagesNb, nn: recognitionPagesNn, en: recognitionPagesEn, uk: recognitionPagesUk, pl: recognitionPagesPl, ar: recognitionPagesAr } as const;

/** The navigator pages' own texts, one cached translator per language. */
export const recognitionTexts = catalogTranslators(recognitionPagesNb, recognitionPageCatalogs);
export type RecognitionTranslator = ReturnType<typeof recognitionTexts>;

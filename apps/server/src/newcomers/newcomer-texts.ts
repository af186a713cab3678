import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { newcomerAr } from "./messages/ar.ts";
import { newcomerEn } from "./messages/en.ts";
import { newcomerNb } from "./messages/nb.ts";
import { newcomerNn } from "./messages/nn.ts";
import { newcomerPl } from "./messages/pl.ts";
import { newcomerUk } from "./messages/uk.ts";

export const newcomerCatalogs = { nb: newcomerNb, nn: newcomerNn, en: newcomerEn, uk: newcomerUk, pl: newcomerPl, ar: newcomerAr } as const;

/** The texts of "Min side" and of saving a plan, one cached translator per language. */
export const newcomerTexts = catalogTranslators(newcomerNb, newcomerCatalogs);
export type NewcomerTranslator = ReturnType<typeof newcomerTexts>;

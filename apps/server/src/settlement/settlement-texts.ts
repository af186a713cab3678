import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { settlementAr } from "./messages/ar.ts";
import { settlementEn } from "./messages/en.ts";
import { settlementNb } from "./messages/nb.ts";
import { settlementNn } from "./messages/nn.ts";
import { settlementPl } from "./messages/pl.ts";
import { settlementUk } from "./messages/uk.ts";

export const settlementCatalogs = { nb: settlementNb, nn: settlementNn, en: settlementEn, uk: settlementUk, pl: settlementPl, ar: settlementAr } as const;

/** The settlement pages' own texts, one cached translator per language. */
export const settlementTexts = catalogTranslators(settlementNb, settlementCatalogs);
export type SettlementTranslator = ReturnType<typeof settlementTexts>;

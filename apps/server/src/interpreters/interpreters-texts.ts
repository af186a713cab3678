import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { interpretersAr } from "./messages/ar.ts";
import { interpretersEn } from "./messages/en.ts";
import { interpretersNb } from "./messages/nb.ts";
import { interpretersNn } from "./messages/nn.ts";
import { interpretersPl } from "./messages/pl.ts";
import { interpretersUk } from "./messages/uk.ts";

export const interpretersCatalogs = { nb: interpretersNb, nn: interpretersNn, en: interpretersEn, uk: interpretersUk, pl: interpretersPl, ar: interpretersAr } as const;

/** The interpreter module's own texts, one cached translator per language. */
export const interpretersTexts = catalogTranslators(interpretersNb, interpretersCatalogs);

import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { guidanceAr } from "./messages/ar.ts";
import { guidanceEn } from "./messages/en.ts";
import { guidanceNb } from "./messages/nb.ts";
import { guidanceNn } from "./messages/nn.ts";
import { guidancePl } from "./messages/pl.ts";
import { guidanceUk } from "./messages/uk.ts";

export const guidanceCatalogs = { nb: guidanceNb, nn: guidanceNn, en: guidanceEn, uk: guidanceUk, pl: guidancePl, ar: guidanceAr } as const;

/** The guidance module's own texts, one cached translator per language. */
export const guidanceTexts = catalogTranslators(guidanceNb, guidanceCatalogs);
export type GuidanceTranslator = ReturnType<typeof guidanceTexts>;

import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { readinessAr } from "./messages/ar.ts";
import { readinessEn } from "./messages/en.ts";
import { readinessNb } from "./messages/nb.ts";
import { readinessNn } from "./messages/nn.ts";
import { readinessPl } from "./messages/pl.ts";
import { readinessUk } from "./messages/uk.ts";

export const readinessCatalogs = { nb: readinessNb, nn: readinessNn, en: readinessEn, uk: readinessUk, pl: readinessPl, ar: readinessAr } as const;

/** The readiness checklist's own texts, one cached translator per language. */
export const readinessTexts = catalogTranslators(readinessNb, readinessCatalogs);
export type ReadinessTranslator = ReturnType<typeof readinessTexts>;

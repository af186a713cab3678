import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { casesAr } from "./messages/ar.ts";
import { casesEn } from "./messages/en.ts";
import { casesNb } from "./messages/nb.ts";
import { casesNn } from "./messages/nn.ts";
import { casesPl } from "./messages/pl.ts";
import { casesUk } from "./messages/uk.ts";

export const casesCatalogs = { nb: casesNb, nn: casesNn, en: casesEn, uk: casesUk, pl: casesPl, ar: casesAr } as const;

/** Case work's own texts, one cached translator per language. */
export const casesTexts = catalogTranslators(casesNb, casesCatalogs);
export type CasesTranslator = ReturnType<typeof casesTexts>;

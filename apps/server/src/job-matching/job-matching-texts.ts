import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { jobMatchingAr } from "./messages/ar.ts";
import { jobMatchingEn } from "./messages/en.ts";
import { jobMatchingNb } from "./messages/nb.ts";
import { jobMatchingNn } from "./messages/nn.ts";
import { jobMatchingPl } from "./messages/pl.ts";
import { jobMatchingUk } from "./messages/uk.ts";

export const jobMatchingCatalogs = { nb: jobMatchingNb, nn: jobMatchingNn, en: jobMatchingEn, uk: jobMatchingUk, pl: jobMatchingPl, ar: jobMatchingAr } as const;

/** Job matching's own texts, one cached translator per language. */
export const jobMatchingTexts = catalogTranslators(jobMatchingNb, jobMatchingCatalogs);
export type JobMatchingTranslator = ReturnType<typeof jobMatchingTexts>;

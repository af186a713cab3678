import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { planRequestAr } from "./messages/ar.ts";
import { planRequestEn } from "./messages/en.ts";
import { planRequestNb } from "./messages/nb.ts";
import { planRequestNn } from "./messages/nn.ts";
import { planRequestPl } from "./messages/pl.ts";
import { planRequestUk } from "./messages/uk.ts";

export const planRequestCatalogs = { nb: planRequestNb, nn: planRequestNn, en: planRequestEn, uk: planRequestUk, pl: planRequestPl, ar: planRequestAr } as const;

/** The texts of asking for a case from a saved plan (newcomer) and of taking it up (coordinator). */
export const planRequestTexts = catalogTranslators(planRequestNb, planRequestCatalogs);
export type PlanRequestTranslator = ReturnType<typeof planRequestTexts>;

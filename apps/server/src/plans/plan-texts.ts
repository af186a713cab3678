import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { plansAr } from "./messages/ar.ts";
import { plansEn } from "./messages/en.ts";
import { plansNb } from "./messages/nb.ts";
import { plansNn } from "./messages/nn.ts";
import { plansPl } from "./messages/pl.ts";
import { plansUk } from "./messages/uk.ts";

export const planCatalogs = { nb: plansNb, nn: plansNn, en: plansEn, uk: plansUk, pl: plansPl, ar: plansAr } as const;

/** The "Min plan" pages' own texts, one cached translator per language. */
export const planTexts = catalogTranslators(plansNb, planCatalogs);
export type PlanTranslator = ReturnType<typeof planTexts>;

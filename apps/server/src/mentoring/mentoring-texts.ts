import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { mentoringAr } from "./messages/ar.ts";
import { mentoringEn } from "./messages/en.ts";
import { mentoringNb } from "./messages/nb.ts";
import { mentoringNn } from "./messages/nn.ts";
import { mentoringPl } from "./messages/pl.ts";
import { mentoringUk } from "./messages/uk.ts";

export const mentoringCatalogs = { nb: mentoringNb, nn: mentoringNn, en: mentoringEn, uk: mentoringUk, pl: mentoringPl, ar: mentoringAr } as const;

/** The mentor programme's own texts, one cached translator per language. */
export const mentoringTexts = catalogTranslators(mentoringNb, mentoringCatalogs);
export type MentoringTranslator = ReturnType<typeof mentoringTexts>;

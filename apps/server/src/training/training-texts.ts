import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { trainingAr } from "./messages/ar.ts";
import { trainingEn } from "./messages/en.ts";
import { trainingNb } from "./messages/nb.ts";
import { trainingNn } from "./messages/nn.ts";
import { trainingPl } from "./messages/pl.ts";
import { trainingUk } from "./messages/uk.ts";

export const trainingCatalogs = { nb: trainingNb, nn: trainingNn, en: trainingEn, uk: trainingUk, pl: trainingPl, ar: trainingAr } as const;

/** The training module's own texts, one cached translator per language. */
export const trainingTexts = catalogTranslators(trainingNb, trainingCatalogs);

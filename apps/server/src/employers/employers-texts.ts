import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { employersAr } from "./messages/ar.ts";
import { employersEn } from "./messages/en.ts";
import { employersNb } from "./messages/nb.ts";
import { employersNn } from "./messages/nn.ts";
import { employersPl } from "./messages/pl.ts";
import { employersUk } from "./messages/uk.ts";

export const employersCatalogs = { nb: employersNb, nn: employersNn, en: employersEn, uk: employersUk, pl: employersPl, ar: employersAr } as const;

/** The employer front door's own texts, one cached translator per language. */
export const employersTexts = catalogTranslators(employersNb, employersCatalogs);
export type EmployersTranslator = ReturnType<typeof employersTexts>;

import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { offlineAr } from "./messages/ar.ts";
import { offlineEn } from "./messages/en.ts";
import { offlineNb } from "./messages/nb.ts";
import { offlineNn } from "./messages/nn.ts";
import { offlinePl } from "./messages/pl.ts";
import { offlineUk } from "./messages/uk.ts";

export const offlineCatalogs = { nb: offlineNb, nn: offlineNn, en: offlineEn, uk: offlineUk, pl: offlinePl, ar: offlineAr } as const;

/** The offline page's and notice's texts, one cached translator per language. */
export const offlineTexts = catalogTranslators(offlineNb, offlineCatalogs);

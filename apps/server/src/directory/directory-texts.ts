import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { directoryAr } from "./messages/ar.ts";
import { directoryEn } from "./messages/en.ts";
import { directoryNb } from "./messages/nb.ts";
import { directoryNn } from "./messages/nn.ts";
import { directoryPl } from "./messages/pl.ts";
import { directoryUk } from "./messages/uk.ts";

export const directoryCatalogs = { nb: directoryNb, nn: directoryNn, en: directoryEn, uk: directoryUk, pl: directoryPl, ar: directoryAr } as const;

/** The directory pages' own texts, one cached translator per language. */
export const directoryTexts = catalogTranslators(directoryNb, directoryCatalogs);
export type DirectoryTranslator = ReturnType<typeof directoryTexts>;
